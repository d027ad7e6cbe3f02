using System.Text.RegularExpressions;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Kernel.Yaml;
using YamlDotNet.RepresentationModel;
using ServiceStandard.Kernel;

namespace ServiceStandard.Standard;

/// <summary>
/// Reads a standard from YAML, reporting every problem with its file, line and column.
/// The format is documented in docs/writing-a-standard.md and docs/schemas/standard.schema.json.
/// </summary>
public static partial class StandardLoader
{
    public const int CurrentSchemaVersion = 1;

    private static readonly string[] TopLevelKeys =
        ["schemaVersion", "id", "version", "title", "description", "defaultLanguage", "languages", "criteria"];

    private static readonly string[] CriterionKeys =
        ["id", "slug", "title", "summary", "whyItMatters", "assessorQuestions", "evidenceTags"];

    public static LoadResult<StandardDefinition> LoadFile(string path)
    {
        if (Directory.Exists(path))
        {
            return LoadResult<StandardDefinition>.Failed([Diagnostic.Error(new SourceLocation(path, 1, 1), "this is a folder; give the path of a standard's .yml file")]);
        }

        string text;
        try
        {
            text = ServiceStandard.Kernel.Files.InputFile.ReadText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return LoadResult<StandardDefinition>.Failed([Diagnostic.Error(new SourceLocation(path, 1, 1), "the file does not exist")]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return LoadResult<StandardDefinition>.Failed([Diagnostic.Error(new SourceLocation(path, 1, 1), $"cannot read the file: {ex.Message}")]);
        }

        return Parse(text, path);
    }

    public static LoadResult<StandardDefinition> Parse(string text, string fileName)
    {
        var (root, syntaxError) = YamlDocumentParser.Parse(text, fileName);
        if (root is null)
        {
            return LoadResult<StandardDefinition>.Failed([syntaxError!]);
        }

        var context = new YamlReadContext(fileName);
        var standard = Read(root, context, fileName);
        var diagnostics = context.SortedDiagnostics();
        return context.HasErrors ? LoadResult<StandardDefinition>.Failed(diagnostics) : new LoadResult<StandardDefinition>(standard, diagnostics);
    }

    private static StandardDefinition? Read(YamlNode root, YamlReadContext context, string source)
    {
        var top = YamlMapping.Read(root, "the standard", context, TopLevelKeys);
        if (top is null)
        {
            return null;
        }

        var schemaVersion = top.GetInt("schemaVersion", required: true);
        if (schemaVersion is not null and not CurrentSchemaVersion)
        {
            context.Error(top.Get("schemaVersion")!, $"schemaVersion {schemaVersion} is not supported; this version of ServiceStandard reads schemaVersion {CurrentSchemaVersion}");
        }

        var id = top.GetString("id", required: true);
        if (id is not null && !KebabCase().IsMatch(id))
        {
            context.Error(top.Get("id")!, $"the standard id '{id}' must be lowercase words joined by hyphens (for example my-council-standard)");
        }

        var version = top.GetString("version", required: true);
        var languages = ReadLanguages(top, context);

        var title = ReadText(top, "title", "the standard's title", context, languages, required: true);
        var description = ReadText(top, "description", "the standard's description", context, languages, required: false);
        var criteria = ReadCriteria(top, context, languages);

        if (schemaVersion is null || id is null || version is null || title is null || context.HasErrors)
        {
            return null;
        }

        return new StandardDefinition(schemaVersion.Value, id, version, title, description, languages.DefaultLanguage, languages.Languages, criteria, source);
    }

    private static LanguageSettings ReadLanguages(YamlMapping top, YamlReadContext context)
    {
        var defaultLanguage = top.GetString("defaultLanguage") ?? "en";
        var declared = top.Has("languages") ? top.GetStringList("languages") : [defaultLanguage];
        var languageNode = top.Get("languages");
        if (languageNode is not null && !declared.Contains(defaultLanguage, StringComparer.OrdinalIgnoreCase))
        {
            context.Error(languageNode, $"languages must include the default language '{defaultLanguage}'");
        }

        return new LanguageSettings(defaultLanguage, declared.Count == 0 ? [defaultLanguage] : declared);
    }

    private static List<Criterion> ReadCriteria(YamlMapping top, YamlReadContext context, LanguageSettings languages)
    {
        var criteria = new List<Criterion>();
        var items = top.GetList("criteria", required: true);
        if (top.Has("criteria") && items.Count == 0 && top.Get("criteria") is YamlSequenceNode empty)
        {
            context.Error(empty, "the standard has no criteria; add at least one under 'criteria'");
        }

        var seenIds = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        var seenSlugs = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < items.Count; index++)
        {
            var criterion = ReadCriterion(items[index], index, context, languages, seenIds, seenSlugs);
            if (criterion is not null)
            {
                criteria.Add(criterion);
            }
        }

        return criteria;
    }

    private static Criterion? ReadCriterion(
        YamlNode node,
        int index,
        YamlReadContext context,
        LanguageSettings languages,
        Dictionary<string, YamlNode> seenIds,
        Dictionary<string, YamlNode> seenSlugs)
    {
        var idForMessages = (node as YamlMappingNode)?.Children
            .FirstOrDefault(c => c.Key is YamlScalarNode { Value: "id" }).Value is YamlScalarNode idScalar
            ? $"criterion {idScalar.Value}"
            : $"criterion {index + 1}";

        var map = YamlMapping.Read(node, idForMessages, context, CriterionKeys);
        if (map is null)
        {
            return null;
        }

        var id = map.GetString("id", required: true);
        if (id is not null)
        {
            CheckUnique(id, map.Get("id")!, seenIds, "criterion id", context);
        }

        var slug = map.GetString("slug", required: true);
        if (slug is not null)
        {
            if (!KebabCase().IsMatch(slug))
            {
                context.Error(map.Get("slug")!, $"the slug '{slug}' of {idForMessages} must be lowercase words joined by hyphens");
            }

            CheckUnique(slug, map.Get("slug")!, seenSlugs, "criterion slug", context);
        }

        var title = ReadText(map, "title", $"the title of {idForMessages}", context, languages, required: true);
        var summary = ReadText(map, "summary", $"the summary of {idForMessages}", context, languages, required: true);
        var why = ReadText(map, "whyItMatters", $"'whyItMatters' of {idForMessages}", context, languages, required: false);

        var questionNodes = map.GetList("assessorQuestions", required: true);
        if (map.Get("assessorQuestions") is YamlSequenceNode { Children.Count: 0 } noQuestions)
        {
            context.Error(noQuestions, $"{idForMessages} needs at least one assessor question");
        }

        var questions = questionNodes
            .Select((q, i) => LocalizedTextReader.Read(q, $"assessor question {i + 1} of {idForMessages}", context, languages))
            .OfType<LocalizedText>()
            .ToList();

        var tags = map.GetStringList("evidenceTags", required: true);
        ValidateTags(map, tags, idForMessages, context);

        if (id is null || slug is null || title is null || summary is null)
        {
            return null;
        }

        return new Criterion(id, slug, title, summary, why, questions, tags);
    }

    private static void ValidateTags(YamlMapping map, IReadOnlyList<string> tags, string what, YamlReadContext context)
    {
        if (map.Get("evidenceTags") is not YamlSequenceNode tagNodes)
        {
            return;
        }

        if (tagNodes.Children.Count == 0)
        {
            context.Error(tagNodes, $"{what} needs at least one evidence tag; findings reach a criterion through its tags");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tagNode in tagNodes.Children.OfType<YamlScalarNode>())
        {
            var tag = tagNode.Value ?? string.Empty;
            if (!KebabCase().IsMatch(tag))
            {
                context.Error(tagNode, $"the evidence tag '{tag}' of {what} must be lowercase words joined by hyphens");
            }
            else if (!seen.Add(tag))
            {
                context.Error(tagNode, $"the evidence tag '{tag}' appears twice in {what}");
            }
            else if (EvidenceTags.Find(tag) is null)
            {
                // Not an error: a team may name evidence only its assessors bring. But a typo of a
                // tag the checks produce would silently cut the criterion off from their findings.
                context.Warning(tagNode, $"the evidence tag '{tag}' of {what} is not one the tool knows, so no check produces it and only an assessor's judgement can decide it; the known tags are {string.Join(", ", EvidenceTags.All.Keys)}");
            }
        }
    }

    private static LocalizedText? ReadText(YamlMapping map, string key, string what, YamlReadContext context, LanguageSettings languages, bool required)
    {
        var node = required ? map.Require(key) : map.Get(key);
        return node is null ? null : LocalizedTextReader.Read(node, what, context, languages);
    }

    private static void CheckUnique(string value, YamlNode node, Dictionary<string, YamlNode> seen, string what, YamlReadContext context)
    {
        if (seen.TryGetValue(value, out var first))
        {
            context.Error(node, $"duplicate {what} '{value}' (first used at line {first.Start.Line})");
        }
        else
        {
            seen[value] = node;
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
