using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using ServiceStandard.Cli.Commands;
using ServiceStandard.Cli.Localization;
using ServiceStandard.Cli.Output;
using ServiceStandard.Kernel.Text;

namespace ServiceStandard.Cli;

/// <summary>
/// Builds the command tree, parses, runs the chosen command and turns the outcome into an exit
/// code: bad usage is 2 with the parser's message, an unexpected exception one line on stderr.
/// </summary>
public static class CliApplication
{
    public static async Task<int> RunAsync(string[] args)
    {
        var labels = Labels.For(GlobalOptions.FindLanguage(args));

        // System.CommandLine writes its own help headings and parse errors in the UI culture.
        CultureInfo.CurrentUICulture = labels.Culture;
        CultureInfo.DefaultThreadCurrentUICulture = labels.Culture;

        var global = new GlobalOptions(labels);
        var parseResult = BuildRootCommand(global).Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            return ReportUsageErrors(parseResult, labels);
        }

        try
        {
            return await parseResult.InvokeAsync(new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                // Ctrl+C and SIGTERM cancel the run, which then writes the reports of the pages it
                // finished: System.CommandLine's 2 s were too short for that on a loaded machine
                // (the process ended with 143 halfway). A SIGKILL still ends it at once, and loses
                // only pages in flight (evidence.jsonl).
                ProcessTerminationTimeout = TimeSpan.FromSeconds(60),
            });
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"{CliIdentity.Name}: {labels.Interrupted}");
            return ExitCodes.Interrupted;
        }
        catch (Exception ex)
        {
            await Console.Error.WriteLineAsync($"{CliIdentity.Name}: {labels.InternalError(UntrustedText.OneLine(ex.Message))}");
            if (global.GetVerbosity(parseResult) == Verbosity.Detailed)
            {
                await Console.Error.WriteLineAsync(UntrustedText.Lines(ex.ToString()));
            }

            return ExitCodes.InternalError;
        }
    }

    public static RootCommand BuildRootCommand(GlobalOptions global)
    {
        var root = new RootCommand(global.Labels.RootDescription);
        global.AddTo(root);
        root.Add(StandardCommand.Create(global));
        root.Add(InitCommand.Create(global));
        root.Add(PlanCommand.Create(global));
        root.Add(SampleCommand.Create(global));
        root.Add(AssessCommand.Create(global));
        root.Add(MergeCommand.Create(global));
        root.Add(ReportCommand.Create(global));
        root.Add(JudgeCommand.Create(global));
        root.Add(ChecksCommand.Create(global));
        root.Add(DesignSystemCommand.Create(global));
        root.Add(IndexCommand.Create(global));
        root.Add(UploadCommand.Create(global));
        return root;
    }

    private static int ReportUsageErrors(ParseResult parseResult, Labels labels)
    {
        var error = Console.Error;
        foreach (var parseError in parseResult.Errors)
        {
            error.WriteLine($"{CliIdentity.Name}: error: {UntrustedText.OneLine(parseError.Message)}");
        }

        error.WriteLine(labels.UsageHint(CommandPath(parseResult.CommandResult)));
        return ExitCodes.BadInput;
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult command)
            {
                names.Add(command.Command is RootCommand ? CliIdentity.Name : command.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
