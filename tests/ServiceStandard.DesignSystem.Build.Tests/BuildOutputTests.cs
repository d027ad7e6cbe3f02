using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ServiceStandard.DesignSystem.Build.Css;
using ServiceStandard.DesignSystem.Build.Output;

namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>The four built files: present, fresh, deterministic, versioned, and consistent with the tokens.</summary>
public sealed partial class BuildOutputTests(ShippedBuild build) : IClassFixture<ShippedBuild>
{
    private static string PackageVersion()
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(DesignSystemPaths.Root, "package.json")));
        return package.RootElement.GetProperty("version").GetString()!;
    }

    [Fact]
    public void The_shipped_sources_build_without_diagnostics()
    {
        Assert.True(build.Result.Succeeded, string.Join("\n", build.Result.Diagnostics));
        Assert.Equal(["tokens.css", "tokens.json", "ds.css", "ds.min.css"], build.Result.Files.Select(f => f.Name));
        Assert.Equal(["css/index.css", "js/all.js"], build.Result.Generated.Select(f => f.Name));
    }

    /// <summary>
    /// dist/ is checked in (the Razor Class Library and npm pack ship it as it is), so it must be
    /// exactly what the sources build. Set SERVICESTANDARD_ACCEPT_SNAPSHOTS=1 to rewrite it, or run
    /// dotnet run --project designsystem/ServiceStandard.DesignSystem.Build.
    /// </summary>
    [Fact]
    public void The_checked_in_dist_files_equal_a_fresh_build()
    {
        if (Environment.GetEnvironmentVariable("SERVICESTANDARD_ACCEPT_SNAPSHOTS") == "1")
        {
            build.Result.WriteTo(DesignSystemPaths.Dist);
        }

        var stale = build.Result.StaleFilesIn(DesignSystemPaths.Dist);

        Assert.True(stale.Count == 0, $"designsystem/dist is out of date ({string.Join(", ", stale)}): run dotnet run --project designsystem/ServiceStandard.DesignSystem.Build");
    }

    /// <summary>
    /// css/index.css and js/all.js are generated from stylesheets.yml and the component folders, and
    /// checked in (npm pack and the Razor Class Library ship them as they are), so they must be
    /// exactly what the build writes. SERVICESTANDARD_ACCEPT_SNAPSHOTS=1 rewrites them.
    /// </summary>
    [Fact]
    public void The_checked_in_generated_sources_equal_a_fresh_build()
    {
        if (Environment.GetEnvironmentVariable("SERVICESTANDARD_ACCEPT_SNAPSHOTS") == "1")
        {
            build.Result.WriteGeneratedTo(DesignSystemPaths.Root);
        }

        var stale = build.Result.StaleGeneratedIn(DesignSystemPaths.Root);

        Assert.True(stale.Count == 0, $"designsystem/{string.Join(" and designsystem/", stale)} {(stale.Count == 1 ? "is" : "are")} not what the build generates from stylesheets.yml and components/<id>/<id>.js (never edit them by hand): run {DesignSystemBuild.RegenerateCommand} to regenerate.");
    }

    [Fact]
    public void The_build_is_deterministic_across_runs_and_cultures()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // A culture that writes 1,5 for 1.5 and sorts differently.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var again = DesignSystemBuild.Run(DesignSystemPaths.Root);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            var third = DesignSystemBuild.Run(DesignSystemPaths.Root);

            foreach (var file in build.Result.Files)
            {
                Assert.Equal(file.Content, again[file.Name]);
                Assert.Equal(file.Content, third[file.Name]);
            }

            Assert.Equal(build.Result.Generated, again.Generated);
            Assert.Equal(build.Result.Generated, third.Generated);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Built_files_use_lf_line_endings_and_end_with_one_newline()
    {
        foreach (var file in build.Result.Files.Concat(build.Result.Generated))
        {
            Assert.DoesNotContain('\r', file.Content);
            Assert.EndsWith("\n", file.Content, StringComparison.Ordinal);
            Assert.False(file.Content.EndsWith("\n\n", StringComparison.Ordinal), file.Name);
        }
    }

    [Theory]
    [InlineData("ds.css")]
    [InlineData("ds.min.css")]
    [InlineData("tokens.css")]
    public void The_first_line_is_the_banner_with_the_package_json_version(string file)
    {
        var firstLine = build[file].Split('\n')[0];

        Assert.Equal($"/*! ServiceStandard Design System v{PackageVersion()} */", firstLine);
        Assert.Equal(Banner.For(PackageVersion()), firstLine);
    }

    [Fact]
    public void Tokens_json_carries_the_package_version_and_the_pairs_with_ratios()
    {
        using var json = JsonDocument.Parse(build["tokens.json"]);
        var root = json.RootElement;

        Assert.Equal(PackageVersion(), root.GetProperty("version").GetString());
        Assert.Equal("@servicestandard/design-system", root.GetProperty("name").GetString());
        var text = root.GetProperty("tokens").GetProperty("color.text");
        Assert.Equal("#0b0c0c", text.GetProperty("value").GetString());
        Assert.Equal("--ds-color-text", text.GetProperty("cssVariable").GetString());
        Assert.Equal("palette.black", text.GetProperty("aliasOf").GetString());
        Assert.Equal("1.5rem", root.GetProperty("tokens").GetProperty("font-size.24").GetProperty("responsive").GetProperty("tablet").GetString());
        var pairs = root.GetProperty("contrastPairs").EnumerateArray().ToList();
        Assert.Equal(build.Tokens.Pairs.Count, pairs.Count);
        Assert.All(pairs, p => Assert.True(p.GetProperty("ratio").GetDouble() >= p.GetProperty("minimumRatio").GetDouble(), p.ToString()));
    }

    [Fact]
    public void Tokens_css_defines_every_token_once_and_redefines_responsive_ones_at_their_breakpoint()
    {
        var css = build["tokens.css"];

        foreach (var token in build.Tokens.Tokens)
        {
            Assert.Single(Regex.Matches(css, $@"^  {Regex.Escape(token.CssVariable)}: ", RegexOptions.Multiline));
        }

        Assert.Contains("  --ds-color-focus: #ffdd00;\n", css, StringComparison.Ordinal);
        var tablet = Regex.Match(css, @"@media \(min-width: 641px\) \{\n  :root \{\n(?<body>[^}]*)\}").Groups["body"].Value;
        Assert.Contains("    --ds-font-size-24: 1.5rem;\n", tablet, StringComparison.Ordinal);
        Assert.Contains("    --ds-space-responsive-9: 60px;\n", tablet, StringComparison.Ordinal);
        Assert.Contains("--ds-font-family-base: system-ui, -apple-system, \"Segoe UI\"", css, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ds.css")]
    [InlineData("ds.min.css")]
    public void Every_custom_property_the_css_uses_is_defined_by_the_tokens(string file)
    {
        var defined = build.Tokens.Tokens.Select(t => t.CssVariable).ToHashSet(StringComparer.Ordinal);

        var used = StylesheetRules.VariableReferences(build[file]).Select(r => r.Name).Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.DoesNotContain(used, name => !defined.Contains(name));
    }

    [Fact]
    public void Every_custom_property_the_javascript_reads_is_defined_by_the_tokens()
    {
        var defined = build.Tokens.Tokens.Select(t => t.CssVariable).ToHashSet(StringComparer.Ordinal);
        var script = string.Concat(Directory.GetFiles(DesignSystemPaths.Js, "*.js", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(DesignSystemPaths.Components, "*.js", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText));
        Assert.Contains("export function initHeader", script, StringComparison.Ordinal);

        // breakpoints.js builds the name from the breakpoint: `--ds-breakpoint-${name}`.
        const string Dynamic = "--ds-breakpoint-${name}";
        Assert.Contains(Dynamic, script, StringComparison.Ordinal);
        foreach (var name in new[] { "mobile", "tablet", "desktop" })
        {
            Assert.Contains($"--ds-breakpoint-{name}", defined);
        }

        var literal = Regex.Matches(script.Replace(Dynamic, "", StringComparison.Ordinal), "--ds-[a-z0-9-]+").Select(m => m.Value).Distinct();
        Assert.DoesNotContain(literal, name => !defined.Contains(name));
    }

    [Theory]
    [InlineData("ds.css")]
    [InlineData("ds.min.css")]
    public void Reduced_motion_and_print_blocks_exist(string file)
    {
        var css = build[file];

        Assert.Matches(@"@media \(prefers-reduced-motion: ?reduce\) ?\{", css);
        Assert.Matches(@"animation-duration: ?0\.01ms ?!important", css);
        Assert.Matches(@"transition-duration: ?0\.01ms ?!important", css);
        Assert.Matches(@"@media print ?\{", css);
        Assert.Matches(@"content: ?"" \("" attr\(href\) ""\)""", css);
    }

    [Fact]
    public void Focus_styles_use_focus_visible_with_the_focus_colours()
    {
        var css = build["ds.css"];

        foreach (var selector in new[] { ".ds-link:focus-visible", ".ds-button:focus-visible:not(:active):not(:hover)", ".ds-header__link:focus-visible", ".ds-details__summary:focus-visible", ".ds-back-link:focus-visible", ".ds-identity-button:focus-visible" })
        {
            Assert.Contains(selector + " {", css, StringComparison.Ordinal);
        }

        var linkFocus = Regex.Match(css, @"\.ds-link:focus-visible \{(?<body>[^}]*)\}").Groups["body"].Value;
        Assert.Contains("background-color: var(--ds-color-focus)", linkFocus, StringComparison.Ordinal);
        Assert.Contains("color: var(--ds-color-focus-text)", linkFocus, StringComparison.Ordinal);
        Assert.Contains("var(--ds-focus-width)", linkFocus, StringComparison.Ordinal);
    }

    [Fact]
    public void Ds_css_holds_the_tokens_then_every_stylesheet_in_the_declared_order()
    {
        var css = build["ds.css"];
        var list = StylesheetList.Read(StylesheetList.FileName, File.ReadAllText(DesignSystemPaths.StylesheetList), new List<BuildDiagnostic>());

        var positions = list.Select(e => css.IndexOf($"\n/* {e.Path} */\n", StringComparison.Ordinal)).ToList();

        Assert.True(css.IndexOf(":root {", StringComparison.Ordinal) < positions[0]);
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("components/button/button.css", list.Select(e => e.Path));
        Assert.Equal("css/utilities/print.css", list[^1].Path);
    }

    [Fact]
    public void Every_components_stylesheet_is_in_the_list_and_the_list_names_only_files_that_exist()
    {
        var diagnostics = new List<BuildDiagnostic>();
        var listed = StylesheetList.Read(StylesheetList.FileName, File.ReadAllText(DesignSystemPaths.StylesheetList), diagnostics).Select(e => e.Path).ToList();
        var stylesheets = Directory.GetFiles(DesignSystemPaths.Components, "*.css", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(DesignSystemPaths.Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();

        Assert.Empty(diagnostics);
        Assert.True(stylesheets.Count >= 30, $"only {stylesheets.Count} component stylesheets found");
        Assert.All(stylesheets, f => Assert.True(StylesheetList.IsComponentStylesheet(f), $"{f} is not components/<id>/<id>.css"));
        var unlisted = stylesheets.Except(listed).ToList();
        Assert.True(unlisted.Count == 0, $"not in stylesheets.yml, so missing from ds.css and css/index.css: {string.Join(", ", unlisted)}");
        var missing = listed.Where(f => !File.Exists(Path.Combine(DesignSystemPaths.Root, f))).ToList();
        Assert.True(missing.Count == 0, $"stylesheets.yml lists files that do not exist: {string.Join(", ", missing)}");
        Assert.Equal(listed.Distinct().Count(), listed.Count);
    }

    [Fact]
    public void The_generated_index_css_imports_every_listed_stylesheet_in_order_and_all_js_every_components_script()
    {
        var list = StylesheetList.Read(StylesheetList.FileName, File.ReadAllText(DesignSystemPaths.StylesheetList), new List<BuildDiagnostic>());
        var index = File.ReadAllText(Path.Combine(DesignSystemPaths.Css, "index.css"));
        var imports = Regex.Matches(index, @"^@import url\(""(?<path>[^""]+)""\);$", RegexOptions.Multiline)
            .Select(m => Path.GetRelativePath(DesignSystemPaths.Root, Path.GetFullPath(Path.Combine(DesignSystemPaths.Css, m.Groups["path"].Value))).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();

        Assert.Equal(list.Select(e => e.Path), imports);

        var all = File.ReadAllText(Path.Combine(DesignSystemPaths.Js, "all.js"));
        var components = Directory.GetDirectories(DesignSystemPaths.Components).Select(Path.GetFileName).Where(id => File.Exists(Path.Combine(DesignSystemPaths.Components, id!, id + ".js"))).ToList();
        Assert.True(components.Count >= 9, $"only {components.Count} component scripts found");
        Assert.All(components, id => Assert.Contains($" from '../components/{id}/{id}.js';\n", all, StringComparison.Ordinal));
        Assert.All(components, id => Assert.Contains($"  'ds-{id}': init", all, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_media_query_width_is_a_breakpoint_token()
    {
        var breakpoints = build.Tokens.Tokens.Where(t => t.Path.StartsWith("breakpoint.", StringComparison.Ordinal)).Select(t => t.Value.ToCss()).ToHashSet();

        var widths = Regex.Matches(build["ds.css"], @"@media[^{]*?(?:min|max)-width: (?<w>[^)]+)\)").Select(m => m.Groups["w"].Value).ToHashSet();

        Assert.Equal(["641px", "769px"], widths.Order());
        Assert.Subset(breakpoints, widths);
    }

    [Fact]
    public void The_minified_css_is_smaller_keeps_only_the_banner_comment_and_has_no_line_breaks_after_it()
    {
        var min = build["ds.min.css"];
        var lines = min.TrimEnd('\n').Split('\n');

        Assert.Equal(2, lines.Length);
        Assert.True(min.Length < build["ds.css"].Length * 0.8, $"{min.Length} vs {build["ds.css"].Length}");
        Assert.DoesNotContain("/* ", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_writes_files_as_utf8_without_a_byte_order_mark()
    {
        var directory = Directory.CreateTempSubdirectory("ds-build-").FullName;
        try
        {
            build.Result.WriteTo(directory);

            var bytes = File.ReadAllBytes(Path.Combine(directory, "ds.css"));
            Assert.Equal((byte)'/', bytes[0]);
            Assert.Equal(build["ds.css"], Encoding.UTF8.GetString(bytes));
            Assert.Empty(build.Result.StaleFilesIn(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
