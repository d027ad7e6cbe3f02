using System.Text.RegularExpressions;
using ServiceStandard.Kernel;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Kernel.Yaml;
using YamlDotNet.RepresentationModel;

namespace ServiceStandard.DesignSystem.Docs.Patterns;

/// <summary>One section of a pattern's guidance: its anchor, heading and text (paragraphs split on blank lines).</summary>
public sealed record PatternSection(string Id, LocalizedText Heading, LocalizedText Text);

/// <summary>An example page of a pattern, built from the design system's components: examples/&lt;id&gt;.html next to pattern.yml.</summary>
public sealed record PatternExample(string Id, LocalizedText Title, string File);

/// <summary>
/// A pattern (designsystem/patterns/&lt;id&gt;/pattern.yml): how to solve a problem services share
/// (ask for a name, check answers, a cookies page) with the components, in en and es, with
/// examples and the components it uses.
/// </summary>
public sealed record PatternDefinition(
    string Id,
    LocalizedText Name,
    LocalizedText Summary,
    IReadOnlyList<PatternSection> Sections,
    IReadOnlyList<PatternExample> Examples,
    IReadOnlyList<string> Components,
    string SourcePath)
{
    public string ExamplePath(PatternExample example) => Path.Combine(Path.GetDirectoryName(SourcePath)!, example.File);
}

/// <summary>Reads every pattern folder; every problem is located (file:line:column), all at once.</summary>
public static partial class PatternLibrary
{
    public const string FileName = "pattern.yml";
    private const int CurrentSchemaVersion = 1;
    private static readonly string[] TopLevelKeys = ["schemaVersion", "id", "name", "summary", "sections", "examples", "components"];
    private static readonly string[] SectionKeys = ["id", "heading", "text"];
    private static readonly string[] ExampleKeys = ["id", "title"];
    private static readonly LanguageSettings Languages = new("en", ["en", "es"]);

    /// <summary>The patterns in <paramref name="directory"/> (one folder each), in order of id; none when the folder does not exist.</summary>
    /// <param name="knownComponents">The design system's component ids, which a pattern's components must be.</param>
    public static (IReadOnlyList<PatternDefinition> Patterns, IReadOnlyList<Diagnostic> Diagnostics) Load(string directory, IReadOnlySet<string> knownComponents)
    {
        var patterns = new List<PatternDefinition>();
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(directory))
        {
            return (patterns, diagnostics);
        }

        foreach (var folder in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, FileName);
            if (!File.Exists(path))
            {
                diagnostics.Add(Diagnostic.Error(new SourceLocation(folder, 1, 1), $"the pattern folder has no {FileName}"));
                continue;
            }

            var (pattern, found) = Parse(File.ReadAllText(path), path, knownComponents);
            diagnostics.AddRange(found);
            if (pattern is not null)
            {
                patterns.Add(pattern);
            }
        }

        return (patterns, diagnostics);
    }

    public static (PatternDefinition? Pattern, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, string path, IReadOnlySet<string> knownComponents)
    {
        var (root, syntaxError) = YamlDocumentParser.Parse(text, path);
        if (root is null)
        {
            return (null, [syntaxError!]);
        }

        var context = new YamlReadContext(path);
        var pattern = Read(root, context, path, knownComponents);
        return (context.HasErrors ? null : pattern, context.SortedDiagnostics());
    }

    private static PatternDefinition? Read(YamlNode root, YamlReadContext context, string path, IReadOnlySet<string> knownComponents)
    {
        var top = YamlMapping.Read(root, "the pattern", context, TopLevelKeys);
        if (top is null)
        {
            return null;
        }

        var version = top.GetInt("schemaVersion", required: true);
        if (version is not null and not CurrentSchemaVersion)
        {
            context.Error(top.Get("schemaVersion")!, $"schemaVersion {version} is not supported; this version of ServiceStandard reads schemaVersion {CurrentSchemaVersion}");
        }

        var id = top.GetString("id", required: true);
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
        if (id is not null && !KebabCase().IsMatch(id))
        {
            context.Error(top.Get("id")!, $"the pattern id '{id}' must be lowercase words joined by hyphens (for example check-answers)");
        }
        else if (id is not null && id != folder)
        {
            context.Error(top.Get("id")!, $"the pattern id '{id}' must be the name of its folder ('{folder}')");
        }

        var name = Text(top, "name", "the pattern's name", context);
        var summary = Text(top, "summary", "the pattern's summary", context);
        var sections = new List<PatternSection>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, index) in top.GetList("sections", required: true).Select((n, i) => (n, i + 1)))
        {
            var map = YamlMapping.Read(node, $"section {index}", context, SectionKeys);
            var sectionId = map?.GetString("id", required: true);
            if (map is null || sectionId is null)
            {
                continue;
            }

            if (!KebabCase().IsMatch(sectionId) || !ids.Add(sectionId))
            {
                context.Error(map.Get("id")!, $"the section id '{sectionId}' must be kebab-case and used once in the pattern");
            }

            var heading = Text(map, "heading", $"the heading of section {sectionId}", context);
            var body = Text(map, "text", $"the text of section {sectionId}", context);
            if (heading is not null && body is not null)
            {
                sections.Add(new PatternSection(sectionId, heading, body));
            }
        }

        var examples = new List<PatternExample>();
        foreach (var (node, index) in top.GetList("examples").Select((n, i) => (n, i + 1)))
        {
            var map = YamlMapping.Read(node, $"example {index}", context, ExampleKeys);
            var exampleId = map?.GetString("id", required: true);
            if (map is null || exampleId is null)
            {
                continue;
            }

            if (!KebabCase().IsMatch(exampleId) || examples.Any(e => e.Id == exampleId))
            {
                context.Error(map.Get("id")!, $"the example id '{exampleId}' must be kebab-case and used once in the pattern");
            }

            var file = $"examples/{exampleId}.html";
            if (!File.Exists(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, file)))
            {
                context.Error(map.Get("id")!, $"the example file {file} does not exist next to the pattern");
            }

            var title = Text(map, "title", $"the title of example {exampleId}", context);
            if (title is not null)
            {
                examples.Add(new PatternExample(exampleId, title, file));
            }
        }

        var components = top.GetStringList("components");
        foreach (var (component, node) in components.Zip(top.GetList("components")))
        {
            if (!knownComponents.Contains(component))
            {
                context.Error(node, $"'{component}' is not a component of the design system");
            }
        }

        return id is null || name is null || summary is null
            ? null
            : new PatternDefinition(id, name, summary, sections, examples, components, path);
    }

    /// <summary>A text in English and Spanish: the docs site is written in both.</summary>
    private static LocalizedText? Text(YamlMapping map, string key, string what, YamlReadContext context)
    {
        var node = map.Require(key);
        if (node is null)
        {
            return null;
        }

        var text = LocalizedTextReader.Read(node, what, context, Languages);
        if (text is not null && (!text.Has("en") || !text.Has("es")))
        {
            context.Error(node, $"{what} must be written in en and es");
            return null;
        }

        return text;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
