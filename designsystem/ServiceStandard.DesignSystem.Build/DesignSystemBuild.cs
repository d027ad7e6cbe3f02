using System.Text;
using ServiceStandard.DesignSystem.Build.Css;
using ServiceStandard.DesignSystem.Build.Output;
using ServiceStandard.DesignSystem.Build.Package;
using ServiceStandard.DesignSystem.Build.Tokens;

namespace ServiceStandard.DesignSystem.Build;

/// <summary>A file the build produces, named relative to the output folder.</summary>
public sealed record BuildFile(string Name, string Content);

/// <summary>What one build produced: the files, or (when <see cref="Diagnostics"/> is not empty) the reasons it could not.</summary>
public sealed record BuildResult(PackageManifest? Package, TokenSet? Tokens, IReadOnlyList<BuildFile> Files, IReadOnlyList<BuildDiagnostic> Diagnostics)
{
    public bool Succeeded => Diagnostics.Count == 0;

    public string this[string name] => Files.Single(f => f.Name == name).Content;

    /// <summary>Writes every file into <paramref name="directory"/> as UTF-8 without a byte order mark, LF line endings.</summary>
    public void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var file in Files)
        {
            File.WriteAllText(Path.Combine(directory, file.Name), file.Content, new UTF8Encoding(false));
        }
    }

    /// <summary>The names of the files in <paramref name="directory"/> that are missing or differ from this build.</summary>
    public IReadOnlyList<string> StaleFilesIn(string directory) => Files
        .Where(f =>
        {
            var path = Path.Combine(directory, f.Name);
            return !File.Exists(path) || File.ReadAllText(path) != f.Content;
        })
        .Select(f => f.Name)
        .ToList();
}

/// <summary>
/// The design system build: designsystem/{package.json, tokens/, css/} in, four files out.
/// Pure apart from reading the sources: same sources, same bytes (no dates, no machine paths,
/// invariant culture, files in ordinal name order).
/// </summary>
public static class DesignSystemBuild
{
    public const string TokensCss = "tokens.css";
    public const string TokensJson = "tokens.json";
    public const string DsCss = "ds.css";
    public const string DsMinCss = "ds.min.css";
    public const string DistFolder = "dist";

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

        var stylesheets = ReadStylesheets(Path.Combine(designSystemRoot, "css"), diagnostics);
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

        if (diagnostics.Count > 0 || package is null || tokens is null)
        {
            return new BuildResult(package, tokens, [], diagnostics);
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
        return new BuildResult(package, tokens, [
            new BuildFile(TokensCss, tokensCss),
            new BuildFile(TokensJson, TokensJsonWriter.Write(tokens, package.Name, package.Version)),
            new BuildFile(DsCss, ds),
            new BuildFile(DsMinCss, CssMinifier.Minify(ds)),
        ], []);
    }

    /// <summary>The stylesheets css/index.css lists, in its order, as (path shown in diagnostics, text with LF line endings).</summary>
    private static List<(string File, string Css)> ReadStylesheets(string cssDirectory, List<BuildDiagnostic> diagnostics)
    {
        var manifestPath = Path.Combine(cssDirectory, StylesheetManifest.FileName);
        var manifestDisplay = "css/" + StylesheetManifest.FileName;
        if (!File.Exists(manifestPath))
        {
            Missing(manifestDisplay, diagnostics);
            return [];
        }

        var manifestText = CssText.NormalizeNewlines(File.ReadAllText(manifestPath));
        var entries = StylesheetManifest.Read(manifestDisplay, manifestText, diagnostics);
        var result = new List<(string, string)>();
        foreach (var entry in entries)
        {
            var path = Path.Combine(cssDirectory, entry.Path.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(path))
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.MissingStylesheet, entry.Location, $"css/{entry.Path} does not exist."));
                continue;
            }

            var display = "css/" + entry.Path;
            var css = CssText.NormalizeNewlines(File.ReadAllText(path));
            diagnostics.AddRange(CssText.CheckBalance(display, css));
            result.Add((display, css));
        }

        // A stylesheet nobody imports is a component silently missing from ds.css.
        var listed = entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in Directory.GetFiles(cssDirectory, "*.css", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(cssDirectory, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => p != StylesheetManifest.FileName && !listed.Contains(p))
            .Order(StringComparer.Ordinal))
        {
            diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidManifest, new SourceLocation(manifestDisplay, 1, 1), $"css/{orphan} is not imported by {StylesheetManifest.FileName}, so it would be left out of ds.css: add it in its place in the order."));
        }

        return result;
    }

    private static PackageManifest? Missing(string file, List<BuildDiagnostic> diagnostics)
    {
        diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidPackage, new SourceLocation(file, 1, 1), $"{file} is missing."));
        return null;
    }
}
