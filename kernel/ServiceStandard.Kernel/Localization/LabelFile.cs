using System.Reflection;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ServiceStandard.Kernel.Localization;

/// <summary>
/// The one label mechanism of the tool's user interfaces (the reports, the command line): a YAML file
/// mapping each key to its text in every language, <c>key: { en: "…", es: "…" }</c>, with
/// <c>{0}</c>-style placeholders. Labels ship inside the assembly, so a file that breaks these rules is
/// a bug of ours and reading it throws, naming the key.
/// </summary>
public static partial class LabelFile
{
    /// <summary>The labels by language, then key.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> LoadEmbedded(Assembly assembly, string resourceName, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{resourceName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), resourceName, languages);
    }

    /// <summary>Reads a label file: every key in every language, non-empty, with the same placeholders as the first language.</summary>
    /// <exception cref="InvalidDataException">The file breaks a rule; the message names the file, the key and the line.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Parse(string text, string fileName, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{fileName}:{e.Start.Line}:{e.Start.Column}: {e.Message}", e);
        }

        if (yaml.Documents.Count != 1 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InvalidDataException($"{fileName}: expected one mapping of label keys to texts");
        }

        var byLanguage = languages.ToDictionary(l => l, _ => new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (keyNode, value) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value!;
            var where = $"{fileName}:{keyNode.Start.Line}: the label '{key}'";
            if (value is not YamlMappingNode texts)
            {
                throw new InvalidDataException($"{where} must map languages to texts");
            }

            var found = texts.Children.ToDictionary(t => ((YamlScalarNode)t.Key).Value!, t => (t.Value as YamlScalarNode)?.Value, StringComparer.Ordinal);
            var extra = found.Keys.Except(languages, StringComparer.Ordinal).ToList();
            if (extra.Count > 0)
            {
                throw new InvalidDataException($"{where} has a language the tool does not speak: {string.Join(", ", extra)}");
            }

            var first = Placeholders(found.GetValueOrDefault(languages[0]) ?? string.Empty);
            foreach (var language in languages)
            {
                if (string.IsNullOrWhiteSpace(found.GetValueOrDefault(language)))
                {
                    throw new InvalidDataException($"{where} has no '{language}' text");
                }

                if (!first.SequenceEqual(Placeholders(found[language]!)))
                {
                    throw new InvalidDataException($"{where} must use the same placeholders in '{language}' as in '{languages[0]}' ({string.Join(", ", first)})");
                }

                byLanguage[language][key] = found[language]!;
            }
        }

        return byLanguage.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.Ordinal);
    }

    private static string[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{[0-9]+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
