using System.Text;
using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.Cli.Output;

/// <summary>
/// Plain text for CI logs, files and pipes: no ANSI escapes, no box drawing, only ASCII rules
/// (<c>===</c>, <c>---</c>) and space-aligned columns; running text wrapped at a fixed width.
/// </summary>
public sealed class PlainConsoleReporter(TextWriter output, TextWriter error, Verbosity verbosity, int width = OutputSettings.RedirectedWidth)
    : IConsoleReporter
{
    private const string Indent = "  ";
    private readonly Lock _progressLock = new();
    private bool _wroteBlock;

    public Verbosity Verbosity { get; } = verbosity;

    public void Title(string title)
    {
        StartBlock();
        output.WriteLine(title);
        output.WriteLine(new string('=', title.Length));
    }

    public void Section(string heading)
    {
        StartBlock();
        output.WriteLine(heading);
        output.WriteLine(new string('-', heading.Length));
    }

    public void Fields(IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        StartBlock();
        var labelWidth = fields.Max(f => f.Key.Length) + 2;
        foreach (var (label, value) in fields)
        {
            WriteWrapped(output, value, firstPrefix: label.PadRight(labelWidth), nextPrefix: new string(' ', labelWidth));
        }
    }

    public void Paragraph(string text)
    {
        StartBlock();
        WriteWrapped(output, text, string.Empty, string.Empty);
    }

    public void LabelledParagraph(string label, string text)
    {
        StartBlock();
        output.WriteLine(label);
        WriteWrapped(output, text, Indent, Indent);
    }

    public void NumberedList(string label, IReadOnlyList<string> items)
    {
        StartBlock();
        output.WriteLine(label);
        var numberWidth = items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        for (var i = 0; i < items.Count; i++)
        {
            var number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(numberWidth) + ". ";
            WriteWrapped(output, items[i], Indent + number, new string(' ', Indent.Length + number.Length));
        }
    }

    public void Table(TextTable table)
    {
        StartBlock();
        var widths = table.Columns
            .Select((column, i) => Math.Max(column.Header.Length, table.Rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max()))
            .ToArray();
        WriteRow(table.Columns.Select(c => c.Header).ToList());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in table.Rows)
        {
            WriteRow(row);
        }

        void WriteRow(IReadOnlyList<string> cells)
        {
            var line = new StringBuilder();
            for (var i = 0; i < cells.Count; i++)
            {
                if (i > 0)
                {
                    line.Append("  ");
                }

                line.Append(table.Columns[i].Alignment == ColumnAlignment.Right ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
            }

            output.WriteLine(line.ToString().TrimEnd());
        }
    }

    public void Note(string text)
    {
        if (Verbosity == Verbosity.Quiet)
        {
            return;
        }

        StartBlock();
        WriteWrapped(output, text, string.Empty, string.Empty);
    }

    public void Success(string message)
    {
        if (Verbosity != Verbosity.Quiet)
        {
            output.WriteLine(message);
        }
    }

    public void Diagnostic(Diagnostic diagnostic)
    {
        if (diagnostic.IsError || Verbosity != Verbosity.Quiet)
        {
            error.WriteLine(diagnostic.ToString());
        }
    }

    public void Error(string message) => error.WriteLine($"{CliIdentity.Name}: error: {message}");

    public void Warning(string message)
    {
        if (Verbosity != Verbosity.Quiet)
        {
            error.WriteLine($"{CliIdentity.Name}: warning: {message}");
        }
    }

    public void Detail(string message)
    {
        if (Verbosity == Verbosity.Detailed)
        {
            error.WriteLine(message);
        }
    }

    public Task<T> RunWithProgressAsync<T>(string description, int total, Func<IProgressTicker, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (Verbosity != Verbosity.Quiet)
        {
            error.WriteLine($"{description} ({total})");
        }

        return work(new Ticker(this, total), cancellationToken);
    }

    /// <summary>Greedy word wrap; words longer than the line are left whole rather than split.</summary>
    private void WriteWrapped(TextWriter writer, string text, string firstPrefix, string nextPrefix)
    {
        var line = new StringBuilder(firstPrefix);
        var lineHasWords = false;
        foreach (var word in text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (lineHasWords && line.Length + 1 + word.Length > width)
            {
                writer.WriteLine(line.ToString());
                line.Clear().Append(nextPrefix);
                lineHasWords = false;
            }

            if (lineHasWords)
            {
                line.Append(' ');
            }

            line.Append(word);
            lineHasWords = true;
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }

    private void WriteProgressLine(string line) => error.WriteLine(line);

    private void StartBlock()
    {
        if (_wroteBlock)
        {
            output.WriteLine();
        }

        _wroteBlock = true;
    }

    private sealed class Ticker(PlainConsoleReporter reporter, int total) : IProgressTicker
    {
        private int _done;
        private int _total = total;

        public void Advance(string item, int? total = null)
        {
            var done = Interlocked.Increment(ref _done);
            if (total is { } known)
            {
                _total = Math.Max(_total, known);
            }

            if (reporter.Verbosity == Verbosity.Quiet)
            {
                return;
            }

            lock (reporter._progressLock)
            {
                reporter.WriteProgressLine($"[{done}/{Math.Max(done, _total)}] {item}");
            }
        }
    }
}
