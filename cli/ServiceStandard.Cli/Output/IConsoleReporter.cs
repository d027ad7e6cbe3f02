using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.Cli.Output;

/// <summary>
/// Everything the commands write to the console goes through here, so that one choice
/// (<see cref="ConsoleReporterFactory"/>) decides between the terminal rendering (Spectre.Console)
/// and plain text (CI, redirected output, NO_COLOR). The requested output goes to stdout;
/// errors, warnings, diagnostics and progress go to stderr.
/// </summary>
public interface IConsoleReporter
{
    Verbosity Verbosity { get; }

    /// <summary>The heading of the whole output, e.g. a standard's title.</summary>
    void Title(string title);

    /// <summary>The heading of one part, e.g. one criterion.</summary>
    void Section(string heading);

    /// <summary>Short label/value pairs, aligned.</summary>
    void Fields(IReadOnlyList<KeyValuePair<string, string>> fields);

    /// <summary>A paragraph of running text, wrapped to the width of the output.</summary>
    void Paragraph(string text);

    /// <summary>A labelled block of running text.</summary>
    void LabelledParagraph(string label, string text);

    /// <summary>A labelled, numbered list (e.g. assessor questions).</summary>
    void NumberedList(string label, IReadOnlyList<string> items);

    void Table(TextTable table);

    /// <summary>A secondary line (hint, source) on stdout; not shown when quiet.</summary>
    void Note(string text);

    /// <summary>A positive one-line result on stdout ("OK ..."); not shown when quiet.</summary>
    void Success(string message);

    /// <summary>A diagnostic in the compiler form <c>file:line:column: error: message</c>, on stderr. Warnings are not shown when quiet.</summary>
    void Diagnostic(Diagnostic diagnostic);

    /// <summary><c>servicestandard: error: message</c> on stderr; always shown.</summary>
    void Error(string message);

    /// <summary><c>servicestandard: warning: message</c> on stderr; not shown when quiet.</summary>
    void Warning(string message);

    /// <summary>Extra information on stderr, shown only with <c>--verbosity detailed</c>.</summary>
    void Detail(string message);

    /// <summary>Runs <paramref name="work"/> while showing how many of <paramref name="total"/> items are done.</summary>
    Task<T> RunWithProgressAsync<T>(string description, int total, Func<IProgressTicker, CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
