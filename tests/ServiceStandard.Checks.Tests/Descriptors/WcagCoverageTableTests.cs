using System.Text;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.DesignSystem;
using ServiceStandard.Testing;

namespace ServiceStandard.Checks.Tests.Descriptors;

/// <summary>
/// docs/checks.md's WCAG coverage table is the one <c>checks list --wcag</c> prints: every WCAG 2.2
/// A and AA criterion with what the rules give for it. Set SERVICESTANDARD_ACCEPT_SNAPSHOTS=1 to
/// write the table into the page after a rule changes.
/// </summary>
public sealed class WcagCoverageTableTests
{
    private const string Start = "<!-- wcag-coverage:start -->";
    private const string End = "<!-- wcag-coverage:end -->";

    private static IReadOnlyList<WcagCriterionCoverage> Table()
    {
        var pack = ShippedPacks.LoadPack("servicestandard", Environment.CurrentDirectory);
        Assert.True(pack.Succeeded);
        return WcagCriterionCoverage.Table(CompleteCatalog.Build(pack.Value));
    }

    [Fact]
    public void The_table_in_docs_checks_md_is_the_catalogue_s()
    {
        var path = RepositoryPaths.Combine("docs", "checks.md");
        var page = File.ReadAllText(path);
        var from = page.IndexOf(Start, StringComparison.Ordinal);
        var to = page.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"docs/checks.md has no {Start} … {End} block");
        var expected = Markdown(Table());
        var current = page[(from + Start.Length)..to];
        if (current != expected && Environment.GetEnvironmentVariable("SERVICESTANDARD_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, page[..(from + Start.Length)] + expected + page[to..]);
            return;
        }

        Assert.Equal(expected, current);
    }

    [Fact]
    public void Every_level_A_and_AA_criterion_is_in_the_table_once()
    {
        var table = Table();
        Assert.Equal(55, table.Count);
        Assert.Equal(table.Count, table.Select(r => r.Criterion.Number).Distinct().Count());
        Assert.DoesNotContain(table, r => r.Criterion.Number == "4.1.1");
    }

    [Fact]
    public void A_criterion_is_automated_only_through_a_rule_that_decides_failures()
    {
        var table = Table();
        Assert.Equal(CoverageKind.Automated, table.Single(r => r.Criterion.Number == "2.1.2").Kind);
        Assert.Contains("accessibility/keyboard/trap", table.Single(r => r.Criterion.Number == "2.1.2").Rules);
        var catalog = CompleteCatalog.Build(null);
        Assert.All(table.Where(r => r.Kind == CoverageKind.Review), row =>
            Assert.All(row.Rules, id => Assert.True(catalog.FindRule(id)?.ReviewOnly ?? true, $"{id} decides failures of {row.Criterion.Number}")));
    }

    private static string Markdown(IReadOnlyList<WcagCriterionCoverage> table)
    {
        var automated = table.Count(r => r.Kind == CoverageKind.Automated);
        var review = table.Count(r => r.Kind == CoverageKind.Review);
        var text = new StringBuilder();
        text.Append('\n');
        text.Append($"{automated + review} of {table.Count} criteria have automated evidence: {automated} decided by the checks, {review} for a person to decide with the evidence they gather; {table.Count - automated - review} are manual only.\n\n");
        text.Append("| Criterion | Level | Evidence | Rules |\n| --- | --- | --- | --- |\n");
        foreach (var row in table)
        {
            var rules = row.Rules.Count == 0 ? "—" : string.Join(", ", row.Rules.Select(r => $"`{r}`"));
            text.Append($"| {row.Criterion.Number} {row.Criterion.Title.Get("en")} | {row.Criterion.Level} | {row.Kind.ToString().ToLowerInvariant()} | {rules} |\n");
        }

        return text.ToString();
    }
}
