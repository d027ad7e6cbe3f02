using System.CommandLine;
using System.Text.Json;
using ServiceStandard.Configuration;
using ServiceStandard.Checks.DesignSystem;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Cli.Output;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>servicestandard checks list [--format json] [--pack id|folder]</c>: every rule a run can emit
/// (our checks, axe-core's rules, the analyzers, the repository checks and the pack's contract rules),
/// with their WCAG success criteria and W3C ACT rule ids, so results can be mapped onto ACT test cases.
/// </summary>
public static class ChecksCommand
{
    public static Command Create(GlobalOptions global)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = global.Labels.ChecksFormatOptionDescription,
            DefaultValueFactory = _ => "text",
        };
        format.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not "text" and not "json")
            {
                result.AddError(global.Labels.UnsupportedFormat(value));
            }
        });

        var pack = new Option<string>("--pack")
        {
            Description = global.Labels.ChecksPackOptionDescription,
            DefaultValueFactory = _ => ConfigDefaults.DesignSystem.Pack,
        };

        var wcag = new Option<bool>("--wcag") { Description = global.Labels.ChecksWcagOptionDescription };
        var list = new Command("list", global.Labels.ChecksListCommandDescription) { format, pack, wcag };
        list.SetAction(parseResult => parseResult.GetValue(wcag)
            ? RunWcag(global.CreateSession(parseResult), parseResult.GetValue(format) ?? "text", parseResult.GetValue(pack) ?? ConfigDefaults.DesignSystem.Pack)
            : Run(global.CreateSession(parseResult), parseResult.GetValue(format) ?? "text", parseResult.GetValue(pack) ?? ConfigDefaults.DesignSystem.Pack));
        return new Command("checks", global.Labels.ChecksCommandDescription) { list };
    }

    /// <summary><c>checks list --wcag</c>: every WCAG 2.2 A/AA criterion with what the checks give for it.</summary>
    private static int RunWcag(CommandSession session, string format, string packName)
    {
        var language = session.Language;
        var pack = ShippedPacks.LoadPack(packName, Environment.CurrentDirectory);
        if (!AssessCommand.Report(pack.Diagnostics, session.Reporter) || !pack.Succeeded)
        {
            return ExitCodes.BadInput;
        }

        var table = WcagCriterionCoverage.Table(CompleteCatalog.Build(pack.Value));
        if (format == "json")
        {
            var document = table.Select(row => new
            {
                criterion = row.Criterion.Number,
                level = row.Criterion.Level.ToString(),
                title = row.Criterion.Title.Get(language),
                evidence = row.Kind.ToString().ToLowerInvariant(),
                rules = row.Rules,
            });
            Console.Out.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return ExitCodes.Success;
        }

        var labels = session.Labels;
        session.Reporter.Table(new TextTable(
            [
                new TextColumn(labels.ColumnCriterion),
                new TextColumn(labels.ColumnLevel),
                new TextColumn(labels.ColumnCoverage),
                new TextColumn(labels.ColumnTitle),
                new TextColumn(labels.ColumnRules),
            ],
            [.. table.Select(row => (IReadOnlyList<string>)
            [
                row.Criterion.Number,
                row.Criterion.Level.ToString(),
                row.Kind switch
                {
                    CoverageKind.Automated => labels.CoverageAutomated,
                    CoverageKind.Review => labels.CoverageReview,
                    _ => labels.CoverageManual,
                },
                row.Criterion.Title.Get(language),
                string.Join(' ', row.Rules),
            ])]));
        var automated = table.Count(r => r.Kind == CoverageKind.Automated);
        var review = table.Count(r => r.Kind == CoverageKind.Review);
        session.Reporter.Note(labels.ChecksWcagSummary(automated + review, table.Count, automated, review, table.Count - automated - review));
        return ExitCodes.Success;
    }

    private static int Run(CommandSession session, string format, string packName)
    {
        var language = session.Language;
        var pack = ShippedPacks.LoadPack(packName, Environment.CurrentDirectory);
        if (!AssessCommand.Report(pack.Diagnostics, session.Reporter) || !pack.Succeeded)
        {
            return ExitCodes.BadInput;
        }

        var checks = CompleteCatalog.Build(pack.Value).Checks
            .Select(check => (Check: check, check.Rules))
            .ToList();

        if (format == "json")
        {
            var document = checks.Select(c => new
            {
                id = c.Check.Id,
                family = c.Check.Family,
                title = c.Check.Title.Get(language),
                rules = c.Rules.Select(r => new
                {
                    id = r.QualifiedId,
                    title = r.Title.Get(language),
                    help = r.Help.Get(language),
                    severity = r.Severity.ToString().ToLowerInvariant(),
                    wcag = r.Wcag,
                    tags = r.Tags,
                    actIds = r.ActIds,
                    helpUrl = r.HelpUrl,
                }),
            });
            Console.Out.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return ExitCodes.Success;
        }

        var labels = session.Labels;
        session.Reporter.Table(new TextTable(
            [
                new TextColumn(labels.ColumnRule),
                new TextColumn(labels.ColumnSeverity),
                new TextColumn(labels.ColumnWcag),
                new TextColumn(labels.ColumnAct),
                new TextColumn(labels.ColumnTitle),
            ],
            [.. checks.SelectMany(c => c.Rules).Select(r => (IReadOnlyList<string>)
            [
                r.QualifiedId,
                r.Severity.ToString().ToLowerInvariant(),
                string.Join(' ', r.Wcag),
                string.Join(' ', r.ActIds),
                r.Title.Get(language),
            ])]));
        session.Reporter.Note(labels.ChecksListSummary(checks.Sum(c => c.Rules.Count), checks.Count, AxeRules.AxeVersion));
        return ExitCodes.Success;
    }
}
