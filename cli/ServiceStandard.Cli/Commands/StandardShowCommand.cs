using System.CommandLine;
using ServiceStandard.Cli.Output;
using ServiceStandard.Standard;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>servicestandard standard show &lt;id-or-path&gt; [--criterion ID]</c>: a standard, readable in a terminal.</summary>
public static class StandardShowCommand
{
    public static Command Create(GlobalOptions global)
    {
        var labels = global.Labels;
        var standard = new Argument<string>("id-or-path") { Description = labels.ShowArgumentDescription };
        var criterion = new Option<string?>("--criterion", "-c") { Description = labels.CriterionOptionDescription, HelpName = "id" };

        var command = new Command("show", labels.ShowCommandDescription) { standard, criterion };
        command.SetAction(parseResult => Run(
            global.CreateSession(parseResult),
            parseResult.GetRequiredValue(standard),
            parseResult.GetValue(criterion)));
        return command;
    }

    private static int Run(CommandSession session, string idOrPath, string? criterionId)
    {
        var (labels, reporter) = (session.Labels, session.Reporter);
        if (!ShippedStandards.Ids.Contains(idOrPath, StringComparer.Ordinal) && !File.Exists(idOrPath))
        {
            reporter.Error(labels.NoSuchStandard(idOrPath, string.Join(", ", ShippedStandards.Ids)));
            return ExitCodes.BadInput;
        }

        var result = ShippedStandards.Resolve(idOrPath);
        foreach (var diagnostic in result.Diagnostics)
        {
            reporter.Diagnostic(diagnostic);
        }

        if (!result.Succeeded)
        {
            return ExitCodes.BadInput;
        }

        var definition = result.Value!;
        Criterion? only = null;
        if (criterionId is not null)
        {
            only = definition.FindCriterion(criterionId);
            if (only is null)
            {
                reporter.Error(labels.NoSuchCriterion(criterionId, definition.Id, string.Join(", ", definition.Criteria.Select(c => c.Id))));
                return ExitCodes.BadInput;
            }
        }

        if (!definition.Languages.Contains(session.Language, StringComparer.OrdinalIgnoreCase))
        {
            reporter.Warning(labels.LanguageNotInStandard(definition.Id, session.Language, definition.DefaultLanguage));
        }

        StandardView.Write(reporter, labels, definition, only);
        return ExitCodes.Success;
    }
}
