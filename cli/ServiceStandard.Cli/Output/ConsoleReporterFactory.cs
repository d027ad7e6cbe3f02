using System.Runtime.CompilerServices;

namespace ServiceStandard.Cli.Output;

/// <summary>The one place that decides between terminal and plain output; either way, page-supplied text is neutralised first.</summary>
public static class ConsoleReporterFactory
{
    public static IConsoleReporter Create(OutputSettings settings) =>
        new NeutralisingConsoleReporter(settings.Plain
            ? new PlainConsoleReporter(Console.Out, Console.Error, settings.Verbosity, settings.Width)
            : CreateTerminalReporter(settings.Verbosity));

    // Kept out of line so that Spectre.Console is loaded only when a terminal is really used.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IConsoleReporter CreateTerminalReporter(Verbosity verbosity) =>
        SpectreConsoleReporter.ForStandardStreams(verbosity);
}
