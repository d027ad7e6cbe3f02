namespace ServiceStandard.Cli.Output;

/// <summary>
/// How the CLI writes to the console, decided once per run: rich (colour, rules, tables with
/// borders) only on an interactive terminal; plain text whenever the output is redirected, or
/// <c>--no-color</c>, <c>NO_COLOR</c> (https://no-color.org), <c>CI</c> or <c>TERM=dumb</c> is set.
/// </summary>
public sealed record OutputSettings(bool Plain, Verbosity Verbosity, int Width)
{
    /// <summary>Width of plain output when it goes to a file or pipe: fixed, so output is reproducible.</summary>
    public const int RedirectedWidth = 100;

    public static OutputSettings Detect(bool noColorOption, Verbosity verbosity) =>
        Detect(noColorOption, verbosity, Environment.GetEnvironmentVariable, Console.IsOutputRedirected, TerminalWidth);

    public static OutputSettings Detect(
        bool noColorOption,
        Verbosity verbosity,
        Func<string, string?> environment,
        bool outputRedirected,
        Func<int> terminalWidth)
    {
        var plain = noColorOption
            || outputRedirected
            || IsSet(environment("NO_COLOR"))
            || IsSet(environment("CI"))
            || string.Equals(environment("TERM"), "dumb", StringComparison.Ordinal);
        var width = outputRedirected ? RedirectedWidth : Math.Clamp(terminalWidth(), 40, RedirectedWidth);
        return new OutputSettings(plain, verbosity, width);
    }

    private static bool IsSet(string? value) =>
        !string.IsNullOrEmpty(value) && !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase) && value != "0";

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : RedirectedWidth;
        }
        catch (IOException)
        {
            return RedirectedWidth;
        }
    }
}
