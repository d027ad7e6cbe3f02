using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ServiceStandard.DesignSystem.Components;
using ServiceStandard.DesignSystem.Docs.Localization;

namespace ServiceStandard.DesignSystem.Docs.Tests;

/// <summary>
/// A component page as a reader meets it: the side navigation of its section, an example before
/// any guidance, and the component's own changes (research and known issues: GuidanceDepthTests).
/// </summary>
public sealed class ComponentPageTests
{
    private static readonly HtmlParser Parser = new();

    private static ComponentLibrary Library => ComponentLibrary.Load(Path.Combine(BuiltSite.DesignSystemDirectory, "components")).Value!;

    private static IDocument Page(string path) => Parser.ParseDocument(File.ReadAllText(Path.Combine(BuiltSite.Directory, path)));

    /// <summary>
    /// The side navigation comes from the sections, not from a list of components: every page whose
    /// header marks the same section as current lists every page of that section (itself marked with
    /// aria-current="page"), when the section has more than one page; a page alone in its section has none.
    /// A new section (patterns) gets its side navigation by writing its pages under its own header item.
    /// </summary>
    [Fact]
    public void Every_page_of_a_section_lists_the_sections_pages_and_marks_itself()
    {
        var pages = BuiltSite.DocsPages.Where(p => p != "index.html").Select(p => (Path: p, Document: Page(p))).ToList();
        var sections = pages.GroupBy(p => (Language: p.Path[..2], Section: p.Document.QuerySelector(".ds-header__navigation a[aria-current=page]")?.TextContent));
        var withNav = 0;
        foreach (var section in sections)
        {
            var members = section.Select(p => p.Path).Order(StringComparer.Ordinal).ToList();
            foreach (var (path, document) in section)
            {
                var nav = document.QuerySelector("nav.site-side-nav");
                if (members.Count < 2)
                {
                    Assert.True(nav is null, $"{path} is alone in its section but has a side navigation");
                    continue;
                }

                Assert.True(nav is not null, $"{path} has no side navigation");
                withNav++;
                Assert.Equal(section.Key.Section, nav.GetAttribute("aria-label"));
                var links = nav.QuerySelectorAll("a").ToList();
                Assert.Equal(members, links.Select(a => Resolve(path, a.GetAttribute("href")!)).Order(StringComparer.Ordinal));
                var current = Assert.Single(nav.QuerySelectorAll("[aria-current]"));
                Assert.Equal("page", current.GetAttribute("aria-current"));
                Assert.Equal(path, Resolve(path, current.GetAttribute("href")!));
                Assert.Contains(current.TextContent, document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

                // Before the main content (the skip link passes it), in the reader's alphabetical order.
                Assert.True(nav.CompareDocumentPosition(document.GetElementById("main-content")!).HasFlag(DocumentPositions.Following));
                var names = links.Select(a => a.TextContent).ToList();
                Assert.Equal(names.Order(StringComparer.Create(DocsLabels.For(section.Key.Language).Culture, ignoreCase: true)), names);
            }
        }

        // Every component page and every page of the patterns section (its index too) has one.
        var patternPages = BuiltSite.DocsPages.Count(p => p.Contains("/patterns/", StringComparison.Ordinal));
        Assert.True(patternPages > 0, "the site has no patterns section");
        Assert.Equal((DocsLabels.Languages.Count * Library.Components.Count) + patternPages, withNav);
        var spanish = Page("es/components/button.html").QuerySelector("nav.site-side-nav")!;
        Assert.Equal("Componentes", spanish.GetAttribute("aria-label"));
        Assert.Equal("Páginas de esta sección", spanish.GetAttribute("data-toggle-text"));
    }

    [Fact]
    public void Every_component_page_shows_an_example_before_its_guidance()
    {
        foreach (var language in DocsLabels.Languages)
        {
            foreach (var component in Library.Components.Where(c => c.Examples.Count > 0))
            {
                var document = Page($"{language}/components/{component.Id}.html");
                var main = document.GetElementById("main-content")!;
                var firstFrame = main.QuerySelector("iframe.site-example__frame")!;
                var firstGuidance = main.QuerySelector(".site-guidance")!;
                Assert.True(firstFrame.CompareDocumentPosition(firstGuidance).HasFlag(DocumentPositions.Following), $"{language}/{component.Id}: the guidance comes before the first example");
                Assert.EndsWith($"examples/{component.Id}/{component.Examples[0].Id}.html", firstFrame.GetAttribute("src"), StringComparison.Ordinal);

                // The headings follow in order: when to use, when not to, how it works, more examples, accessibility, research, changes, contract.
                var order = main.QuerySelectorAll("h2[id]").Select(h => h.Id!).Where(id => id is not "contents-heading" && !id.StartsWith("example-", StringComparison.Ordinal)).ToList();
                string[] expected = ["when-to-use", "when-not-to-use", "how-it-works", "examples", "accessibility", "research", "changelog", "contract"];
                Assert.Equal(expected.Where(order.Contains), order);
                Assert.Equal(component.Examples.Count > 1, order.Contains("examples"));
                Assert.Equal(component.Examples.Count, main.QuerySelectorAll("iframe.site-example__frame").Length);
            }
        }
    }

    [Fact]
    public void Every_component_page_lists_its_changes_newest_first_down_to_the_version_that_added_it()
    {
        foreach (var language in DocsLabels.Languages)
        {
            var labels = DocsLabels.For(language);
            foreach (var component in Library.Components)
            {
                var document = Page($"{language}/components/{component.Id}.html");
                var items = document.QuerySelectorAll("#changelog + ul.site-changes > li").ToList();
                Assert.Equal(component.Changelog.Count + (component.Changelog.Any(c => c.Version == component.Since) ? 0 : 1), items.Count);
                Assert.Equal(component.Since, items[^1].QuerySelector("strong")!.TextContent);
                foreach (var (change, item) in component.Changelog.Zip(items))
                {
                    Assert.Equal(change.Version == ComponentChange.Unreleased ? labels["unreleased"] : change.Version, item.QuerySelector("strong")!.TextContent);
                    Assert.Contains(change.Text.Get(language).Replace("`", string.Empty, StringComparison.Ordinal)[..20], item.TextContent, StringComparison.Ordinal);
                }
            }
        }

        // Entries are the component's own and in the page's language; code is shown as code.
        var button = Page("es/components/text-input.html").QuerySelectorAll("#changelog + ul.site-changes > li");
        Assert.Contains(button, li => li.TextContent.Contains("Sin publicar", StringComparison.Ordinal) && li.QuerySelector("code.site-token") is not null);
    }

    private static string Resolve(string page, string relative)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var part in relative.Split('#')[0].Split('/'))
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
