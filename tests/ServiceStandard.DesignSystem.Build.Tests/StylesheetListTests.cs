using ServiceStandard.DesignSystem.Build.Css;

namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>
/// stylesheets.yml, the one declared order of ds.css: how it is read, and every mistake in it or
/// beside it reported with the file and line to fix, never an exception.
/// </summary>
public sealed class StylesheetListTests
{
    private static (IReadOnlyList<StylesheetList.Entry> Entries, List<BuildDiagnostic> Diagnostics) Read(string yaml)
    {
        var diagnostics = new List<BuildDiagnostic>();
        return (StylesheetList.Read("stylesheets.yml", yaml, diagnostics), diagnostics);
    }

    [Fact]
    public void The_list_reads_paths_in_order_with_their_lines()
    {
        var (entries, diagnostics) = Read("# order\nstylesheets:\n  - css/core/a.css\n\n  # components\n  - components/button/button.css\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["css/core/a.css", "components/button/button.css"], entries.Select(e => e.Path));
        Assert.Equal(new SourceLocation("stylesheets.yml", 6, 5), entries[1].Location);
    }

    [Theory]
    [InlineData("stylesheets:\n  - ../outside.css\n", 2, "no '..'")]
    [InlineData("stylesheets:\n  - /css/a.css\n", 2, "relative path")]
    [InlineData("stylesheets:\n  - css/a.scss\n", 2, ".css file")]
    [InlineData("stylesheets:\n  - css/index.css\n", 2, "which the build writes")]
    [InlineData("stylesheets:\n  - tokens/a.css\n", 2, "must be under css/")]
    [InlineData("stylesheets:\n  - components/button/extra.css\n", 2, "components/<id>/<id>.css")]
    [InlineData("stylesheets:\n  - css/a.css\n  - css/a.css\n", 3, "listed twice")]
    [InlineData("stylesheets:\n  - [css/a.css]\n", 2, "must be text")]
    [InlineData("stylesheets: css/a.css\n", 1, "must be a list")]
    [InlineData("stylesheet:\n  - css/a.css\n", 1, "did you mean 'stylesheets'")]
    [InlineData("stylesheets:\n  - css/a.css\n - css/b.css\n", 3, "YAML")]
    [InlineData("", 1, "empty")]
    public void A_bad_entry_is_reported_at_its_line(string yaml, int line, string reason)
    {
        var (_, diagnostics) = Read(yaml);

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidManifest, error.Code);
        Assert.Equal(("stylesheets.yml", line), (error.Location.File, error.Location.Line));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_listed_stylesheet_that_does_not_exist_names_the_file_and_line_and_an_unlisted_one_is_reported()
    {
        using var ds = new SmallDesignSystem()
            .Write("stylesheets.yml", "stylesheets:\n  - css/a.css\n  - components/gone/gone.css\n")
            .Write("css/a.css", ".a { color: var(--ds-color-text); }\n")
            .Write("components/orphan/orphan.css", ".b { color: red; }\n")
            .Write("components/orphan/examples/extra.css", ".c { color: red; }\n");

        var result = ds.Build();

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        Assert.Empty(result.Generated);
        Assert.Collection(
            result.Diagnostics,
            d => Assert.Equal((DiagnosticCodes.MissingStylesheet, "stylesheets.yml", 3, "components/gone/gone.css does not exist; list only stylesheets that are there."), (d.Code, d.Location.File, d.Location.Line, d.Message)),
            d => Assert.Equal(("components/orphan/examples/extra.css", true), (d.Location.File, d.Message.Contains("is not where a component's stylesheet goes", StringComparison.Ordinal))),
            d => Assert.Contains("components/orphan/orphan.css is not listed in stylesheets.yml, so it would be left out of ds.css", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_that_cannot_be_read_is_the_one_error_not_every_stylesheet_as_unlisted()
    {
        using var ds = new SmallDesignSystem()
            .Write("stylesheets.yml", "stylesheets:\n  - \"css/a.css\n")
            .Write("css/a.css", ".a { color: red; }\n");

        var error = Assert.Single(ds.Build().Diagnostics);

        Assert.Equal(new SourceLocation("stylesheets.yml", 2, 5), error.Location);
        Assert.Contains("no closing \"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_list_is_reported()
    {
        using var ds = new SmallDesignSystem();

        var error = Assert.Single(ds.Build().Diagnostics);

        Assert.Equal(new SourceLocation("stylesheets.yml", 1, 1), error.Location);
        Assert.Contains("stylesheets.yml is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_design_system_builds_its_four_files_and_generates_index_css_and_all_js()
    {
        using var ds = new SmallDesignSystem()
            .Write("package.json", """{ "name": "x", "version": "2.3.4-beta.1" }""")
            .Write("stylesheets.yml", "stylesheets:\n  - css/core/a.css\n  - components/box/box.css\n  - css/utilities/z.css\n")
            .Write("css/core/a.css", "/* A */\r\n.a {\r\n  color: var(--ds-color-text);\r\n}\r\n")
            .Write("components/box/box.css", ".box { color: red; }\n")
            .Write("css/utilities/z.css", ".z { color: blue; }\n")
            .Write("components/box/box.js", "export const moduleName = 'ds-box';\n\nexport function initBox(root) {}\n");

        var result = ds.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            "/*! ServiceStandard Design System v2.3.4-beta.1 */\n" + Output.TokensCssWriter.GeneratedNotice + "\n:root {\n  --ds-color-text: #000000;\n}\n\n/* css/core/a.css */\n/* A */\n.a {\n  color: var(--ds-color-text);\n}\n\n/* components/box/box.css */\n.box { color: red; }\n\n/* css/utilities/z.css */\n.z { color: blue; }\n",
            result["ds.css"]);
        Assert.Equal("/*! ServiceStandard Design System v2.3.4-beta.1 */\n:root{--ds-color-text:#000000}.a{color:var(--ds-color-text)}.box{color:red}.z{color:blue}\n", result["ds.min.css"]);

        var index = result.Generated.Single(f => f.Name == "css/index.css").Content;
        Assert.EndsWith("*/\n@import url(\"core/a.css\");\n\n@import url(\"../components/box/box.css\");\n\n@import url(\"utilities/z.css\");\n", index, StringComparison.Ordinal);
        Assert.Contains("Generated from stylesheets.yml", index, StringComparison.Ordinal);
        var all = result.Generated.Single(f => f.Name == "js/all.js").Content;
        Assert.Contains("import { initBox } from '../components/box/box.js';\nimport { initModules } from './init-modules.js';\n\nexport { initBox };\n", all, StringComparison.Ordinal);
        Assert.Contains("  'ds-box': initBox,\n", all, StringComparison.Ordinal);

        // Written beside the sources, and then up to date.
        Assert.Equal([.. result.Generated.Select(f => f.Name)], result.StaleGeneratedIn(ds.Root));
        result.WriteGeneratedTo(ds.Root);
        Assert.Empty(result.StaleGeneratedIn(ds.Root));
        Assert.Equal(index, ds.Read("css/index.css"));
    }
}
