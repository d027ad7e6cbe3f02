using System.Globalization;
using ServiceStandard.Kernel.Localization;

namespace ServiceStandard.Index.Server.Site;

/// <summary>The public site's own words in one language, from site-labels.yml (every key in en and es).</summary>
public sealed class SiteLabels
{
    public static IReadOnlyList<string> Languages { get; } = ["en", "es"];

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> Shipped =
        new(() => LabelFile.LoadEmbedded(typeof(SiteLabels).Assembly, "index-site/site-labels.yml", Languages));

    private readonly IReadOnlyDictionary<string, string> _labels;

    private SiteLabels(string language)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(language);
        _labels = Shipped.Value[language];
    }

    public static SiteLabels English { get; } = new("en");

    public static SiteLabels Spanish { get; } = new("es");

    public string Language { get; }

    public CultureInfo Culture { get; }

    public static SiteLabels For(string language) => language == "es" ? Spanish : English;

    /// <summary>The label <paramref name="key"/>, placeholders filled (numbers in this language's spelling).</summary>
    public string this[string key, params object[] arguments] =>
        _labels.TryGetValue(key, out var text)
            ? (arguments.Length == 0 ? text : string.Format(Culture, text, arguments))
            : throw new KeyNotFoundException($"site-labels.yml has no label '{key}'");
}
