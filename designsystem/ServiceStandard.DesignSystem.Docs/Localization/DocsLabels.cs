using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ServiceStandard.DesignSystem.Docs.Localization;

/// <summary>
/// The docs site's own words in one language, read from labels.yml (every key in en and es).
/// Labels are data: templates read them as <c>{{ l.key }}</c>, the builder by key.
/// </summary>
public sealed class DocsLabels
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> Shipped = new(Load);

    private DocsLabels(string language, IReadOnlyDictionary<string, string> values)
    {
        Language = language;
        Values = values;
        Culture = CultureInfo.GetCultureInfo(language);
    }

    /// <summary>The languages every label is written in, and so the languages of the site.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "es"];

    public string Language { get; }

    public CultureInfo Culture { get; }

    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>The shipped labels by language, then key (for tests).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> All => Shipped.Value;

    public string this[string key] =>
        Values.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"labels.yml has no label '{key}'.");

    public static DocsLabels For(string language)
    {
        if (!Languages.Contains(language, StringComparer.Ordinal))
        {
            throw new ArgumentException($"The docs site is not written in '{language}'; use one of {string.Join(", ", Languages)}.", nameof(language));
        }

        return new DocsLabels(language, Shipped.Value[language]);
    }

    public string Format(string key, params object?[] arguments) => string.Format(Culture, this[key], arguments);

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Load()
    {
        using var stream = typeof(DocsLabels).Assembly.GetManifestResourceStream("docs/labels.yml")
            ?? throw new InvalidOperationException("docs/labels.yml is missing from the assembly.");
        var yaml = new YamlStream();
        yaml.Load(new StreamReader(stream));
        var byLanguage = Languages.ToDictionary(l => l, _ => new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (key, value) in ((YamlMappingNode)yaml.Documents[0].RootNode).Children)
        {
            foreach (var (language, text) in ((YamlMappingNode)value).Children)
            {
                byLanguage[((YamlScalarNode)language).Value!][((YamlScalarNode)key).Value!] = ((YamlScalarNode)text).Value ?? string.Empty;
            }
        }

        return byLanguage.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.Ordinal);
    }
}
