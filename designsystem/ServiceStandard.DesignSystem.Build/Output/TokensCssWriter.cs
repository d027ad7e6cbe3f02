using System.Globalization;
using System.Text;
using ServiceStandard.DesignSystem.Build.Tokens;

namespace ServiceStandard.DesignSystem.Build.Output;

/// <summary>
/// Writes tokens as CSS custom properties on <c>:root</c>, values resolved. A token with
/// responsive values is redefined inside a <c>min-width</c> media query per breakpoint, smallest
/// first, so components use one variable (<c>var(--ds-font-size-24)</c>) and it grows with the screen.
/// </summary>
public static class TokensCssWriter
{
    public const string GeneratedNotice = "/* Design tokens, generated from designsystem/tokens/*.tokens.json by ServiceStandard.DesignSystem.Build: do not edit. */";

    /// <summary>The custom properties without the banner, as ds.css embeds them.</summary>
    public static string WriteBody(TokenSet tokens)
    {
        var css = new StringBuilder();
        css.Append(GeneratedNotice).Append('\n');
        css.Append(":root {\n");
        foreach (var token in tokens.Tokens)
        {
            css.Append("  ").Append(token.CssVariable).Append(": ").Append(token.Value.ToCss()).Append(";\n");
        }

        css.Append("}\n");

        var breakpoints = tokens.Tokens
            .SelectMany(t => t.Responsive.Keys)
            .Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, Width: BreakpointWidth(tokens, name)))
            .OrderBy(b => b.Width.Unit, StringComparer.Ordinal)
            .ThenBy(b => b.Width.Value)
            .ToList();
        foreach (var breakpoint in breakpoints)
        {
            css.Append('\n').Append(CultureInfo.InvariantCulture, $"@media (min-width: {breakpoint.Width.ToCss()}) {{\n");
            css.Append("  :root {\n");
            foreach (var token in tokens.Tokens.Where(t => t.Responsive.ContainsKey(breakpoint.Name)))
            {
                css.Append("    ").Append(token.CssVariable).Append(": ").Append(token.Responsive[breakpoint.Name].ToCss()).Append(";\n");
            }

            css.Append("  }\n}\n");
        }

        return css.ToString();
    }

    public static string Write(TokenSet tokens, string version) => Banner.For(version) + "\n" + WriteBody(tokens);

    private static DimensionValue BreakpointWidth(TokenSet tokens, string name) =>
        (DimensionValue)tokens[TokenLoader.BreakpointGroup + "." + name].Value;
}
