using System.Text.RegularExpressions;
using ServiceStandard.DesignSystem.Contracts;
using ServiceStandard.Standard;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Kernel.Yaml;
using YamlDotNet.RepresentationModel;
using ServiceStandard.Kernel;

namespace ServiceStandard.DesignSystem.Components;

/// <summary>
/// Reads a component's <c>component.yml</c> (guidance, status, examples and contract), reporting
/// every problem with its file, line and column. The format is docs/schemas/component.schema.json;
/// the contract language is docs/contracts.md.
/// </summary>
public static partial class ComponentLoader
{
    public const int CurrentSchemaVersion = 1;

    public const string FileName = "component.yml";

    /// <summary>Where a component's documentation page is; rules' <c>guidance: "#anchor"</c> links are relative to it.</summary>
    public const string DocsUrlFormat = "https://servicestandard.dev/design-system/components/{0}/";

    /// <summary>Component texts are written in English and Spanish; a missing Spanish text is a warning.</summary>
    public static LanguageSettings Languages { get; } = new("en", ["en", "es"]);

    private static readonly string[] TopLevelKeys = ["schemaVersion", "id", "name", "status", "replacement", "since", "guidance", "examples", "changelog", "contract"];
    private static readonly string[] GuidanceKeys = ["whenToUse", "whenNotToUse", "howItWorks", "accessibility", "research"];
    private static readonly string[] ChangeKeys = ["version", "text"];
    private static readonly string[] ExampleKeys = ["id", "title", "file"];

    /// <param name="knownComponents">Ids a deprecated component's replacement may name; null skips that check.</param>
    public static LoadResult<ComponentDefinition> LoadFile(string path, IReadOnlySet<string>? knownComponents = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return LoadResult<ComponentDefinition>.Failed([Diagnostic.Error(new SourceLocation(path, 1, 1), "the file does not exist")]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return LoadResult<ComponentDefinition>.Failed([Diagnostic.Error(new SourceLocation(path, 1, 1), $"cannot read the file: {ex.Message}")]);
        }

        return Parse(text, path, Path.GetDirectoryName(Path.GetFullPath(path)), knownComponents);
    }

    /// <param name="directory">The component's folder: example files must exist there, and a component.yml's id must be the folder's name. Null skips both checks.</param>
    public static LoadResult<ComponentDefinition> Parse(string text, string fileName, string? directory = null, IReadOnlySet<string>? knownComponents = null)
    {
        var (root, syntaxError) = YamlDocumentParser.Parse(text, fileName);
        if (root is null)
        {
            return LoadResult<ComponentDefinition>.Failed([syntaxError!]);
        }

        var context = new YamlReadContext(fileName);
        var component = Read(root, context, fileName, directory, knownComponents);
        var diagnostics = context.SortedDiagnostics();
        return context.HasErrors || component is null
            ? LoadResult<ComponentDefinition>.Failed(diagnostics)
            : new LoadResult<ComponentDefinition>(component, diagnostics);
    }

    private static ComponentDefinition? Read(YamlNode root, YamlReadContext context, string fileName, string? directory, IReadOnlySet<string>? knownComponents)
    {
        var top = YamlMapping.Read(root, "the component", context, TopLevelKeys);
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
        if (id is not null && !ContractReader.KebabCase().IsMatch(id))
        {
            context.Error(top.Get("id")!, $"the component id '{id}' must be lowercase words joined by hyphens (for example error-summary)");
        }
        else if (id is not null && directory is not null && Path.GetFileName(fileName) == FileName && Path.GetFileName(directory) != id)
        {
            context.Error(top.Get("id")!, $"the component id '{id}' must be the name of its folder ('{Path.GetFileName(directory)}')");
        }

        var name = ReadText(top, "name", "the component's name", context, required: true);
        var (status, replacement) = ReadStatus(top, context, knownComponents);
        var since = top.GetString("since", required: true);
        if (since is not null && !SemanticVersion().IsMatch(since))
        {
            context.Error(top.Get("since")!, $"since '{since}' must be the design-system version that introduced the component, as MAJOR.MINOR.PATCH (for example 0.1.0)");
        }

        var guidance = ReadGuidance(top, context);
        var examples = ReadExamples(top, context, directory);
        var changelog = ReadChangelog(top, context);
        var contractNode = top.Require("contract");
        var contract = contractNode is null || id is null
            ? null
            : ContractReader.Read(contractNode, id, string.Format(System.Globalization.CultureInfo.InvariantCulture, DocsUrlFormat, id), context, Languages);

        if (id is null || name is null || status is null || since is null || contract is null || context.HasErrors)
        {
            return null;
        }

        return new ComponentDefinition(id, name, status.Value, replacement, since, guidance, examples, contract, fileName) { Changelog = changelog };
    }

    private static (ComponentStatus?, string?) ReadStatus(YamlMapping top, YamlReadContext context, IReadOnlySet<string>? knownComponents)
    {
        var text = top.GetString("status", required: true);
        ComponentStatus? status = text switch
        {
            null => null,
            "stable" => ComponentStatus.Stable,
            "experimental" => ComponentStatus.Experimental,
            "deprecated" => ComponentStatus.Deprecated,
            _ => null,
        };
        if (text is not null && status is null)
        {
            context.Error(top.Get("status")!, $"status '{text}' is not one of: stable, experimental, deprecated");
        }

        var replacement = top.GetString("replacement");
        if (status == ComponentStatus.Deprecated && replacement is null && !top.Has("replacement"))
        {
            context.Error(top.Get("status")!, "a deprecated component names its 'replacement' (the component to use instead)");
        }
        else if (status is not null and not ComponentStatus.Deprecated && top.Has("replacement"))
        {
            context.Error(top.Get("replacement")!, $"only a deprecated component has a replacement; this one is {text}");
        }
        else if (replacement is not null && knownComponents is not null && !knownComponents.Contains(replacement))
        {
            context.Error(top.Get("replacement")!, $"the replacement '{replacement}' is not a component of this design system");
        }

        return (status, replacement);
    }

    private static ComponentGuidance? ReadGuidance(YamlMapping top, YamlReadContext context)
    {
        var node = top.Get("guidance");
        if (node is null)
        {
            return null;
        }

        var map = YamlMapping.Read(node, "the guidance", context, GuidanceKeys);
        if (map is null)
        {
            return null;
        }

        var texts = GuidanceKeys.Select(key => ReadText(map, key, $"the guidance's '{key}'", context, required: key != "research")).ToArray();
        return texts.Take(4).All(t => t is not null) ? new ComponentGuidance(texts[0]!, texts[1]!, texts[2]!, texts[3]!, texts[4]) : null;
    }

    private static List<ComponentChange> ReadChangelog(YamlMapping top, YamlReadContext context)
    {
        var changes = new List<ComponentChange>();
        foreach (var (node, index) in top.GetList("changelog").Select((n, i) => (n, i)))
        {
            var map = YamlMapping.Read(node, $"changelog entry {index + 1}", context, ChangeKeys);
            if (map is null)
            {
                continue;
            }

            var version = map.GetString("version", required: true);
            if (version is not null && version != ComponentChange.Unreleased && !SemanticVersion().IsMatch(version))
            {
                context.Error(map.Get("version")!, $"the changelog version '{version}' must be a design-system version, as MAJOR.MINOR.PATCH (for example 0.2.0), or {ComponentChange.Unreleased}");
            }

            var text = ReadText(map, "text", $"the text of changelog entry {index + 1}", context, required: true);
            if (version is not null && text is not null)
            {
                changes.Add(new ComponentChange(version, text));
            }
        }

        return changes;
    }

    private static List<ComponentExample> ReadExamples(YamlMapping top, YamlReadContext context, string? directory)
    {
        var examples = new List<ComponentExample>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, index) in top.GetList("examples").Select((n, i) => (n, i)))
        {
            var map = YamlMapping.Read(node, $"example {index + 1}", context, ExampleKeys);
            if (map is null)
            {
                continue;
            }

            var id = map.GetString("id", required: true);
            if (id is not null && !ContractReader.KebabCase().IsMatch(id))
            {
                context.Error(map.Get("id")!, $"the example id '{id}' must be lowercase words joined by hyphens (for example with-hint)");
            }
            else if (id is not null && !seen.Add(id))
            {
                context.Error(map.Get("id")!, $"the example id '{id}' is used twice");
            }

            var title = ReadText(map, "title", $"the title of example {id ?? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}", context, required: true);
            var file = map.GetString("file") ?? (id is null ? null : $"examples/{id}.html");
            if (file is not null && directory is not null && !File.Exists(Path.Combine(directory, file)))
            {
                context.Error(map.Get("file") ?? map.Node, $"the example file {file} does not exist next to the component");
            }

            if (id is not null && title is not null && file is not null)
            {
                examples.Add(new ComponentExample(id, title, file));
            }
        }

        return examples;
    }

    private static LocalizedText? ReadText(YamlMapping map, string key, string what, YamlReadContext context, bool required)
    {
        var node = required ? map.Require(key) : map.Get(key);
        return node is null ? null : LocalizedTextReader.Read(node, what, context, Languages);
    }

    [GeneratedRegex("^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemanticVersion();
}
