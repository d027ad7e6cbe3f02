using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ServiceStandard.DesignSystem.Components;
using ServiceStandard.DesignSystem.Docs.Localization;
using ServiceStandard.DesignSystem.Docs.Patterns;
using Xunit.Abstractions;

namespace ServiceStandard.DesignSystem.Docs.Tests;

/// <summary>
/// Issue 17's target for the depth of the guidance, comparable to the GOV.UK Design System's: a
/// median of at least 300 words of guidance per component page, and per pattern page, in English and
/// the same in Spanish, and no component or pattern below 150. Counted on the built pages, as a reader gets them: the text of each
/// guidance section (when to use, when not to, how it works, accessibility, research and known
/// issues), its subheadings and lists included, its section heading, the examples, the changes and
/// the contract not. A word is a run of letters or digits (ds-button is two).
/// </summary>
public sealed partial class GuidanceDepthTests(ITestOutputHelper output)
{
    public const int MedianTarget = 300;

    public const int Minimum = 150;

    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_median_component_page_has_300_words_of_guidance_in_each_language_and_none_fewer_than_150()
    {
        var ids = ComponentLibrary.Load(Path.Combine(BuiltSite.DesignSystemDirectory, "components")).Value!.Components.Select(c => c.Id);
        AssertDepth("component", "components", ids);
    }

    [Fact]
    public void The_median_pattern_page_has_300_words_of_guidance_in_each_language_and_none_fewer_than_150()
    {
        var patterns = Path.Combine(BuiltSite.DesignSystemDirectory, "patterns");
        var components = ComponentLibrary.Load(Path.Combine(BuiltSite.DesignSystemDirectory, "components")).Value!.Components.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var ids = PatternLibrary.Load(patterns, components).Patterns.Select(p => p.Id).ToList();
        Assert.Equal(Directory.EnumerateDirectories(patterns).Count(), ids.Count);
        AssertDepth("pattern", "patterns", ids);
    }

    private void AssertDepth(string kind, string folder, IEnumerable<string> ids)
    {
        var counts = ids.ToDictionary(
            id => id,
            id => DocsLabels.Languages.ToDictionary(l => l, l => Count(Path.Combine(BuiltSite.Directory, l, folder, id + ".html"))),
            StringComparer.Ordinal);

        output.WriteLine($"{kind,-26} {string.Join(" ", DocsLabels.Languages.Select(l => $"{l,6}"))}");
        foreach (var (id, byLanguage) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{id,-26} {string.Join(" ", DocsLabels.Languages.Select(l => $"{byLanguage[l],6}"))}");
        }

        var problems = new List<string>();
        foreach (var language in DocsLabels.Languages)
        {
            var median = Median([.. counts.Values.Select(c => c[language])]);
            output.WriteLine($"median {language}: {median.ToString(CultureInfo.InvariantCulture)} words over {counts.Count} {kind}s");
            if (median < MedianTarget)
            {
                problems.Add($"the median {language} {kind} guidance is {median} words, under {MedianTarget}");
            }

            problems.AddRange(counts
                .Where(c => c.Value[language] < Minimum)
                .Select(c => $"{c.Key} has {c.Value[language]} words of {language} guidance, under {Minimum}"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_component_page_has_research_and_known_issues_in_its_language()
    {
        var missing = ComponentLibrary.Load(Path.Combine(BuiltSite.DesignSystemDirectory, "components")).Value!.Components.Where(c => c.Guidance?.Research is null).Select(c => c.Id).ToList();
        Assert.True(missing.Count == 0, "no research and known issues in component.yml: " + string.Join(", ", missing));
        var english = Parser.ParseDocument(File.ReadAllText(Path.Combine(BuiltSite.Directory, "en", "components", "button.html")));
        var spanish = Parser.ParseDocument(File.ReadAllText(Path.Combine(BuiltSite.Directory, "es", "components", "button.html")));
        Assert.Equal("Research and known issues", english.GetElementById("research")!.TextContent);
        Assert.Equal("Investigación y problemas conocidos", spanish.GetElementById("research")!.TextContent);
        Assert.Contains(spanish.QuerySelectorAll("nav.site-contents a"), a => a.GetAttribute("href") == "#research");
        Assert.NotEqual(
            english.QuerySelector("[data-guidance=research]")!.TextContent,
            spanish.QuerySelector("[data-guidance=research]")!.TextContent);
    }

    [Fact]
    public void A_word_is_a_run_of_letters_or_digits_and_only_the_guidance_counts()
    {
        Assert.Equal(7, Words("Use the ds-button class, not <div>."));
        Assert.Equal(5, Words("Úselo así: “Año 2026”, ¿sí?"));
        var page = Parser.ParseDocument("""
            <main><h1>Button</h1><iframe title="x"></iframe><p>Not guidance.</p>
            <div class="site-guidance"><h2>When to use</h2><p>Use it to act.</p><ul><li>Two words</li></ul></div>
            <h2 id="contract">Contract</h2><p>Not guidance either.</p></main>
            """);
        Assert.Equal(6, Count(page));
    }

    private static int Count(string path) => Count(Parser.ParseDocument(File.ReadAllText(path)));

    private static int Count(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".site-guidance").Sum(section =>
            section.Children.Where(child => child.LocalName != "h2").Sum(child => Words(child.TextContent)));

    private static int Words(string text) => Word().Count(text);

    private static double Median(IReadOnlyList<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
