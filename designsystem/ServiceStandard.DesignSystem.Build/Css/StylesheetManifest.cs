using System.Text.RegularExpressions;

namespace ServiceStandard.DesignSystem.Build.Css;

/// <summary>
/// <c>css/index.css</c>: the declared order of the stylesheets in ds.css, written as CSS
/// <c>@import</c> rules so the file also works as-is in a browser during development. It may hold
/// only comments and <c>@import url("relative/path.css");</c> (or <c>@import "relative/path.css";</c>).
/// </summary>
public static partial class StylesheetManifest
{
    public const string FileName = "index.css";

    public sealed record Entry(string Path, SourceLocation Location);

    public static IReadOnlyList<Entry> Read(string displayFile, string text, ICollection<BuildDiagnostic> diagnostics)
    {
        var blank = CssText.Blank(text);
        var entries = new List<Entry>();
        var position = 0;
        foreach (Match match in ImportPattern().Matches(blank))
        {
            ReportStray(displayFile, text, blank, position, match.Index, diagnostics);
            position = match.Index + match.Length;

            // The path is read from the original text: Blank() emptied the string's inside.
            var quoted = text.Substring(match.Groups["path"].Index - 1, match.Groups["path"].Length + 2);
            var path = quoted[1..^1];
            var location = CssText.Locate(displayFile, text, match.Index);
            if (path.Length == 0 || path.StartsWith('/') || path.Contains("..", StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal) || !path.EndsWith(".css", StringComparison.Ordinal))
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidManifest, location, $"\"{path}\" must be a relative path to a .css file inside css/, with '/' separators and no '..'."));
                continue;
            }

            if (entries.Any(e => e.Path == path))
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidManifest, location, $"\"{path}\" is imported twice; each stylesheet goes into ds.css once."));
                continue;
            }

            entries.Add(new Entry(path, location));
        }

        ReportStray(displayFile, text, blank, position, blank.Length, diagnostics);
        return entries;
    }

    private static void ReportStray(string file, string text, string blank, int from, int to, ICollection<BuildDiagnostic> diagnostics)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(blank[i]))
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidManifest, CssText.Locate(file, text, i), $"{FileName} may contain only comments and @import url(\"path.css\"); rules, in the order of ds.css."));
                return;
            }
        }
    }

    // Matched against blanked text: the quotes remain, their inside is spaces of the same length.
    [GeneratedRegex("""@import\s+(?:url\(\s*(?<q>["'])(?<path>[^"']*)\k<q>\s*\)|(?<q>["'])(?<path>[^"']*)\k<q>)\s*;""")]
    private static partial Regex ImportPattern();
}
