using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.Checks.Tests.InputProperties;

/// <summary>
/// The one property every reader of our inputs keeps: whatever the text, a value or at least one
/// error, and every diagnostic located in that file at a line and column that exist (the CLI prints
/// it as <c>file:line:column</c> and exits 2). An exception escaping the reader fails it: the CLI
/// would exit 3 with a stack trace.
/// </summary>
internal static class LocatedOutcome
{
    public static void Holds<T>(LoadResult<T> result, string fileName, string text)
        where T : class
    {
        Assert.True(result.Value is not null || result.Errors.Any(), "neither a value nor an error");
        // YAML also breaks lines at \r, NEL and the Unicode separators; a location may be on any of them.
        var lines = 1 + text.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029');
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.Equal(fileName, diagnostic.Location.File);
            Assert.InRange(diagnostic.Location.Line, 1, lines + 1);
            Assert.True(diagnostic.Location.Column >= 1, $"column {diagnostic.Location.Column} in {diagnostic}");
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message), "an error says nothing");
        }
    }
}
