namespace ServiceStandard.Kernel;

/// <summary>
/// Text in one or more languages. A plain string in YAML is text in the default language.
/// </summary>
public sealed class LocalizedText
{
    private readonly Dictionary<string, string> _values;

    public LocalizedText(string defaultLanguage, IReadOnlyDictionary<string, string> values)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("Localized text needs at least one language.", nameof(values));
        }

        DefaultLanguage = defaultLanguage;
        _values = new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);
    }

    public string DefaultLanguage { get; }

    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>The text in <paramref name="language"/>, else in the default language, else any.</summary>
    public string Get(string language) =>
        _values.TryGetValue(language, out var text) ? text
        : _values.TryGetValue(DefaultLanguage, out var fallback) ? fallback
        : _values.Values.First();

    public bool Has(string language) => _values.ContainsKey(language);

    public static LocalizedText Of(string text, string language = "en") => new(language, new Dictionary<string, string> { [language] = text });

    /// <summary>English text with its Spanish, English the default: for texts that live in code (a renderer's description).</summary>
    public static LocalizedText Bilingual(string english, string spanish) =>
        new("en", new Dictionary<string, string> { ["en"] = english, ["es"] = spanish });

    public override string ToString() => Get(DefaultLanguage);
}
