using System.Text.RegularExpressions;
using ServiceStandard.Model.Findings;
using ServiceStandard.Standard;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Standard.Wcag;
using ServiceStandard.Kernel.Messages;
using ServiceStandard.Kernel.Yaml;
using YamlDotNet.RepresentationModel;
using ServiceStandard.Kernel;

namespace ServiceStandard.Checks.Descriptors;

/// <summary>
/// Reads checks.yml into a <see cref="CheckCatalog"/>: every text in English and Spanish, every WCAG
/// success criterion resolved against the WCAG 2.2 catalogue, every message's placeholders the same
/// in both languages. Problems are located diagnostics, like the standard loader's.
/// </summary>
internal static partial class CheckCatalogReader
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>Where our own rules are documented, relative to the repository root.</summary>
    public const string DocsPath = "docs/checks.md";

    /// <summary>
    /// Where the repository's docs are published: a rule's helpUrl is this joined with
    /// <see cref="DocsPath"/> and its anchor, an absolute URL as SARIF's helpUri requires.
    /// </summary>
    public const string DocsBaseUrl = "https://servicestandard.dev/";

    private static readonly LanguageSettings Languages = new("en", ["en", "es"]);
    private static readonly string[] TopKeys = ["schemaVersion", "checks"];
    private static readonly string[] CheckKeys = ["id", "family", "title", "description", "rules"];
    private static readonly string[] RuleKeys = ["id", "title", "help", "severity", "findings", "wcag", "tags", "actIds", "helpUrl", "messages"];

    private static readonly Dictionary<string, Severity> Severities = new(StringComparer.Ordinal)
    {
        ["critical"] = Severity.Critical,
        ["serious"] = Severity.Serious,
        ["moderate"] = Severity.Moderate,
        ["minor"] = Severity.Minor,
    };

    public static LoadResult<CheckCatalog> Parse(string text, string fileName, WcagCatalog? wcag = null)
    {
        var (root, syntaxError) = YamlDocumentParser.Parse(text, fileName);
        if (root is null)
        {
            return LoadResult<CheckCatalog>.Failed([syntaxError!]);
        }

        var context = new YamlReadContext(fileName);
        var checks = Read(root, context, wcag ?? WcagCatalog.Wcag22);
        var diagnostics = context.SortedDiagnostics();
        return context.HasErrors || checks is null
            ? LoadResult<CheckCatalog>.Failed(diagnostics)
            : new LoadResult<CheckCatalog>(new CheckCatalog(checks), diagnostics);
    }

    private static List<CheckDescriptor>? Read(YamlNode root, YamlReadContext context, WcagCatalog wcag)
    {
        var top = YamlMapping.Read(root, "the check catalogue", context, TopKeys);
        if (top is null)
        {
            return null;
        }

        RequireSchemaVersion(top, context);

        var checks = new List<CheckDescriptor>();
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var node in top.GetList("checks", required: true))
        {
            var check = ReadCheck(node, context, wcag, seen);
            if (check is not null)
            {
                checks.Add(check);
            }
        }

        return checks;
    }

    private static CheckDescriptor? ReadCheck(YamlNode node, YamlReadContext context, WcagCatalog wcag, Dictionary<string, YamlNode> seen)
    {
        var map = YamlMapping.Read(node, $"check {IdOf(node) ?? "(no id)"}", context, CheckKeys);
        if (map is null)
        {
            return null;
        }

        var id = map.GetString("id", required: true);
        var family = map.GetString("family", required: true);
        if (family is not null && !Kebab().IsMatch(family))
        {
            context.Error(map.Get("family")!, $"the family '{family}' of {map.What} must be lowercase words joined by hyphens");
        }

        if (id is not null)
        {
            if (!CheckId().IsMatch(id))
            {
                context.Error(map.Get("id")!, $"the check id '{id}' must be a family and a name joined by '/', for example accessibility/keyboard");
            }
            else if (family is not null && !id.StartsWith(family + "/", StringComparison.Ordinal))
            {
                context.Error(map.Get("id")!, $"the check id '{id}' must start with its family '{family}/'");
            }

            if (!seen.TryAdd(id, map.Get("id")!))
            {
                context.Error(map.Get("id")!, $"duplicate check id '{id}' (first used at line {seen[id].Start.Line})");
            }
        }

        var title = Text(map, "title", context);
        var description = Text(map, "description", context);
        var rules = new List<RuleDescriptor>();
        var ruleIds = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var ruleNode in map.GetList("rules", required: true))
        {
            var rule = ReadRule(ruleNode, id ?? "?", family ?? "?", context, wcag, ruleIds);
            if (rule is not null)
            {
                rules.Add(rule);
            }
        }

        return id is null || family is null || title is null || description is null
            ? null
            : new CheckDescriptor(id, family, title, description, rules);
    }

    private static RuleDescriptor? ReadRule(YamlNode node, string checkId, string family, YamlReadContext context, WcagCatalog wcag, Dictionary<string, YamlNode> seen)
    {
        var map = YamlMapping.Read(node, $"rule {checkId}/{IdOf(node) ?? "(no id)"}", context, RuleKeys);
        if (map is null)
        {
            return null;
        }

        var id = map.GetString("id", required: true);
        if (id is not null)
        {
            if (!Kebab().IsMatch(id))
            {
                context.Error(map.Get("id")!, $"the rule id '{id}' must be lowercase words joined by hyphens");
            }

            if (!seen.TryAdd(id, map.Get("id")!))
            {
                context.Error(map.Get("id")!, $"duplicate rule id '{id}' in check {checkId} (first used at line {seen[id].Start.Line})");
            }
        }

        var title = Text(map, "title", context);
        var help = Text(map, "help", context);
        var severity = ReadSeverity(map, context);
        var criteria = ReadCriteria(map, context, wcag);
        var ownTags = ReadPatterned(map, "tags", Tag(), "a tag (lowercase words joined by hyphens or dots)", context);
        var actIds = ReadPatterned(map, "actIds", ActId(), "a W3C ACT rule id (six letters or digits, for example 80af7b)", context);
        var messages = MessageFile.ReadMessages(map, context);
        var helpUrl = map.GetString("helpUrl") ?? $"{DocsBaseUrl}{DocsPath}#{RuleDescriptor.AnchorOf($"{checkId}/{id}")}";
        var findings = map.GetString("findings") ?? "violations";
        if (findings is not ("violations" or "review"))
        {
            context.Error(map.Get("findings")!, $"the findings '{findings}' of {map.What} must be one of: violations, review");
        }

        if (id is null || title is null || help is null || severity is null || messages is null)
        {
            return null;
        }

        IEnumerable<string> tags =
        [
            family,
            .. criteria.Select(WcagTags.LevelTag).Distinct(StringComparer.Ordinal),
            .. criteria.Select(c => c.AxeTag),
            .. ownTags,
        ];
        return new RuleDescriptor(
            checkId,
            id,
            title,
            help,
            severity.Value,
            [.. criteria.Select(c => c.Number)],
            [.. tags.Distinct(StringComparer.Ordinal)],
            actIds,
            helpUrl,
            messages)
        {
            ReviewOnly = findings == "review",
        };
    }

    private static Severity? ReadSeverity(YamlMapping map, YamlReadContext context)
    {
        var text = map.GetString("severity", required: true);
        if (text is null)
        {
            return null;
        }

        if (Severities.TryGetValue(text, out var severity))
        {
            return severity;
        }

        context.Error(map.Get("severity")!, $"the severity '{text}' of {map.What} must be one of: {string.Join(", ", Severities.Keys)}");
        return null;
    }

    private static List<SuccessCriterion> ReadCriteria(YamlMapping map, YamlReadContext context, WcagCatalog wcag)
    {
        var criteria = new List<SuccessCriterion>();
        foreach (var item in map.GetList("wcag"))
        {
            var number = YamlMapping.ReadString(item, $"an item of 'wcag' in {map.What}", context);
            if (number is null)
            {
                continue;
            }

            var criterion = wcag.Find(number);
            if (criterion is null)
            {
                context.Error(item, $"'{number}' in {map.What} is not a WCAG {wcag.Version} success criterion");
            }
            else if (criterion.Obsolete)
            {
                context.Error(item, $"'{number}' in {map.What} is obsolete in WCAG {wcag.Version}; map the rule to the criteria it still affects");
            }
            else
            {
                criteria.Add(criterion);
            }
        }

        return criteria;
    }

    private static List<string> ReadPatterned(YamlMapping map, string key, Regex pattern, string expected, YamlReadContext context)
    {
        var values = new List<string>();
        foreach (var item in map.GetList(key))
        {
            var value = YamlMapping.ReadString(item, $"an item of '{key}' in {map.What}", context);
            if (value is null)
            {
                continue;
            }

            if (!pattern.IsMatch(value))
            {
                context.Error(item, $"'{value}' in '{key}' of {map.What} is not {expected}");
                continue;
            }

            values.Add(value);
        }

        return values;
    }

    /// <summary>The schemaVersion every descriptor file (checks.yml, web-errors.yml) carries: required, and the current one.</summary>
    internal static void RequireSchemaVersion(YamlMapping top, YamlReadContext context)
    {
        var schemaVersion = top.GetInt("schemaVersion", required: true);
        if (schemaVersion is not null and not CurrentSchemaVersion)
        {
            context.Error(top.Get("schemaVersion")!, $"schemaVersion {schemaVersion} is not supported; expected {CurrentSchemaVersion}");
        }
    }

    private static LocalizedText? Text(YamlMapping map, string key, YamlReadContext context) =>
        map.Require(key) is { } node ? LocalizedTextReader.Read(node, $"'{key}' of {map.What}", context, Languages) : null;

    private static string? IdOf(YamlNode node) =>
        (node as YamlMappingNode)?.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "id" }).Value is YamlScalarNode id ? id.Value : null;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Kebab();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)+$")]
    private static partial Regex CheckId();

    [GeneratedRegex("^[a-z0-9]+([.-][a-z0-9]+)*$")]
    private static partial Regex Tag();

    [GeneratedRegex("^[a-z0-9]{6}$")]
    private static partial Regex ActId();
}
