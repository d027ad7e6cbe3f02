using ServiceStandard.DesignSystem.Build.Output;
using ServiceStandard.Kernel.Yaml;

namespace ServiceStandard.DesignSystem.Build.Css;

/// <summary>
/// <c>stylesheets.yml</c>: the order of the stylesheets in ds.css, declared once as data. Paths are
/// relative to the design system folder: shared stylesheets under <c>css/</c>, and a component's
/// stylesheet in its own folder as <c>components/&lt;id&gt;/&lt;id&gt;.css</c>. css/index.css is
/// written from this list, so neither it nor ds.css is ordered by hand anywhere else.
/// </summary>
public static class StylesheetList
{
    public const string FileName = "stylesheets.yml";
    public const string Key = "stylesheets";

    public sealed record Entry(string Path, SourceLocation Location);

    public static IReadOnlyList<Entry> Read(string displayFile, string text, ICollection<BuildDiagnostic> diagnostics)
    {
        var (root, syntaxError) = YamlDocumentParser.Parse(text, displayFile);
        if (syntaxError is not null || root is null)
        {
            var location = syntaxError?.Location ?? new Kernel.Diagnostics.SourceLocation(displayFile, 1, 1);
            diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidManifest, new SourceLocation(location.File, location.Line, location.Column), syntaxError?.Message ?? "the file is empty"));
            return [];
        }

        var context = new YamlReadContext(displayFile);
        var entries = new List<Entry>();
        var mapping = YamlMapping.Read(root, displayFile, context, [Key]);
        foreach (var item in mapping?.GetList(Key, required: true) ?? [])
        {
            var path = YamlMapping.ReadString(item, $"an item of '{Key}'", context);
            if (path is null)
            {
                continue;
            }

            var located = context.Locate(item);
            var location = new SourceLocation(located.File, located.Line, located.Column);
            if (Problem(path) is { } problem)
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidManifest, location, $"\"{path}\" {problem}"));
                continue;
            }

            if (entries.Any(e => e.Path == path))
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidManifest, location, $"\"{path}\" is listed twice; each stylesheet goes into ds.css once."));
                continue;
            }

            entries.Add(new Entry(path, location));
        }

        foreach (var diagnostic in context.SortedDiagnostics())
        {
            diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidManifest, new SourceLocation(diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column), diagnostic.Message));
        }

        return entries;
    }

    /// <summary>Whether <paramref name="path"/> (relative to the design system folder, '/') is where a component's stylesheet belongs.</summary>
    public static bool IsComponentStylesheet(string path)
    {
        var parts = path.Split('/');
        return parts is ["components", var id, var file] && id.Length > 0 && file == id + ".css";
    }

    /// <summary>Why <paramref name="path"/> cannot be an entry, or null when it can.</summary>
    private static string? Problem(string path)
    {
        if (path.Length == 0 || path.StartsWith('/') || path.Contains("..", StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal) || !path.EndsWith(".css", StringComparison.Ordinal))
        {
            return "must be a relative path to a .css file, with '/' separators and no '..'.";
        }

        if (path.StartsWith("components/", StringComparison.Ordinal))
        {
            return IsComponentStylesheet(path) ? null : "is not where a component's stylesheet goes: components/<id>/<id>.css, next to its component.yml.";
        }

        return path.StartsWith("css/", StringComparison.Ordinal) && path != StylesheetIndexWriter.RelativePath
            ? null
            : $"must be under css/ (not css/{StylesheetIndexWriter.FileName}, which the build writes) or be a component's components/<id>/<id>.css.";
    }
}
