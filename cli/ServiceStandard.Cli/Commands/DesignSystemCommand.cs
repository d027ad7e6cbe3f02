using System.CommandLine;
using ServiceStandard.Cli.Localization;
using ServiceStandard.Cli.Output;
using ServiceStandard.DesignSystem.Docs;
using ServiceStandard.DesignSystem.Docs.Localization;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>servicestandard designsystem docs --out site/ [--lang en|es|both] [--source designsystem/]</c>:
/// builds the design system's static docs site. Its <c>--lang</c> chooses the site's languages
/// (both by default) and, when it names one, the language of the command's own messages.
/// </summary>
public static class DesignSystemCommand
{
    private const string Both = "both";

    public static Command Create(GlobalOptions global)
    {
        var labels = global.Labels;
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = labels.DocsOutOptionDescription,
            Required = true,
        };
        var language = new Option<string>("--lang")
        {
            Description = labels.DocsLangOptionDescription,
            HelpName = "en|es|both",
            DefaultValueFactory = _ => Both,
        };
        language.CompletionSources.Add("en", "es", Both);
        language.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value != Both && !DocsLabels.Languages.Contains(value, StringComparer.Ordinal))
            {
                result.AddError(labels.UnsupportedDocsLanguage(value));
            }
        });
        var source = new Option<DirectoryInfo>("--source")
        {
            Description = labels.DocsSourceOptionDescription,
        };

        var docs = new Command("docs", labels.DocsCommandDescription) { output, language, source };
        docs.SetAction(parseResult =>
        {
            var chosen = parseResult.GetValue(language) ?? Both;
            var session = global.CreateSession(parseResult);
            if (chosen != Both && chosen != session.Language)
            {
                session = session with { Labels = Labels.For(chosen) };
            }

            return Run(session, parseResult.GetValue(output)!, chosen == Both ? DocsLabels.Languages : [chosen], parseResult.GetValue(source));
        });

        return new Command("designsystem", labels.DesignSystemCommandDescription) { docs };
    }

    private static int Run(CommandSession session, DirectoryInfo output, IReadOnlyList<string> languages, DirectoryInfo? source)
    {
        var labels = session.Labels;
        var designSystem = source?.FullName
            ?? DocsSiteSource.FindDesignSystem(Environment.CurrentDirectory)
            ?? DocsSiteSource.FindDesignSystem(AppContext.BaseDirectory);
        if (designSystem is null || !Directory.Exists(designSystem))
        {
            session.Reporter.Error(labels.DesignSystemNotFound(source?.FullName ?? Environment.CurrentDirectory));
            return ExitCodes.BadInput;
        }

        var result = new DocsSiteBuilder().Build(DocsSiteSource.FromDesignSystem(designSystem), output.FullName, languages);
        foreach (var diagnostic in result.Diagnostics)
        {
            session.Reporter.Diagnostic(diagnostic);
        }

        if (!result.Succeeded)
        {
            return ExitCodes.BadInput;
        }

        session.Reporter.Success(labels.DocsWritten(result.Pages.Count, output.FullName));
        session.Reporter.Note(Path.Combine(output.FullName, "index.html"));
        return ExitCodes.Success;
    }
}
