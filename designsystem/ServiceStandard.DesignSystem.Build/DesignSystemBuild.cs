using System.Text;
using ServiceStandard.DesignSystem.Build.Css;
using ServiceStandard.DesignSystem.Build.Output;
using ServiceStandard.DesignSystem.Build.Package;
using ServiceStandard.DesignSystem.Build.Scripts;
using ServiceStandard.DesignSystem.Build.Tokens;

namespace ServiceStandard.DesignSystem.Build;

/// <summary>A file the build produces, named with '/' relative to where it is written (the output folder, or the design system folder for a generated source).</summary>
public sealed record BuildFile(string Name, string Content);

/// <summary>
/// What one build produced: the distributable files (<see cref="Files"/>, named relative to the
/// output folder), the sources it generates (<see cref="Generated"/>, named relative to the design
/// system folder: css/index.css and js/all.js), or, when <see cref="Diagnostics"/> is not empty,
/// the reasons it could not.
/// </summary>
public sealed record BuildResult(PackageManifest? Package, TokenSet? Tokens, IReadOnlyList<BuildFile> Files, IReadOnlyList<BuildFile> Generated, IReadOnlyList<BuildDiagnostic> Diagnostics)
{
    public bool Succeeded => Diagnostics.Count == 0;

    public string this[string name] => Files.Single(f => f.Name == name).Content;

    /// <summary>Writes every file into <paramref name="directory"/> as UTF-8 without a byte order mark, LF line endings.</summary>
    public void WriteTo(string directory) => Write(Files, directory);

    /// <summary>The names of the files in <paramref name="directory"/> that are missing or differ from this build.</summary>
    public IReadOnlyList<string> StaleFilesIn(string directory) => Stale(Files, directory);

    /// <summary>Writes the generated sources into the design system folder <paramref name="root"/>; a file already up to date is not touched.</summary>
    public void WriteGeneratedTo(string root) => Write(Generated.Where(f => Stale([f], root).Count > 0), root);

    /// <summary>The generated sources (relative to <paramref name="root"/>) that are missing or differ from this build.</summary>
    public IReadOnlyList<string> StaleGeneratedIn(string root) => Stale(Generated, root);

    private static void Write(IEnumerable<BuildFile> files, string directory)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(directory, file.Name.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content, new UTF8Encoding(false));
        }
    }

    private static List<string> Stale(IEnumerable<BuildFile> files, string directory) => files
        .Where(f =>
        {
            var path = Path.Combine(directory, f.Name.Replace('/', Path.DirectorySeparatorChar));
            return !File.Exists(path) || File.ReadAllText(path) != f.Content;
        })
        .Select(f => f.Name)
        .ToList();
}

/// <summary>
/// The design system build: designsystem/{package.json, tokens/, stylesheets.yml and the stylesheets
/// it lists, components/*/*.js} in; four distributable files and two generated sources
/// (css/index.css, js/all.js) out. Pure apart from reading the sources: same sources, same bytes
/// (no dates, no machine paths, invariant culture, files in ordinal name order).
/// </summary>
public static class DesignSystemBuild
{
    public const string TokensCss = "tokens.css";
    public const string TokensJson = "tokens.json";
    public const string DsCss = "ds.css";
    public const string DsMinCss = "ds.min.css";
    public const string DistFolder = "dist";

    /// <summary>The command that rebuilds dist/ and the generated sources, quoted wherever they are stale.</summary>
    public const string RegenerateCommand = "dotnet run --project designsystem/ServiceStandard.DesignSystem.Build";

    public static BuildResult Run(string designSystemRoot)
    {
        var diagnostics = new List<BuildDiagnostic>();
        var packagePath = Path.Combine(designSystemRoot, PackageManifest.FileName);
        var package = File.Exists(packagePath)
            ? PackageManifest.Read(PackageManifest.FileName, File.ReadAllText(packagePath), diagnostics)
            : Missing(PackageManifest.FileName, diagnostics);

        var tokensResult = TokenLoader.LoadDirectory(Path.Combine(designSystemRoot, "tokens"));
        diagnostics.AddRange(tokensResult.Diagnostics);
        var tokens = tokensResult.Tokens;

        var (entries, stylesheets) = ReadStylesheets(designSystemRoot, diagnostics);
        if (tokens is not null)
        {
            var defined = tokens.Tokens.Select(t => t.CssVariable).ToHashSet(StringComparer.Ordinal);
            var breakpoints = tokens.Tokens
                .Where(t => t.Path.StartsWith(TokenLoader.BreakpointGroup + ".", StringComparison.Ordinal))
                .Select(t => t.Value.ToCss())
                .ToList();
            foreach (var (file, css) in stylesheets)
            {
                diagnostics.AddRange(StylesheetRules.Check(file, css, defined, breakpoints));
            }
        }

        var scripts = ComponentScripts.Find(designSystemRoot, diagnostics);
        diagnostics.AddRange(ComponentScripts.CheckImports(designSystemRoot, ScriptIndexWriter.RelativePath));
        if (!File.Exists(Path.Combine(designSystemRoot, ScriptIndexWriter.InitModulesPath)))
        {
            diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidScript, new SourceLocation(ScriptIndexWriter.InitModulesPath, 1, 1), $"{ScriptIndexWriter.InitModulesPath} is missing: the generated {ScriptIndexWriter.RelativePath} imports initModules from it."));
        }

        if (diagnostics.Count > 0 || package is null || tokens is null)
        {
            return new BuildResult(package, tokens, [], [], diagnostics);
        }

        var tokensCss = TokensCssWriter.Write(tokens, package.Version);
        var dsCss = new StringBuilder()
            .Append(Banner.For(package.Version)).Append('\n')
            .Append(TokensCssWriter.WriteBody(tokens));
        foreach (var (file, css) in stylesheets)
        {
            dsCss.Append('\n').Append("/* ").Append(file).Append(" */\n").Append(css.TrimEnd('\n')).Append('\n');
        }

        var ds = dsCss.ToString();
        return new BuildResult(
            package,
            tokens,
            [
                new BuildFile(TokensCss, tokensCss),
                new BuildFile(TokensJson, TokensJsonWriter.Write(tokens, package.Name, package.Version)),
                new BuildFile(DsCss, ds),
                new BuildFile(DsMinCss, CssMinifier.Minify(ds)),
            ],
            [
                new BuildFile(StylesheetIndexWriter.RelativePath, StylesheetIndexWriter.Write(entries)),
                new BuildFile(ScriptIndexWriter.RelativePath, ScriptIndexWriter.Write(scripts)),
            ],
            []);
    }

    /// <summary>
    /// The stylesheets stylesheets.yml lists, in its order, as (path relative to the design system
    /// folder, shown in diagnostics and in ds.css; text with LF line endings).
    /// </summary>
    private static (IReadOnlyList<StylesheetList.Entry> Entries, List<(string File, string Css)> Stylesheets) ReadStylesheets(string root, List<BuildDiagnostic> diagnostics)
    {
        var listPath = Path.Combine(root, StylesheetList.FileName);
        if (!File.Exists(listPath))
        {
            diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidManifest, new SourceLocation(StylesheetList.FileName, 1, 1), $"{StylesheetList.FileName} is missing: it lists the stylesheets of ds.css in their order."));
            return ([], []);
        }

        var before = diagnostics.Count;
        var entries = StylesheetList.Read(StylesheetList.FileName, CssText.NormalizeNewlines(File.ReadAllText(listPath)), diagnostics);
        var listRead = diagnostics.Count == before;
        var result = new List<(string, string)>();
        foreach (var entry in entries)
        {
            var path = Path.Combine(root, entry.Path.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(path))
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.MissingStylesheet, entry.Location, $"{entry.Path} does not exist; list only stylesheets that are there."));
                continue;
            }

            var css = CssText.NormalizeNewlines(File.ReadAllText(path));
            diagnostics.AddRange(CssText.CheckBalance(entry.Path, css));
            result.Add((entry.Path, css));
        }

        // A stylesheet nobody lists is a component silently missing from ds.css. (When the list
        // itself could not be read, every file would look unlisted: its errors say enough.)
        if (!listRead)
        {
            return (entries, result);
        }

        var listed = entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var unlisted = new[] { "css", "components" }
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => ComponentScripts.RelativeFiles(root, folder, "*.css"))
            .Where(p => p != StylesheetIndexWriter.RelativePath && !listed.Contains(p))
            .Order(StringComparer.Ordinal);
        foreach (var orphan in unlisted)
        {
            diagnostics.Add(orphan.StartsWith("components/", StringComparison.Ordinal) && !StylesheetList.IsComponentStylesheet(orphan)
                ? new BuildDiagnostic(DiagnosticCodes.InvalidManifest, new SourceLocation(orphan, 1, 1), $"{orphan} is not where a component's stylesheet goes (components/<id>/<id>.css, next to its component.yml), so it cannot be part of ds.css: move or rename it.")
                : new BuildDiagnostic(DiagnosticCodes.InvalidManifest, new SourceLocation(StylesheetList.FileName, 1, 1), $"{orphan} is not listed in {StylesheetList.FileName}, so it would be left out of ds.css: add it in its place in the order."));
        }

        return (entries, result);
    }

    private static PackageManifest? Missing(string file, List<BuildDiagnostic> diagnostics)
    {
        diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidPackage, new SourceLocation(file, 1, 1), $"{file} is missing."));
        return null;
    }
}
