using ServiceStandard.Standard.Wcag;
using ServiceStandard.Testing;

namespace ServiceStandard.Standard.Tests;

public class WcagCatalogTests
{
    private static readonly WcagCatalog Catalog = WcagCatalog.Wcag22;

    [Fact]
    public void Has_the_86_success_criteria_of_WCAG_2_2_plus_the_obsolete_4_1_1()
    {
        var current = Catalog.SuccessCriteria.Where(c => !c.Obsolete).ToList();

        Assert.Equal("2.2", Catalog.Version);
        Assert.Equal(86, current.Count);
        Assert.Equal(31, current.Count(c => c.Level == WcagLevel.A));
        Assert.Equal(24, current.Count(c => c.Level == WcagLevel.AA));
        Assert.Equal(31, current.Count(c => c.Level == WcagLevel.AAA));

        var parsing = Assert.Single(Catalog.SuccessCriteria, c => c.Obsolete);
        Assert.Equal("4.1.1", parsing.Number);
        Assert.Equal(87, Catalog.SuccessCriteria.Count);
    }

    [Fact]
    public void Includes_the_criteria_new_in_2_2()
    {
        string[] newIn22 = ["2.4.11", "2.4.12", "2.4.13", "2.5.7", "2.5.8", "3.2.6", "3.3.7", "3.3.8", "3.3.9"];

        Assert.All(newIn22, number => Assert.NotNull(Catalog.Find(number)));
        Assert.Equal(WcagLevel.AA, Catalog.Find("2.5.8")!.Level);
    }

    [Fact]
    public void Every_criterion_guideline_and_principle_has_english_and_spanish_titles()
    {
        Assert.All(Catalog.SuccessCriteria, c => Assert.True(c.Title.Has("en") && c.Title.Has("es"), c.Number));
        Assert.All(Catalog.Guidelines, g => Assert.True(g.Title.Has("en") && g.Title.Has("es"), g.Number));
        Assert.All(Catalog.Principles, p => Assert.True(p.Title.Has("en") && p.Title.Has("es"), p.Number));
        Assert.Equal(4, Catalog.Principles.Count);
        Assert.Equal(13, Catalog.Guidelines.Count);
    }

    [Fact]
    public void Every_criterion_belongs_to_a_listed_guideline_and_principle()
    {
        Assert.All(Catalog.SuccessCriteria, c =>
        {
            Assert.NotNull(Catalog.Guideline(c.GuidelineNumber));
            Assert.NotNull(Catalog.Principle(c.PrincipleNumber));
            Assert.StartsWith("https://www.w3.org/WAI/WCAG22/", c.Url.ToString(), StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("wcag1410", "1.4.10", WcagLevel.AA)]
    [InlineData("wcag143", "1.4.3", WcagLevel.AA)]
    [InlineData("wcag111", "1.1.1", WcagLevel.A)]
    [InlineData("WCAG258", "2.5.8", WcagLevel.AA)]
    public void Resolves_axe_tags(string tag, string number, WcagLevel level)
    {
        var criterion = Catalog.FindByAxeTag(tag);

        Assert.NotNull(criterion);
        Assert.Equal(number, criterion.Number);
        Assert.Equal(level, criterion.Level);
    }

    [Theory]
    [InlineData("wcag2aa")]
    [InlineData("wcag21aa")]
    [InlineData("best-practice")]
    [InlineData("wcag999")]
    public void Tags_that_are_not_a_criterion_resolve_to_nothing(string tag) => Assert.Null(Catalog.FindByAxeTag(tag));

    [Fact]
    public async Task Validates_against_the_published_schema()
    {
        var text = await File.ReadAllTextAsync(RepositoryPaths.Combine("standard", "wcag", "wcag-2.2.yml"));

        Assert.Empty(await YamlSchemaValidation.ValidateAsync(text, RepositoryPaths.Combine("docs", "schemas", "wcag.schema.json")));
        Assert.Empty(await JsonSchemaErrors.OfYamlAsync(text, "wcag.schema.json"));
    }
}
