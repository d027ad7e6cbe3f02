using AngleSharp.Html.Parser;
using ServiceStandard.DesignSystem.Components;
using ServiceStandard.DesignSystem.Docs.Patterns;
using ServiceStandard.Testing;

namespace ServiceStandard.DesignSystem.Docs.Tests;

/// <summary>
/// The patterns section: designsystem/patterns/&lt;id&gt;/pattern.yml, each a page in both languages
/// reached from every page's navigation, with examples built from the components that meet their
/// contracts. (Every page, patterns included, also goes through SiteAccessibilityTests.)
/// </summary>
public sealed class PatternTests
{
    private static readonly HtmlParser Parser = new();

    private static string PatternsDirectory => Path.Combine(BuiltSite.DesignSystemDirectory, "patterns");

    private static HashSet<string> ComponentIds =>
        ComponentLibrary.Load(Path.Combine(BuiltSite.DesignSystemDirectory, "components")).Value!.Components.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string> PatternIds() => [.. Directory.EnumerateDirectories(PatternsDirectory).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(PatternIds))]
    public async Task Validates_against_the_published_schema(string id)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(PatternsDirectory, id, PatternLibrary.FileName));

        var errors = await JsonSchemaErrors.OfYamlAsync(text, "pattern.schema.json");

        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void The_patterns_the_issue_asks_for_load_with_no_problems()
    {
        var (patterns, diagnostics) = PatternLibrary.Load(PatternsDirectory, ComponentIds);

        Assert.Empty(diagnostics);
        Assert.Equal(
            ["addresses", "check-answers", "confirmation-page", "cookies-page", "dates", "email-addresses", "names", "national-identity-number", "question-pages", "service-unavailable", "start-page", "telephone-numbers", "validation"],
            patterns.Select(p => p.Id));
    }

    [Fact]
    public void Every_pattern_has_its_page_in_both_languages_and_every_page_links_to_the_patterns()
    {
        var pages = BuiltSite.Result.Pages.ToHashSet(StringComparer.Ordinal);
        var (patterns, _) = PatternLibrary.Load(PatternsDirectory, ComponentIds);
        foreach (var language in new[] { "en", "es" })
        {
            Assert.Contains($"{language}/patterns/index.html", pages);
            var index = Parser.ParseDocument(File.ReadAllText(Path.Combine(BuiltSite.Directory, language, "patterns", "index.html")));
            foreach (var pattern in patterns)
            {
                Assert.Contains($"{language}/patterns/{pattern.Id}.html", pages);
                Assert.Contains(index.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"../../{language}/patterns/{pattern.Id}.html" && a.TextContent == pattern.Name.Get(language));
            }
        }

        var withoutLink = BuiltSite.DocsPages
            .Where(page => page.Contains('/', StringComparison.Ordinal))
            .Where(page => !Parser.ParseDocument(File.ReadAllText(Path.Combine(BuiltSite.Directory, page)))
                .QuerySelectorAll("#navigation a").Any(a => a.GetAttribute("href")!.EndsWith("patterns/index.html", StringComparison.Ordinal)))
            .ToList();
        Assert.True(withoutLink.Count == 0, "pages whose navigation does not link to the patterns: " + string.Join(", ", withoutLink));
    }

    [Fact]
    public void The_national_identity_number_page_works_the_run_check_digit_through_in_each_language()
    {
        var en = Parser.ParseDocument(File.ReadAllText(Path.Combine(BuiltSite.Directory, "en", "patterns", "national-identity-number.html")));
        var es = Parser.ParseDocument(File.ReadAllText(Path.Combine(BuiltSite.Directory, "es", "patterns", "national-identity-number.html")));

        Assert.Equal("Patterns National identity number (RUN/RUT)", en.QuerySelector("h1")!.TextContent.Trim());
        var worked = en.QuerySelectorAll("#check-digit ~ p").Select(p => p.TextContent).ToList();
        Assert.Contains(worked, p => p.Contains("138 mod 11 = 6; 11 − 6 = 5, so the RUN is 12.345.678-5", StringComparison.Ordinal));
        Assert.Contains("dígito verificador", es.QuerySelector("#check-digit")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, en.QuerySelectorAll("iframe.site-example__frame").Length);
        Assert.Contains(en.QuerySelectorAll("#components-used ~ ul a"), a => a.GetAttribute("href") == "../../en/components/text-input.html");
    }

    [Fact]
    public void Every_pattern_example_meets_every_component_contract()
    {
        var engine = ComponentLibrary.Load(Path.Combine(BuiltSite.DesignSystemDirectory, "components")).Value!.CreateEngine();
        var examples = BuiltSite.ExamplePages.Where(p => p.StartsWith("examples/patterns/", StringComparison.Ordinal)).ToList();

        var problems = examples
            .SelectMany(page => engine.Evaluate(File.ReadAllText(Path.Combine(BuiltSite.Directory, page))).Violations.Select(v => $"{page}: {v}"))
            .ToList();

        Assert.True(examples.Count >= 13, $"only {examples.Count} pattern examples were built");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void A_pattern_without_its_spanish_text_is_a_located_error()
    {
        var directory = Path.Combine(BuiltSite.NewDirectory(), "names");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, PatternLibrary.FileName);
        const string Text = "schemaVersion: 1\nid: names\nname: { en: Names, es: Nombres }\nsummary: { en: Ask for names }\nsections:\n  - id: how\n    heading: { en: How, es: Cómo }\n    text: { en: Text, es: Texto }\n";

        var (pattern, diagnostics) = PatternLibrary.Parse(Text, path, ComponentIds);

        Assert.Null(pattern);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal($"{path}:4:10: error: the pattern's summary must be written in en and es", error.ToString());
    }
}
