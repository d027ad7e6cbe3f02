using AngleSharp.Html.Parser;
using ServiceStandard.DesignSystem.Components;
using ServiceStandard.DesignSystem.Docs;
using ServiceStandard.DesignSystem.Docs.Localization;

namespace ServiceStandard.DesignSystem.Docs.Tests;

public partial class SiteBuildTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_site_has_every_page_in_both_languages()
    {
        var library = ComponentLibrary.Load(Path.Combine(BuiltSite.DesignSystemDirectory, "components")).Value!;
        var pages = BuiltSite.Result.Pages.ToHashSet(StringComparer.Ordinal);
        Assert.Contains("index.html", pages);
        foreach (var language in DocsLabels.Languages)
        {
            Assert.Contains($"{language}/index.html", pages);
            Assert.Contains($"{language}/foundations.html", pages);
            Assert.Contains($"{language}/changelog.html", pages);
            Assert.All(library.Components, c => Assert.Contains($"{language}/components/{c.Id}.html", pages));
        }

        var (patterns, _) = Patterns.PatternLibrary.Load(Path.Combine(BuiltSite.DesignSystemDirectory, "patterns"), library.Components.Select(c => c.Id).ToHashSet(StringComparer.Ordinal));
        Assert.Equal(library.Components.Sum(c => c.Examples.Count) + patterns.Sum(p => p.Examples.Count), BuiltSite.ExamplePages.Count());
        Assert.Contains("assets/ds.min.css", BuiltSite.Result.Files);
        Assert.Contains("assets/js/init.js", BuiltSite.Result.Files);
        Assert.Contains("assets/components/header/header.js", BuiltSite.Result.Files);
    }

    /// <summary>The site keeps the sources' layout of the modules (js/all.js imports ../components/&lt;id&gt;/&lt;id&gt;.js), so every import is a file of the site.</summary>
    [Fact]
    public void Every_module_of_the_site_imports_only_files_of_the_site()
    {
        var files = BuiltSite.Result.Files.ToHashSet(StringComparer.Ordinal);
        var imports = 0;
        var problems = new List<string>();
        foreach (var module in files.Where(f => f.StartsWith("assets/", StringComparison.Ordinal) && f.EndsWith(".js", StringComparison.Ordinal)))
        {
            foreach (System.Text.RegularExpressions.Match import in StaticImport().Matches(File.ReadAllText(Path.Combine(BuiltSite.Directory, module))))
            {
                imports++;
                var target = Normalize(module, import.Groups["path"].Value);
                if (!files.Contains(target))
                {
                    problems.Add($"{module}: '{import.Groups["path"].Value}' → {target}");
                }
            }
        }

        Assert.True(imports > 10, $"only {imports} imports found");
        Assert.True(problems.Count == 0, "imports of missing files: " + string.Join(", ", problems));
    }

    [System.Text.RegularExpressions.GeneratedRegex("""^\s*(?:import\s*(?:[\w*{$][^'";]*?\bfrom\s*)?|export\s*[*{][^'";]*?\bfrom\s*)(?<q>['"])(?<path>[^'"]+)\k<q>""", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex StaticImport();

    [Fact]
    public void The_site_builds_byte_for_byte_the_same_twice()
    {
        var again = BuiltSite.NewDirectory();
        var second = BuiltSite.Build(again);
        Assert.Equal(BuiltSite.Result.Files, second.Files);
        foreach (var file in second.Files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(BuiltSite.Directory, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again, file))),
                $"{file} differs between two builds");
        }

        Directory.Delete(again, recursive: true);
    }

    [Fact]
    public void Every_internal_link_and_frame_resolves_to_a_file_of_the_site()
    {
        var problems = new List<string>();
        foreach (var page in BuiltSite.Result.Pages)
        {
            var document = Parser.ParseDocument(File.ReadAllText(Path.Combine(BuiltSite.Directory, page)));
            var isExample = page.StartsWith("examples/", StringComparison.Ordinal);

            // An example's own links (href="/apply") are part of the example's markup, not the site's.
            var selector = isExample ? "link[href], script[src], iframe[src]" : "a[href], link[href], script[src], iframe[src], img[src]";
            foreach (var element in document.QuerySelectorAll(selector))
            {
                var reference = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (reference.StartsWith("https://", StringComparison.Ordinal) || reference.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    Assert.Equal("a", element.LocalName);
                    continue;
                }

                Assert.False(reference.StartsWith('/') || reference.Contains("://", StringComparison.Ordinal), $"{page}: {reference} is not a relative link");
                var hash = reference.IndexOf('#', StringComparison.Ordinal);
                var path = hash < 0 ? reference : reference[..hash];
                var fragment = hash < 0 ? null : reference[(hash + 1)..];
                var target = path.Length == 0 ? page : Normalize(page, path);
                var file = Path.Combine(BuiltSite.Directory, target);
                if (!File.Exists(file))
                {
                    problems.Add($"{page}: {reference} → {target} does not exist");
                    continue;
                }

                if (!string.IsNullOrEmpty(fragment))
                {
                    var targetDocument = target == page ? document : Parser.ParseDocument(File.ReadAllText(file));
                    if (targetDocument.GetElementById(fragment) is null)
                    {
                        problems.Add($"{page}: {reference}: {target} has no element with id {fragment}");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Every_documentation_page_meets_the_design_system_contracts()
    {
        var engine = ComponentLibrary.Load(Path.Combine(BuiltSite.DesignSystemDirectory, "components")).Value!.CreateEngine();
        var problems = BuiltSite.DocsPages
            .SelectMany(page => engine.Evaluate(File.ReadAllText(Path.Combine(BuiltSite.Directory, page))).Violations.Select(v => $"{page}: {v}"))
            .ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Every_page_has_a_strict_content_security_policy_and_no_inline_script_or_style()
    {
        foreach (var page in BuiltSite.Result.Pages)
        {
            var document = Parser.ParseDocument(File.ReadAllText(Path.Combine(BuiltSite.Directory, page)));
            var csp = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
            Assert.NotNull(csp);
            Assert.StartsWith("default-src 'none';", csp);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Empty(document.QuerySelectorAll("script:not([src])"));
            Assert.Empty(document.QuerySelectorAll("style"));
            Assert.Empty(document.QuerySelectorAll("[style]"));
        }
    }

    [Fact]
    public void A_component_page_shows_guidance_examples_code_and_the_contract_in_words()
    {
        var html = File.ReadAllText(Path.Combine(BuiltSite.Directory, "es", "components", "button.html"));
        var document = Parser.ParseDocument(html);
        Assert.Equal("es", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Cuándo usar este componente", document.QuerySelector("#when-to-use")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, document.QuerySelectorAll("iframe.site-example__frame").Length);
        Assert.All(document.QuerySelectorAll("iframe"), f => Assert.False(string.IsNullOrWhiteSpace(f.GetAttribute("title"))));

        // The code is shown as text: the markup of the example, escaped, never live.
        var code = document.QuerySelector("#code-default")!;
        Assert.Contains("<button type=\"submit\" class=\"ds-button\"", code.TextContent, StringComparison.Ordinal);
        Assert.Empty(code.QuerySelectorAll("button"));

        // A modifiers rule lists the allowed classes; unknown placeholders stand as variables.
        var rule = document.QuerySelector("#rule-unknown-modifier")!.TextContent;
        Assert.Contains("ds-button--secondary, ds-button--warning", rule, StringComparison.Ordinal);
        Assert.Contains("no es un modificador de botón", rule, StringComparison.Ordinal);
        Assert.Equal("clase", document.QuerySelector("#rule-unknown-modifier var")!.TextContent);
    }

    [Fact]
    public void An_example_with_tag_helpers_shows_its_razor_beside_its_html()
    {
        var document = Parser.ParseDocument(File.ReadAllText(Path.Combine(BuiltSite.Directory, "en", "components", "text-input.html")));

        // Each example's Razor (examples/<id>.cshtml, which the tag helpers' tests render to the HTML) as text.
        var razor = document.QuerySelector("#code-default-razor")!;
        Assert.Equal(File.ReadAllText(Path.Combine(BuiltSite.DesignSystemDirectory, "components", "text-input", "examples", "default.cshtml")).Trim(), razor.TextContent.Trim());
        Assert.Contains("<ds-input asp-for=", razor.TextContent, StringComparison.Ordinal);
        Assert.Empty(razor.QuerySelectorAll("ds-input"));
        Assert.Equal("Razor", document.QuerySelector("#code-default-razor-panel")!.GetAttribute("data-tab-label"));
        Assert.Equal("HTML", document.QuerySelector("#code-default-html-panel")!.GetAttribute("data-tab-label"));

        // An error example shows the markup a team writes; its errors are said to come from ModelState.
        var error = document.QuerySelector("#code-error-razor")!.TextContent;
        Assert.DoesNotContain("AddModelError", error, StringComparison.Ordinal);
        Assert.StartsWith("<ds-input", error.Trim(), StringComparison.Ordinal);
        Assert.Contains("ModelState", document.QuerySelector("#code-error-razor-panel p")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("ModelState", document.QuerySelector("#code-default-razor-panel p")!.TextContent, StringComparison.Ordinal);

        // The page template, which is a team's own _Layout.cshtml rather than a tag helper, has its HTML only.
        var template = Parser.ParseDocument(File.ReadAllText(Path.Combine(BuiltSite.Directory, "es", "components", "template.html")));
        Assert.NotNull(template.QuerySelector("#code-default"));
        Assert.Empty(template.QuerySelectorAll("[id$='-razor']"));
    }

    [Fact]
    public void Every_page_in_a_language_has_the_search_and_its_index_lists_every_component()
    {
        foreach (var language in new[] { "en", "es" })
        {
            var index = File.ReadAllText(Path.Combine(BuiltSite.Directory, "assets", $"search-{language}.js"));
            var json = index[(index.IndexOf('[', StringComparison.Ordinal))..index.LastIndexOf(']')] + "]";
            using var entries = System.Text.Json.JsonDocument.Parse(json);
            var hrefs = entries.RootElement.EnumerateArray().Select(e => e.GetProperty("href").GetString()).ToHashSet(StringComparer.Ordinal);
            foreach (var component in Directory.GetDirectories(Path.Combine(BuiltSite.DesignSystemDirectory, "components")).Select(Path.GetFileName))
            {
                Assert.Contains($"{language}/components/{component}.html", hrefs);
            }

            Assert.All(hrefs, href => Assert.True(File.Exists(Path.Combine(BuiltSite.Directory, href!)), $"the search index links {href}, which the site does not have"));
            var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(BuiltSite.Directory, language, "components", "button.html")));
            Assert.NotNull(page.QuerySelector("form[role=search] input#site-search-input[type=search]"));
            Assert.NotNull(page.QuerySelector($"script[src='../../assets/search-{language}.js']"));
            // Without JavaScript there is nothing to search with: the form is hidden until site.js shows it.
            Assert.True(page.QuerySelector(".site-search")!.HasAttribute("hidden"));
        }
    }

    [Fact]
    public void Foundations_show_every_contrast_pair_with_its_ratio()
    {
        var tokens = TokenFile.Read(Path.Combine(BuiltSite.DesignSystemDirectory, "dist", "tokens.json"));
        var document = Parser.ParseDocument(File.ReadAllText(Path.Combine(BuiltSite.Directory, "en", "foundations.html")));
        var rows = document.QuerySelectorAll("#contrast ~ .site-table-wrapper table")[0].QuerySelectorAll("tbody tr");
        Assert.Equal(tokens.ContrastPairs.Count, rows.Length);
        Assert.Contains("19.58:1", rows[0].TextContent, StringComparison.Ordinal);
        var spanish = File.ReadAllText(Path.Combine(BuiltSite.Directory, "es", "foundations.html"));
        Assert.Contains("19,58:1", spanish, StringComparison.Ordinal);
        var css = File.ReadAllText(Path.Combine(BuiltSite.Directory, "assets", "foundations.css"));
        Assert.Contains(".site-pair-0 { color: #0b0c0c; background-color: #ffffff;", css, StringComparison.Ordinal);
    }

    [Fact]
    public void One_language_builds_only_that_language_and_no_switcher()
    {
        var directory = BuiltSite.NewDirectory();
        var result = BuiltSite.Build(directory, ["es"]);
        Assert.DoesNotContain(result.Pages, p => p.StartsWith("en/", StringComparison.Ordinal));
        var document = Parser.ParseDocument(File.ReadAllText(Path.Combine(directory, "es", "index.html")));
        Assert.Null(document.QuerySelector(".ds-language-switcher"));
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void The_changelog_is_text_whatever_the_markdown_says()
    {
        var blocks = ChangelogDocument.Parse("# Changelog\n\n## 1.0.0\n\n- Added `<script>` and [a link](https://example.org/)\n- <img src=x onerror=alert(1)>\n\nText [not a link](javascript:alert(1)).\n");
        Assert.Equal(["h2", "ul", "p"], blocks.Select(b => b.Kind));
        Assert.Equal("code", blocks[1].Items[0][1].Kind);
        Assert.Equal("link", blocks[1].Items[0][3].Kind);
        Assert.All(blocks[2].Inlines, i => Assert.Equal("text", i.Kind));

        var html = File.ReadAllText(Path.Combine(BuiltSite.Directory, "en", "changelog.html"));
        Assert.Contains("<h2 class=\"ds-heading-l\" id=\"v-0-1-0\">0.1.0</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_label_is_written_in_every_language_with_the_same_placeholders()
    {
        var english = DocsLabels.All["en"];
        foreach (var language in DocsLabels.Languages)
        {
            var labels = DocsLabels.All[language];
            Assert.Equal(english.Keys.Order(StringComparer.Ordinal), labels.Keys.Order(StringComparer.Ordinal));
            foreach (var (key, text) in labels)
            {
                Assert.Equal(Placeholders(english[key]), Placeholders(text));
            }
        }

        static string[] Placeholders(string text) =>
            [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void A_missing_build_output_is_reported_with_the_file_it_needs()
    {
        var empty = BuiltSite.NewDirectory();
        var source = DocsSiteSource.FromDesignSystem(BuiltSite.DesignSystemDirectory) with { DistDirectory = empty };
        var result = new DocsSiteBuilder().Build(source, Path.Combine(empty, "site"), ["en"]);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Location.File.EndsWith("ds.min.css", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(empty, "site")));
        Directory.Delete(empty, recursive: true);
    }

    private static string Normalize(string page, string relative)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
