using ServiceStandard.Kernel.Diagnostics;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ServiceStandard.Cli.Output;

/// <summary>Output for an interactive terminal: colour, rules, bordered tables and a live progress bar.</summary>
public sealed class SpectreConsoleReporter(IAnsiConsole output, IAnsiConsole error, Verbosity verbosity) : IConsoleReporter
{
    private bool _wroteBlock;

    public Verbosity Verbosity { get; } = verbosity;

    public static SpectreConsoleReporter ForStandardStreams(Verbosity verbosity) =>
        new(Create(Console.Out), Create(Console.Error), verbosity);

    public void Title(string title)
    {
        StartBlock();
        output.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified().RuleStyle(Style.Parse("blue")));
    }

    public void Section(string heading)
    {
        StartBlock();
        output.Write(new Rule($"[bold yellow]{Markup.Escape(heading)}[/]").LeftJustified().RuleStyle(Style.Parse("grey")));
    }

    public void Fields(IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        StartBlock();
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        foreach (var (label, value) in fields)
        {
            grid.AddRow(new Markup($"[grey]{Markup.Escape(label)}[/]"), new Markup(Markup.Escape(value)));
        }

        output.Write(grid);
    }

    public void Paragraph(string text)
    {
        StartBlock();
        output.Write(new Markup(Markup.Escape(text)));
        output.WriteLine();
    }

    public void LabelledParagraph(string label, string text)
    {
        StartBlock();
        output.Write(new Markup($"[bold]{Markup.Escape(label)}[/]"));
        output.WriteLine();
        output.Write(new Padder(new Markup(Markup.Escape(text)), new Padding(2, 0, 0, 0)));
    }

    public void NumberedList(string label, IReadOnlyList<string> items)
    {
        StartBlock();
        output.Write(new Markup($"[bold]{Markup.Escape(label)}[/]"));
        output.WriteLine();
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().RightAligned().PadLeft(2).PadRight(1)).AddColumn();
        for (var i = 0; i < items.Count; i++)
        {
            grid.AddRow(new Markup($"[grey]{i + 1}.[/]"), new Markup(Markup.Escape(items[i])));
        }

        output.Write(grid);
    }

    public void Table(TextTable table)
    {
        StartBlock();
        var rendered = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        foreach (var column in table.Columns)
        {
            var tableColumn = new TableColumn($"[bold]{Markup.Escape(column.Header)}[/]");
            rendered.AddColumn(column.Alignment == ColumnAlignment.Right ? tableColumn.RightAligned() : tableColumn);
        }

        foreach (var row in table.Rows)
        {
            rendered.AddRow(row.Select(cell => (IRenderable)new Markup(Markup.Escape(cell))).ToArray());
        }

        output.Write(rendered);
    }

    public void Note(string text)
    {
        if (Verbosity == Verbosity.Quiet)
        {
            return;
        }

        StartBlock();
        output.Write(new Markup($"[grey]{Markup.Escape(text)}[/]"));
        output.WriteLine();
    }

    public void Success(string message)
    {
        if (Verbosity != Verbosity.Quiet)
        {
            output.Write(new Markup($"[green]{Markup.Escape(message)}[/]"));
            output.WriteLine();
        }
    }

    public void Diagnostic(Diagnostic diagnostic)
    {
        if (!diagnostic.IsError && Verbosity == Verbosity.Quiet)
        {
            return;
        }

        var severity = diagnostic.IsError ? "[red bold]error[/]" : "[yellow bold]warning[/]";
        error.Write(new Markup($"[bold]{Markup.Escape(diagnostic.Location.ToString())}[/]: {severity}: {Markup.Escape(diagnostic.Message)}"));
        error.WriteLine();
    }

    public void Error(string message)
    {
        error.Write(new Markup($"{CliIdentity.Name}: [red bold]error[/]: {Markup.Escape(message)}"));
        error.WriteLine();
    }

    public void Warning(string message)
    {
        if (Verbosity != Verbosity.Quiet)
        {
            error.Write(new Markup($"{CliIdentity.Name}: [yellow bold]warning[/]: {Markup.Escape(message)}"));
            error.WriteLine();
        }
    }

    public void Detail(string message)
    {
        if (Verbosity == Verbosity.Detailed)
        {
            error.Write(new Markup($"[grey]{Markup.Escape(message)}[/]"));
            error.WriteLine();
        }
    }

    public async Task<T> RunWithProgressAsync<T>(string description, int total, Func<IProgressTicker, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (Verbosity == Verbosity.Quiet)
        {
            return await work(new SilentTicker(), cancellationToken);
        }

        return await error.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: total);
                return await work(new Ticker(task, Markup.Escape(description)), cancellationToken);
            });
    }

    private static IAnsiConsole Create(TextWriter writer) =>
        AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
        });

    private void StartBlock()
    {
        if (_wroteBlock)
        {
            output.WriteLine();
        }

        _wroteBlock = true;
    }

    private sealed class Ticker(ProgressTask task, string description) : IProgressTicker
    {
        public void Advance(string item, int? total = null)
        {
            if (total is { } known && known > task.MaxValue)
            {
                task.MaxValue = known;
            }

            task.Description = $"{description} [grey]{Markup.Escape(item)}[/]";
            task.Increment(1);
        }
    }

    private sealed class SilentTicker : IProgressTicker
    {
        public void Advance(string item, int? total = null)
        {
        }
    }
}
