using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Kernel.Text;

namespace ServiceStandard.Cli.Output;

/// <summary>
/// What every command prints passes here first (<see cref="ConsoleReporterFactory"/> wraps both
/// reporters in it): page titles, URLs and error messages reach the console, and a page must not be
/// able to move the cursor, colour or clear the terminal, reorder what it shows, or start a CI log
/// line of its own (<c>::error::</c>, <c>##vso[</c>). Single-line text goes through
/// <see cref="UntrustedText.OneLine"/>, running text through <see cref="UntrustedText.Lines"/>;
/// Spectre markup is escaped by the terminal reporter itself.
/// </summary>
public sealed class NeutralisingConsoleReporter(IConsoleReporter inner) : IConsoleReporter
{
    public Verbosity Verbosity => inner.Verbosity;

    public void Title(string title) => inner.Title(UntrustedText.OneLine(title));

    public void Section(string heading) => inner.Section(UntrustedText.OneLine(heading));

    public void Fields(IReadOnlyList<KeyValuePair<string, string>> fields) =>
        inner.Fields([.. fields.Select(f => new KeyValuePair<string, string>(UntrustedText.OneLine(f.Key), UntrustedText.Lines(f.Value)))]);

    public void Paragraph(string text) => inner.Paragraph(UntrustedText.Lines(text));

    public void LabelledParagraph(string label, string text) => inner.LabelledParagraph(UntrustedText.OneLine(label), UntrustedText.Lines(text));

    public void NumberedList(string label, IReadOnlyList<string> items) =>
        inner.NumberedList(UntrustedText.OneLine(label), [.. items.Select(UntrustedText.Lines)]);

    public void Table(TextTable table) =>
        inner.Table(new TextTable(
            [.. table.Columns.Select(c => c with { Header = UntrustedText.OneLine(c.Header) })],
            [.. table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(UntrustedText.OneLine)])]));

    public void Note(string text) => inner.Note(UntrustedText.Lines(text));

    public void Success(string message) => inner.Success(UntrustedText.OneLine(message));

    public void Diagnostic(Diagnostic diagnostic) =>
        inner.Diagnostic(diagnostic with
        {
            Location = diagnostic.Location with { File = UntrustedText.OneLine(diagnostic.Location.File) },
            Message = UntrustedText.Lines(diagnostic.Message),
        });

    public void Error(string message) => inner.Error(UntrustedText.Lines(message));

    public void Warning(string message) => inner.Warning(UntrustedText.Lines(message));

    public void Detail(string message) => inner.Detail(UntrustedText.Lines(message));

    public Task<T> RunWithProgressAsync<T>(string description, int total, Func<IProgressTicker, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        inner.RunWithProgressAsync(UntrustedText.OneLine(description), total, (ticker, token) => work(new Ticker(ticker), token), cancellationToken);

    /// <summary>Progress items are page URLs, as the crawler found them.</summary>
    private sealed class Ticker(IProgressTicker inner) : IProgressTicker
    {
        public void Advance(string item, int? total = null) => inner.Advance(UntrustedText.OneLine(item), total);
    }
}
