using System.Text.RegularExpressions;
using ServiceStandard.DesignSystem.Build.Css;

namespace ServiceStandard.DesignSystem.Build.Scripts;

/// <summary>A component's script, <c>components/&lt;id&gt;/&lt;id&gt;.js</c>, and the initialiser it exports.</summary>
public sealed record ComponentScript(string Id, string Path, string ModuleName, string Initialiser);

/// <summary>
/// Finds the components' scripts for js/all.js and checks what all.js and a browser rely on: each
/// is <c>components/&lt;id&gt;/&lt;id&gt;.js</c>, declares <c>export const moduleName = 'ds-&lt;id&gt;'</c>,
/// exports <c>init&lt;Id&gt;(root)</c>, and every module of the design system imports only files that
/// exist, by relative path (a browser cannot resolve a bare name without an import map).
/// </summary>
public static partial class ComponentScripts
{
    public const string ModulePrefix = "ds-";

    /// <summary>The components' scripts in ordinal order of their ids, the order all.js initialises them in.</summary>
    public static IReadOnlyList<ComponentScript> Find(string designSystemRoot, ICollection<BuildDiagnostic> diagnostics)
    {
        var components = Path.Combine(designSystemRoot, "components");
        if (!Directory.Exists(components))
        {
            return [];
        }

        var scripts = new List<ComponentScript>();
        foreach (var relative in RelativeFiles(designSystemRoot, components, "*.js"))
        {
            var parts = relative.Split('/');
            if (parts is not ["components", var id, var file] || file != id + ".js")
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidScript, new SourceLocation(relative, 1, 1), $"{relative} is not where the build looks for a component's script (components/<id>/<id>.js, next to its component.yml), so js/all.js would leave it out: move or rename it."));
                continue;
            }

            var text = CssText.NormalizeNewlines(File.ReadAllText(Path.Combine(designSystemRoot, relative)));
            var expectedModule = ModulePrefix + id;
            var initialiser = "init" + string.Concat(id.Split('-').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
            var moduleName = ModuleNamePattern().Match(text);
            if (!moduleName.Success)
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidScript, new SourceLocation(relative, 1, 1), $"{relative} must declare export const moduleName = '{expectedModule}'; (the data-module name its elements carry)."));
                continue;
            }

            if (moduleName.Groups["name"].Value != expectedModule)
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidScript, CssText.Locate(relative, text, moduleName.Groups["name"].Index), $"moduleName is '{moduleName.Groups["name"].Value}'; the component {id} enhances data-module=\"{expectedModule}\", so write '{expectedModule}'."));
                continue;
            }

            if (!Regex.IsMatch(text, $@"^export function {initialiser}\s*\(", RegexOptions.Multiline))
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidScript, new SourceLocation(relative, 1, 1), $"{relative} must export function {initialiser}(root), which js/all.js calls for each element with data-module=\"{expectedModule}\"."));
                continue;
            }

            scripts.Add(new ComponentScript(id, relative, expectedModule, initialiser));
        }

        return scripts;
    }

    /// <summary>
    /// Checks every import of the modules under js/ and components/. <paramref name="generated"/> (js/all.js)
    /// is written by the build, so it is not checked and importing it is fine even before it exists.
    /// </summary>
    public static IEnumerable<BuildDiagnostic> CheckImports(string designSystemRoot, string generated)
    {
        var root = Path.GetFullPath(designSystemRoot);
        var files = new[] { "js", "components" }
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => RelativeFiles(root, folder, "*.js"))
            .Where(f => f != generated);
        foreach (var relative in files)
        {
            var text = CssText.NormalizeNewlines(File.ReadAllText(Path.Combine(root, relative)));
            foreach (Match import in ImportPattern().Matches(text))
            {
                var specifier = import.Groups["path"].Value;
                var location = CssText.Locate(relative, text, import.Groups["path"].Index);
                if (!specifier.StartsWith("./", StringComparison.Ordinal) && !specifier.StartsWith("../", StringComparison.Ordinal))
                {
                    yield return new BuildDiagnostic(DiagnosticCodes.InvalidScript, location, $"'{specifier}' is not a relative path; a browser cannot load it without an import map, and the design system's modules import each other as './x.js' or '../x.js'.");
                    continue;
                }

                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.Combine(root, relative))!, specifier));
                var shown = Path.GetRelativePath(root, target).Replace(Path.DirectorySeparatorChar, '/');
                if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || (!File.Exists(target) && shown != generated))
                {
                    yield return new BuildDiagnostic(DiagnosticCodes.InvalidScript, location, $"'{specifier}' points at {shown}, which does not exist in the design system, so the module would fail to load.");
                }
            }
        }
    }

    /// <summary>Files matching <paramref name="pattern"/> under <paramref name="folder"/>, relative to <paramref name="root"/> with '/', in ordinal order.</summary>
    internal static IEnumerable<string> RelativeFiles(string root, string folder, string pattern) =>
        Directory.GetFiles(folder, pattern, SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);

    [GeneratedRegex("""^export const moduleName = (?<q>['"])(?<name>[^'"]*)\k<q>;""", RegexOptions.Multiline)]
    private static partial Regex ModuleNamePattern();

    // import … from '…', import '…', export … from '…' (the static forms; the design system uses no dynamic import).
    [GeneratedRegex("""^\s*(?:import\s*(?:[\w*{$][^'";]*?\bfrom\s*)?|export\s*[*{][^'";]*?\bfrom\s*)(?<q>['"])(?<path>[^'"]+)\k<q>""", RegexOptions.Multiline)]
    private static partial Regex ImportPattern();
}
