using ServiceStandard.DesignSystem.Build.Css;

namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>The checks the build runs over the CSS sources, the balance checks and package.json (stylesheets.yml: <see cref="StylesheetListTests"/>).</summary>
public sealed class StylesheetRulesTests
{
    private static readonly HashSet<string> Defined = new(StringComparer.Ordinal) { "--ds-color-text", "--ds-space-1" };
    private static readonly string[] Breakpoints = ["320px", "641px", "769px"];

    private static List<BuildDiagnostic> Check(string css) => StylesheetRules.Check("css/x.css", css, Defined, Breakpoints).ToList();

    [Fact]
    public void An_undefined_variable_is_located()
    {
        var error = Assert.Single(Check(".a {\n  color: var(--ds-color-text);\n  margin: var(--ds-space-11);\n}\n"));

        Assert.Equal(StylesheetRules.UndefinedVariable, error.Code);
        Assert.Equal(new SourceLocation("css/x.css", 3, 15), error.Location);
        Assert.Contains("--ds-space-11", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variables_in_comments_and_strings_are_not_references()
    {
        Assert.Empty(Check("/* var(--ds-nothing) */ .a::after { content: \"var(--ds-nothing)\"; color: var( --ds-color-text, red); }"));
    }

    [Fact]
    public void A_stylesheet_must_not_define_ds_custom_properties()
    {
        var error = Assert.Single(Check(".a {\n  --ds-color-text: red;\n}"));

        Assert.Equal(StylesheetRules.OwnCustomProperty, error.Code);
        Assert.Equal(2, error.Location.Line);
    }

    [Theory]
    [InlineData("@media (min-width: 641px) { .a { color: red; } }", 0)]
    [InlineData("@media (min-width: 700px) { .a { color: red; } }", 1)]
    [InlineData("@media screen and (max-width: 40em) { .a { color: red; } }", 1)]
    [InlineData("@media print { .a { color: red; } }", 0)]
    [InlineData("@media (prefers-reduced-motion: reduce) { .a { color: red; } }", 0)]
    public void Media_query_widths_must_be_breakpoint_tokens(string css, int errors)
    {
        var found = Check(css);

        Assert.Equal(errors, found.Count);
        Assert.All(found, d => Assert.Equal(StylesheetRules.UnknownBreakpoint, d.Code));
    }

    [Theory]
    [InlineData(".a { color: red; ", "never closed: '}'", 1, 4)]
    [InlineData(".a { color: red; }}", "unexpected '}'", 1, 19)]
    [InlineData(".a { width: calc(1px + (2px); }", "expected ')' first", 1, 31)]
    [InlineData(".a { content: \"open; }", "not closed on its line", 1, 15)]
    [InlineData(".a { color: red; } /* note", "never closed with */", 1, 20)]
    public void Unbalanced_css_is_located(string css, string reason, int line, int column)
    {
        var error = Assert.Single(CssText.CheckBalance("css/x.css", css));

        Assert.Equal(DiagnosticCodes.UnbalancedCss, error.Code);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("css/x.css", line, column), error.Location);
    }

    [Fact]
    public void Balanced_css_with_braces_in_strings_and_comments_passes()
    {
        Assert.Empty(CssText.CheckBalance("x.css", ".a::after { content: \"}{)(\"; } /* } */ .b[data-x='{'] { color: red; }"));
    }

    [Theory]
    [InlineData("{ \"name\": \"x\" }", "needs a \"version\"")]
    [InlineData("{ \"name\": \"x\", \"version\": \"1.0\" }", "semantic versioning")]
    [InlineData("{ \"version\": \"1.0.0\" }", "needs a \"name\"")]
    public void Package_json_must_name_a_semantic_version(string json, string reason)
    {
        var diagnostics = new List<BuildDiagnostic>();

        var manifest = Package.PackageManifest.Read("package.json", json, diagnostics);

        Assert.Null(manifest);
        Assert.Contains(diagnostics, d => d.Message.Contains(reason, StringComparison.Ordinal));
    }
}
