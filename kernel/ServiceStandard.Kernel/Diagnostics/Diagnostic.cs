namespace ServiceStandard.Kernel.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>
/// A problem in something a user wrote (a standard, a config, a contract), located precisely.
/// Errors users can cause are values, not exceptions.
/// </summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, SourceLocation Location, string Message)
{
    public static Diagnostic Error(SourceLocation location, string message) => new(DiagnosticSeverity.Error, location, message);

    public static Diagnostic Warning(SourceLocation location, string message) => new(DiagnosticSeverity.Warning, location, message);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The conventional compiler form: <c>file:line:column: error: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")}: {Message}";
}
