using ServiceStandard.Checks.Accessibility;
using ServiceStandard.Assessing;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Checks.Tests.Accessibility;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Tests.Assessment;

/// <summary>
/// A baseline marks each finding new or unchanged and lists the fixed ones. Its worth rests on
/// fingerprints that stay put when nothing about the problem changed: unrelated markup moved,
/// the service on another port, the pages visited in another order.
/// </summary>
public class BaselineTests
{
    private const string Markup = """
        <header><a href="#main">Skip</a></header>
        <main id="main"><p id="pin">One</p><p id="pin">Two</p></main>
        """;

    private static PageSnapshot Page(string url, string title, string html = Markup) => Snapshots.Page(url, title: title) with
    {
        Html = html,
        Keyboard = Snapshots.CleanWalk(new FocusStop(0, "#email", "input", "<input id=\"email\">", false, null)),
    };

    private static IReadOnlyList<Finding> Run(params PageSnapshot[] pages) =>
        new WebCheckRunner(AccessibilityChecks.Create(TestCatalog.Instance)).Run(new WebEvidence(pages), CheckContext.Default).Findings;

    private static Baseline BaselineOf(IReadOnlyList<Finding> findings) =>
        Baseline.Parse(AssessmentJson.Serialize(new { findings }), "assessment.json").Value!;

    private static IReadOnlyList<Finding> Sample(int port, bool reversed = false, string html = Markup)
    {
        PageSnapshot[] pages =
        [
            Page($"http://127.0.0.1:{port}/apply/name?lang=es", "Apply", html),
            Page($"http://127.0.0.1:{port}/apply/address", "Apply", html),
            Page($"http://127.0.0.1:{port}/help", "Help", html),
        ];
        return Run(reversed ? [.. pages.Reverse()] : pages);
    }

    [Fact]
    public void The_sample_finds_problems_of_several_rules()
    {
        var rules = Sample(5001).Select(f => f.QualifiedRuleId).Distinct().Order().ToList();

        Assert.Equal(["accessibility/cross-page/duplicate-title", "accessibility/html/duplicate-id", "accessibility/keyboard/focus-not-visible"], rules);
    }

    [Fact]
    public void Another_port_keeps_every_fingerprint()
    {
        var before = BaselineOf(Sample(5001));

        var (findings, _, comparison) = before.Compare(Sample(61234), [], newOnly: false);

        Assert.All(findings, f => Assert.Equal(BaselineState.Unchanged, f.Baseline));
        Assert.Equal((0, findings.Count, 0), (comparison.New, comparison.Unchanged, comparison.Fixed.Count));
    }

    [Fact]
    public void Another_page_order_keeps_every_fingerprint()
    {
        var before = BaselineOf(Sample(5001));

        var (findings, _, comparison) = before.Compare(Sample(5001, reversed: true), [], newOnly: false);

        Assert.Equal(Sample(5001).Select(f => f.Fingerprint).Order(), findings.Select(f => f.Fingerprint).Order());
        Assert.Equal((0, 0), (comparison.New, comparison.Fixed.Count));
    }

    [Fact]
    public void Unrelated_lines_moving_keeps_every_fingerprint()
    {
        var before = BaselineOf(Sample(5001));
        var moved = "<!-- a new banner -->\n<div class=\"banner\">\n  <p>New: apply online</p>\n</div>\n\n" + Markup.Replace("<main", "\n\n<main", StringComparison.Ordinal);

        var (findings, _, comparison) = before.Compare(Sample(5001, html: moved), [], newOnly: false);

        Assert.NotEmpty(findings);
        Assert.Equal((0, 0), (comparison.New, comparison.Fixed.Count));
    }

    [Fact]
    public void A_new_problem_is_new_and_a_gone_one_is_fixed()
    {
        var before = BaselineOf(Sample(5001));
        var after = Sample(5001, html: Markup.Replace("id=\"pin\">Two", "id=\"pin-2\">Two", StringComparison.Ordinal) + "<span id=\"x\"></span><span id=\"x\"></span>");

        var (findings, _, comparison) = before.Compare(after, [], newOnly: true);

        var added = Assert.Single(findings.Where(f => f.Baseline == BaselineState.New).Select(f => ((PageLocation)f.Location).Selector).Distinct());
        Assert.Equal("[id=\"x\"]", added);
        Assert.All(comparison.Fixed, f => Assert.Equal("[id=\"pin\"]", ((PageLocation)f.Location).Selector));
        Assert.Equal(3, comparison.Fixed.Count);
        Assert.Equal(3, comparison.New);
        Assert.True(comparison.NewOnly);
        Assert.All(comparison.Fixed, f => Assert.Null(f.Baseline));
    }

    [Fact]
    public void A_finding_suppressed_in_the_baseline_is_not_new_when_it_comes_back()
    {
        var finding = Sample(5001)[0];
        var json = AssessmentJson.Serialize(new { findings = Array.Empty<Finding>(), suppressed = new[] { new SuppressedFinding(finding, "accepted", "check x") } });
        var before = Baseline.Parse(json, "old.json").Value!;

        var (findings, _, comparison) = before.Compare([finding], [], newOnly: false);

        Assert.Equal(BaselineState.Unchanged, Assert.Single(findings).Baseline);
        Assert.Equal(0, comparison.New);
    }

    [Theory]
    [InlineData("{ \"findings\": [", 1, "not valid JSON")]
    [InlineData("[1, 2]", 1, "not an assessment.json")]
    [InlineData("{\n  \"findings\": [\n    { \"checkId\": 3 }\n  ]\n}", 3, "cannot be read")]
    // Found by the property tests (issue 14): a location without its "type" threw NotSupportedException (exit 3).
    [InlineData("{\n  \"findings\": [\n    { \"checkId\": \"a\",\n      \"location\": { \"url\": \"/\" } }\n  ]\n}", 4, "cannot be read")]
    public void A_baseline_that_is_not_an_assessment_is_a_located_error(string json, int line, string words)
    {
        var result = Baseline.Parse(json, "old.json");

        var error = Assert.Single(result.Errors);
        Assert.Equal("old.json", error.Location.File);
        Assert.Equal(line, error.Location.Line);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_written_before_occurrences_and_suppressions_existed_still_reads()
    {
        var json = File.ReadAllText(Path.Combine(Testing.RepositoryPaths.Root, "tests", "ServiceStandard.Checks.Tests", "Schemas", "assessment.verified.json"))
            .Replace("\"occurrences\":", "\"oldOccurrences\":", StringComparison.Ordinal);

        var result = Baseline.Parse(json, "assessment.json");

        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics));
        Assert.NotEmpty(result.Value!.Findings);
    }
}
