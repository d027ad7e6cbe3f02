namespace ServiceStandard.Cli.Output;

/// <summary>How much the CLI prints besides the output that was asked for.</summary>
public enum Verbosity
{
    /// <summary>Only the requested output and errors: no OK lines, hints or warnings.</summary>
    Quiet,

    /// <summary>The requested output, warnings and one-line summaries.</summary>
    Normal,

    /// <summary>Also where things came from, progress of each item and stack traces of internal errors.</summary>
    Detailed,
}
