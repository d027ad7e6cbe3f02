using System.Globalization;
using ServiceStandard.Kernel.Localization;

namespace ServiceStandard.Reports.Localization;

/// <summary>
/// The reports' own words in one language, read from labels.yml (every key in en and es). Labels
/// are data, so the HTML template reads them as <c>{{ l.key }}</c> and the other renderers by key.
/// </summary>
public sealed class ReportLabels
{
    public const string DefaultLanguage = "en";

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> Shipped = new(Load);

    private ReportLabels(string language, IReadOnlyDictionary<string, string> values)
    {
        Language = language;
        Values = values;
        Culture = CultureInfo.GetCultureInfo(language);
    }

    /// <summary>The languages every label is written in.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "es"];

    public string Language { get; }

    public CultureInfo Culture { get; }

    /// <summary>Every label by key.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>The shipped labels by language, then key (for tests).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> All => Shipped.Value;

    public string this[string key] =>
        Values.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"labels.yml has no label '{key}'.");

    public static ReportLabels For(string language)
    {
        var chosen = Languages.Contains(language, StringComparer.OrdinalIgnoreCase) ? language.ToLowerInvariant() : DefaultLanguage;
        return new ReportLabels(chosen, Shipped.Value[chosen]);
    }

    public string Format(string key, params object?[] arguments) => string.Format(Culture, this[key], arguments);

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Load() =>
        LabelFile.LoadEmbedded(typeof(ReportLabels).Assembly, "reports/labels.yml", Languages);
}
