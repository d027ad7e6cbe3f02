namespace ServiceStandard.Cli.Tests;

public static class CliAssert
{
    /// <summary>Neither stream shows a stack trace or an exception type: users see messages, not crashes.</summary>
    public static void NoStackTrace(CliResult result)
    {
        foreach (var text in new[] { result.Stdout, result.Stderr })
        {
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        }
    }

    /// <summary>No ANSI escape sequence (colour, cursor movement) and no box-drawing characters.</summary>
    public static void Plain(CliResult result)
    {
        foreach (var text in new[] { result.Stdout, result.Stderr })
        {
            Assert.DoesNotContain('\u001b', text);
            Assert.DoesNotContain(text, c => c is >= '\u2500' and <= '\u257F');
        }
    }

    public static void Exit(int expected, CliResult result) =>
        Assert.True(result.ExitCode == expected, $"expected exit {expected}, got {result}");
}
