using ServiceStandard.DesignSystem.Build.Css;

namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>The checks the build runs over the CSS sources, and the manifest and balance checks.</summary>
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

    [Fact]
    public void The_manifest_reads_imports_in_order_and_rejects_anything_else()
    {
        var diagnostics = new List<BuildDiagnostic>();
        var entries = StylesheetManifest.Read("css/index.css", "/* order */\n@import url(\"core/a.css\");\n@import 'b.css';\n.stray { color: red; }\n@import url(\"../outside.css\");\n@import url(\"b.css\");\n", diagnostics);

        Assert.Equal(["core/a.css", "b.css"], entries.Select(e => e.Path));
        Assert.Collection(
            diagnostics,
            d => Assert.Equal((4, true), (d.Location.Line, d.Message.Contains("may contain only comments and @import", StringComparison.Ordinal))),
            d => Assert.Contains("no '..'", d.Message, StringComparison.Ordinal),
            d => Assert.Contains("imported twice", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_stylesheet_missing_from_the_manifest_or_missing_on_disk_fails_the_build()
    {
        var root = Directory.CreateTempSubdirectory("ds-sources-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "tokens"));
            Directory.CreateDirectory(Path.Combine(root, "css", "components"));
            File.WriteAllText(Path.Combine(root, "package.json"), """{ "name": "x", "version": "1.0.0" }""");
            File.WriteAllText(Path.Combine(root, "tokens", "c.tokens.json"), """{ "color": { "text": { "$type": "color", "$value": "#000" } } }""");
            File.WriteAllText(Path.Combine(root, "css", "index.css"), "@import url(\"components/a.css\");\n@import url(\"components/gone.css\");\n");
            File.WriteAllText(Path.Combine(root, "css", "components", "a.css"), ".a { color: var(--ds-color-text); }\n");
            File.WriteAllText(Path.Combine(root, "css", "components", "orphan.css"), ".b { color: red; }\n");

            var result = DesignSystemBuild.Run(root);

            Assert.False(result.Succeeded);
            Assert.Empty(result.Files);
            Assert.Collection(
                result.Diagnostics,
                d => Assert.Equal((DiagnosticCodes.MissingStylesheet, 2), (d.Code, d.Location.Line)),
                d => Assert.Contains("css/components/orphan.css is not imported", d.Message, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_small_design_system_builds_its_four_files_with_its_own_version()
    {
        var root = Directory.CreateTempSubdirectory("ds-sources-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "tokens"));
            Directory.CreateDirectory(Path.Combine(root, "css"));
            File.WriteAllText(Path.Combine(root, "package.json"), """{ "name": "x", "version": "2.3.4-beta.1" }""");
            File.WriteAllText(Path.Combine(root, "tokens", "c.tokens.json"), """{ "color": { "text": { "$type": "color", "$value": "#000" } } }""");
            File.WriteAllText(Path.Combine(root, "css", "index.css"), "@import url(\"a.css\");\r\n");
            File.WriteAllText(Path.Combine(root, "css", "a.css"), "/* A */\r\n.a {\r\n  color: var(--ds-color-text);\r\n}\r\n");

            var result = DesignSystemBuild.Run(root);

            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.Equal(
                "/*! ServiceStandard Design System v2.3.4-beta.1 */\n" + Output.TokensCssWriter.GeneratedNotice + "\n:root {\n  --ds-color-text: #000000;\n}\n\n/* css/a.css */\n/* A */\n.a {\n  color: var(--ds-color-text);\n}\n",
                result["ds.css"]);
            Assert.Equal("/*! ServiceStandard Design System v2.3.4-beta.1 */\n:root{--ds-color-text:#000000}.a{color:var(--ds-color-text)}\n", result["ds.min.css"]);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
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
