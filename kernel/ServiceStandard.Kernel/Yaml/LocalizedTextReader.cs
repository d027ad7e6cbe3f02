using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using ServiceStandard.Kernel;

namespace ServiceStandard.Kernel.Yaml;

/// <summary>The languages a document declares, against which its localized texts are read.</summary>
public sealed record LanguageSettings(string DefaultLanguage, IReadOnlyList<string> Languages)
{
    public static LanguageSettings English { get; } = new("en", ["en"]);
}

/// <summary>Reads a text field that is either a string or a map of language code to string.</summary>
public static partial class LocalizedTextReader
{
    public static LocalizedText? Read(YamlNode node, string what, YamlReadContext context, LanguageSettings languages)
    {
        switch (node)
        {
            case YamlScalarNode scalar when !YamlNodeKind.IsNull(scalar):
                if (string.IsNullOrWhiteSpace(scalar.Value))
                {
                    context.Error(node, $"{what} must not be empty");
                    return null;
                }

                return LocalizedText.Of(scalar.Value!, languages.DefaultLanguage);

            case YamlMappingNode mapping:
                return ReadMap(mapping, what, context, languages);

            default:
                context.Error(node, $"{what} must be text or a map of languages to text (en: ..., es: ...), found {YamlNodeKind.Describe(node)}");
                return null;
        }
    }

    private static LocalizedText? ReadMap(YamlMappingNode mapping, string what, YamlReadContext context, LanguageSettings languages)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var valid = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var language = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!LanguageCode().IsMatch(language))
            {
                context.Error(keyNode, $"'{language}' in {what} is not a language code (use codes such as en, es)");
                valid = false;
                continue;
            }

            if (!languages.Languages.Contains(language, StringComparer.OrdinalIgnoreCase))
            {
                context.Error(keyNode, $"'{language}' in {what} is not one of the declared languages ({string.Join(", ", languages.Languages)}); add it to 'languages' or remove it");
                valid = false;
                continue;
            }

            var text = YamlMapping.ReadString(valueNode, $"the '{language}' text of {what}", context);
            if (text is null)
            {
                valid = false;
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                context.Error(valueNode, $"the '{language}' text of {what} must not be empty");
                valid = false;
                continue;
            }

            values[language] = text;
        }

        if (!valid)
        {
            return null;
        }

        if (!values.ContainsKey(languages.DefaultLanguage))
        {
            context.Error(mapping, $"{what} has no '{languages.DefaultLanguage}' text; add it, since '{languages.DefaultLanguage}' is the default language");
            return null;
        }

        foreach (var missing in languages.Languages.Where(l => !values.ContainsKey(l)))
        {
            context.Warning(mapping, $"{what} has no '{missing}' text; readers in '{missing}' will see '{languages.DefaultLanguage}'");
        }

        return new LocalizedText(languages.DefaultLanguage, values);
    }

    [GeneratedRegex("^[a-z]{2}(-[A-Z]{2})?$")]
    private static partial Regex LanguageCode();
}
