using ServiceStandard.Kernel.Yaml;
using ServiceStandard.Kernel;

namespace ServiceStandard.Standard.Wcag;

/// <summary>
/// Every WCAG 2.2 success criterion, read from the shipped wcag/wcag-2.2.yml. Findings' axe tags
/// (wcag143) and the report's coverage table resolve against it.
/// </summary>
public sealed class WcagCatalog
{
    private static readonly Lazy<WcagCatalog> Shipped = new(LoadShipped);
    private readonly Dictionary<string, SuccessCriterion> _byNumber;
    private readonly Dictionary<string, SuccessCriterion> _byAxeTag;

    private WcagCatalog(string version, IReadOnlyList<WcagPrinciple> principles, IReadOnlyList<WcagGuideline> guidelines, IReadOnlyList<SuccessCriterion> criteria)
    {
        Version = version;
        Principles = principles;
        Guidelines = guidelines;
        SuccessCriteria = criteria;
        _byNumber = criteria.ToDictionary(c => c.Number, StringComparer.Ordinal);
        _byAxeTag = criteria.ToDictionary(c => c.AxeTag, StringComparer.OrdinalIgnoreCase);
    }

    public static WcagCatalog Wcag22 => Shipped.Value;

    public string Version { get; }

    public IReadOnlyList<WcagPrinciple> Principles { get; }

    public IReadOnlyList<WcagGuideline> Guidelines { get; }

    public IReadOnlyList<SuccessCriterion> SuccessCriteria { get; }

    public SuccessCriterion? Find(string number) => _byNumber.GetValueOrDefault(number);

    /// <summary>Resolves an axe-style tag such as <c>wcag1410</c>; other tags (wcag2aa, best-practice) give null.</summary>
    public SuccessCriterion? FindByAxeTag(string tag) => _byAxeTag.GetValueOrDefault(tag);

    public WcagGuideline? Guideline(string number) => Guidelines.FirstOrDefault(g => g.Number == number);

    public WcagPrinciple? Principle(string number) => Principles.FirstOrDefault(p => p.Number == number);

    private static WcagCatalog LoadShipped()
    {
        using var stream = typeof(WcagCatalog).Assembly.GetManifestResourceStream("wcag/wcag-2.2.yml")
            ?? throw new InvalidOperationException("The WCAG catalogue is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "wcag/wcag-2.2.yml");
    }

    /// <summary>Reads a catalogue; this is shipped data, so a problem is a bug and throws.</summary>
    public static WcagCatalog Parse(string text, string fileName)
    {
        var (root, syntaxError) = YamlDocumentParser.Parse(text, fileName);
        if (root is null)
        {
            throw new InvalidOperationException(syntaxError!.ToString());
        }

        var context = new YamlReadContext(fileName);
        var languages = new LanguageSettings("en", ["en", "es"]);
        var top = YamlMapping.Read(root, "the WCAG catalogue", context, ["version", "principles", "guidelines", "successCriteria"]);
        var version = top?.GetString("version", required: true) ?? string.Empty;

        var principles = (top?.GetList("principles", required: true) ?? [])
            .Select(node => YamlMapping.Read(node, "a principle", context, ["number", "id", "title"]))
            .OfType<YamlMapping>()
            .Select(m => new WcagPrinciple(
                m.GetString("number", required: true) ?? string.Empty,
                m.GetString("id", required: true) ?? string.Empty,
                Text(m, context, languages)))
            .ToList();

        var guidelines = (top?.GetList("guidelines", required: true) ?? [])
            .Select(node => YamlMapping.Read(node, "a guideline", context, ["number", "title"]))
            .OfType<YamlMapping>()
            .Select(m => new WcagGuideline(m.GetString("number", required: true) ?? string.Empty, Text(m, context, languages)))
            .ToList();

        var criteria = (top?.GetList("successCriteria", required: true) ?? [])
            .Select(node => YamlMapping.Read(node, "a success criterion", context, ["number", "level", "title", "machineTestable", "url", "obsolete"]))
            .OfType<YamlMapping>()
            .Select(m => new SuccessCriterion(
                m.GetString("number", required: true) ?? string.Empty,
                Enum.Parse<WcagLevel>(m.GetString("level", required: true) ?? "A"),
                Text(m, context, languages),
                string.Equals(m.GetString("machineTestable", required: true), "partial", StringComparison.Ordinal) ? MachineTestability.Partial : MachineTestability.None,
                m.GetBool("obsolete") ?? false,
                new Uri(m.GetString("url", required: true) ?? "about:blank")))
            .ToList();

        if (context.HasErrors)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, context.Diagnostics.Where(d => d.IsError)));
        }

        return new WcagCatalog(version, principles, guidelines, criteria);
    }

    private static LocalizedText Text(YamlMapping map, YamlReadContext context, LanguageSettings languages) =>
        map.Require("title") is { } node
            ? LocalizedTextReader.Read(node, $"the title in {map.What}", context, languages) ?? LocalizedText.Of("?")
            : LocalizedText.Of("?");
}
