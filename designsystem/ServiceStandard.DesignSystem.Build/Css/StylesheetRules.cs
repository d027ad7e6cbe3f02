using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceStandard.DesignSystem.Build.Css;

/// <summary>
/// What the design system's own CSS sources must respect, checked at build time so a mistake is
/// reported with its file, line and column rather than discovered in a browser:
/// every <c>var(--ds-…)</c> is a token, only tokens define <c>--ds-</c> properties, and every
/// <c>min-width</c>/<c>max-width</c> media query uses a breakpoint token (custom properties cannot
/// be used in media queries, so the value is written out and checked here).
/// </summary>
public static partial class StylesheetRules
{
    public const string UndefinedVariable = DiagnosticCodes.UndefinedVariable;
    public const string OwnCustomProperty = DiagnosticCodes.OwnCustomProperty;
    public const string UnknownBreakpoint = DiagnosticCodes.UnknownBreakpoint;

    /// <summary>Each <c>var(--ds-…)</c> reference in <paramref name="css"/>, with its offset.</summary>
    public static IEnumerable<(string Name, int Offset)> VariableReferences(string css) =>
        VarPattern().Matches(CssText.Blank(css)).Select(m => (m.Groups["name"].Value, m.Groups["name"].Index));

    public static IEnumerable<BuildDiagnostic> Check(string file, string css, IReadOnlySet<string> definedVariables, IReadOnlyCollection<string> breakpointWidths)
    {
        var blank = CssText.Blank(css);
        foreach (var (name, offset) in VariableReferences(css))
        {
            if (!definedVariables.Contains(name))
            {
                yield return new BuildDiagnostic(UndefinedVariable, CssText.Locate(file, css, offset), $"{name} is not defined by any token; tokens.css defines the --ds- custom properties (see tokens/*.tokens.json).");
            }
        }

        foreach (Match match in DefinitionPattern().Matches(blank))
        {
            yield return new BuildDiagnostic(OwnCustomProperty, CssText.Locate(file, css, match.Groups["name"].Index), $"{match.Groups["name"].Value} is defined in a stylesheet; --ds- custom properties come only from tokens, so that tokens.json describes them all.");
        }

        foreach (Match media in MediaPattern().Matches(blank))
        {
            foreach (Match width in WidthPattern().Matches(media.Value))
            {
                var value = width.Groups["value"].Value;
                if (!breakpointWidths.Contains(value))
                {
                    yield return new BuildDiagnostic(UnknownBreakpoint, CssText.Locate(file, css, media.Index + width.Index), $"the media query uses {width.Value.Trim()}, which is not a breakpoint token ({string.Join(", ", breakpointWidths)}); the layout must change at the design system's breakpoints.");
                }
            }
        }
    }

    public static string Format(double value, string unit) => value.ToString("0.####", CultureInfo.InvariantCulture) + unit;

    [GeneratedRegex(@"var\(\s*(?<name>--ds-[A-Za-z0-9_-]*)")]
    private static partial Regex VarPattern();

    [GeneratedRegex(@"(?<=[{;]\s*)(?<name>--ds-[A-Za-z0-9_-]*)\s*:")]
    private static partial Regex DefinitionPattern();

    [GeneratedRegex(@"@media[^{]*")]
    private static partial Regex MediaPattern();

    [GeneratedRegex(@"(?:min|max)-width\s*:\s*(?<value>[0-9.]+[a-z%]*)")]
    private static partial Regex WidthPattern();
}
