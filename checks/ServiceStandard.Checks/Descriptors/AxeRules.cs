using System.Text.Json;
using ServiceStandard.Model.Findings;
using ServiceStandard.Standard;
using ServiceStandard.Standard.Wcag;
using ServiceStandard.Kernel;

namespace ServiceStandard.Checks.Descriptors;

/// <summary>
/// The rules of the bundled axe-core as descriptors, from axe-rules.json (generated from the same
/// axe-core version by generate-axe-rules.mjs), so the catalogue lists axe's rules with ours.
/// </summary>
public static class AxeRules
{
    public const string CheckId = "accessibility/axe";

    private static readonly Lazy<(string Version, IReadOnlyList<RuleDescriptor> Rules)> Shipped = new(Load);

    public static string AxeVersion => Shipped.Value.Version;

    public static IReadOnlyList<RuleDescriptor> All => Shipped.Value.Rules;

    public static RuleDescriptor? Find(string ruleId) => All.FirstOrDefault(r => r.Id == ruleId);

    private static (string, IReadOnlyList<RuleDescriptor>) Load()
    {
        using var stream = typeof(AxeRules).Assembly.GetManifestResourceStream("descriptors/axe-rules.json")
            ?? throw new InvalidOperationException("descriptors/axe-rules.json is missing from the assembly.");
        var file = JsonSerializer.Deserialize<AxeRulesFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("descriptors/axe-rules.json is empty.");
        var rules = file.Rules.Select(rule => new RuleDescriptor(
            CheckId,
            rule.Id,
            Text(rule.Help),
            Text(rule.Description),
            ToSeverity(rule.Impact),
            [.. rule.Tags.Select(t => WcagCatalog.Wcag22.FindByAxeTag(t)?.Number).OfType<string>()],
            ["accessibility", .. rule.Tags],
            rule.ActIds,
            rule.HelpUrl,
            new Dictionary<string, LocalizedText>())).ToList();
        return (file.AxeVersion, rules);
    }

    private static LocalizedText Text(Dictionary<string, string> values) => new("en", values);

    private static Severity ToSeverity(string impact) => impact switch
    {
        "critical" => Severity.Critical,
        "serious" => Severity.Serious,
        "minor" => Severity.Minor,
        _ => Severity.Moderate,
    };

    private sealed record AxeRulesFile(string AxeVersion, List<AxeRuleEntry> Rules);

    private sealed record AxeRuleEntry(string Id, string Impact, Dictionary<string, string> Help, Dictionary<string, string> Description, string HelpUrl, List<string> Tags, List<string> ActIds);
}
