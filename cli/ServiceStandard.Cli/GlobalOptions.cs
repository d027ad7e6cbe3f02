using System.CommandLine;
using System.CommandLine.Parsing;
using ServiceStandard.Cli.Localization;
using ServiceStandard.Cli.Output;

namespace ServiceStandard.Cli;

/// <summary>
/// The options every command takes (<c>--lang</c>, <c>--no-color</c>, <c>--verbosity</c>), declared
/// once on the root command and inherited by every subcommand.
/// </summary>
public sealed class GlobalOptions
{
    private const string LanguageOptionName = "--lang";

    public GlobalOptions(Labels labels)
    {
        Labels = labels;

        Language = new Option<string>(LanguageOptionName)
        {
            Description = labels.LangOptionDescription,
            HelpName = string.Join('|', Labels.SupportedLanguages),
            Recursive = true,
            DefaultValueFactory = _ => Labels.DefaultLanguage,
        };
        Language.CompletionSources.Add(Labels.SupportedLanguages.ToArray());
        Language.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!Labels.SupportedLanguages.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                result.AddError(labels.UnsupportedLanguage(value));
            }
        });

        NoColor = new Option<bool>("--no-color")
        {
            Description = labels.NoColorOptionDescription,
            Recursive = true,
        };

        // Nullable with no default value, so help shows no "[default: Normal]" in the enum's casing;
        // the description says that normal is the default.
        Verbosity = new Option<Verbosity?>("--verbosity")
        {
            Description = labels.VerbosityOptionDescription,
            HelpName = "quiet|normal|detailed",
            Recursive = true,
            CustomParser = result => ParseVerbosity(result, labels),
        };
        Verbosity.CompletionSources.Add("quiet", "normal", "detailed");
    }

    /// <summary>The labels in the language found on the command line before parsing, for help texts.</summary>
    public Labels Labels { get; }

    public Option<string> Language { get; }

    public Option<bool> NoColor { get; }

    public Option<Verbosity?> Verbosity { get; }

    /// <summary>The <c>--lang</c> given on the command line, or null when it was not (the configuration's language then applies).</summary>
    public string? ExplicitLanguage(ParseResult parseResult) =>
        parseResult.GetValue(Language) is { } language && parseResult.GetResult(Language) is { Implicit: false } ? language : null;

    public Verbosity GetVerbosity(ParseResult parseResult) => parseResult.GetValue(Verbosity) ?? Output.Verbosity.Normal;

    public void AddTo(RootCommand root)
    {
        root.Add(Language);
        root.Add(NoColor);
        root.Add(Verbosity);
    }

    /// <summary>What a command needs to run: its labels, the language to show and where to write.</summary>
    public CommandSession CreateSession(ParseResult parseResult)
    {
        var labels = Labels.For(parseResult.GetValue(Language) ?? Labels.DefaultLanguage);
        var settings = OutputSettings.Detect(parseResult.GetValue(NoColor), GetVerbosity(parseResult));
        return new CommandSession(labels, ConsoleReporterFactory.Create(settings));
    }

    /// <summary>
    /// Finds <c>--lang</c> before parsing, so that help and the parser's own messages are already
    /// in that language. An unsupported value falls back to English and the parser reports it.
    /// </summary>
    public static string FindLanguage(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                break;
            }

            string? value = null;
            if (arg == LanguageOptionName && i + 1 < args.Count)
            {
                value = args[i + 1];
            }
            else if (arg.StartsWith(LanguageOptionName + "=", StringComparison.Ordinal) || arg.StartsWith(LanguageOptionName + ":", StringComparison.Ordinal))
            {
                value = arg[(LanguageOptionName.Length + 1)..];
            }

            if (value is not null && Labels.SupportedLanguages.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                return value.ToLowerInvariant();
            }
        }

        return Labels.DefaultLanguage;
    }

    private static Verbosity? ParseVerbosity(ArgumentResult result, Labels labels)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        switch (text.ToLowerInvariant())
        {
            case "q" or "quiet":
                return Output.Verbosity.Quiet;
            case "n" or "normal":
                return Output.Verbosity.Normal;
            case "d" or "detailed":
                return Output.Verbosity.Detailed;
            default:
                result.AddError(labels.UnsupportedVerbosity(text));
                return null;
        }
    }
}

/// <summary>The per-run services a command action uses.</summary>
public sealed record CommandSession(Labels Labels, IConsoleReporter Reporter)
{
    public string Language => Labels.Language;
}
