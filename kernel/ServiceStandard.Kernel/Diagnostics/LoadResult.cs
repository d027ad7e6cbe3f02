namespace ServiceStandard.Kernel.Diagnostics;

/// <summary>
/// The outcome of reading a user's file: the value when there were no errors, and every
/// diagnostic found (all of them, not just the first).
/// </summary>
public sealed record LoadResult<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics)
    where T : class
{
    public bool Succeeded => Value is not null && !Diagnostics.Any(d => d.IsError);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => !d.IsError);

    public static LoadResult<T> Failed(IReadOnlyList<Diagnostic> diagnostics) => new(null, diagnostics);
}
