using System.Text.Json.Nodes;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Testing;

namespace ServiceStandard.Reports.Tests;

/// <summary>
/// The assessor's documents (statement, ACR, WCAG-EM, EARL): they claim conformance only where a
/// person judged it, read back as written, validate against their schemas and escape what pages supply.
/// </summary>
public class AssessorDocumentTests
{
    private static readonly StatementReport Statement = new(SnapshotTests.TestStylesheet);
    private static readonly AcrReport Acr = new(SnapshotTests.TestStylesheet);
    private static readonly WcagEmReport WcagEm = new(SnapshotTests.TestStylesheet);
    private static readonly EarlReport Earl = new();

    /// <summary>The example assessment with every WCAG criterion it covers decided by a person as given.</summary>
    private static AssessmentReport Judged(IReadOnlyDictionary<string, WcagEmOutcome> outcomes, string? note = null)
    {
        var report = ReportExamples.Assessment();
        return report with
        {
            WcagCoverage = report.WcagCoverage! with
            {
                Criteria = [.. report.WcagCoverage.Criteria.Select(c => outcomes.TryGetValue(c.Number, out var outcome)
                    ? c with { Judgement = new WcagJudgement(outcome, note ?? $"Checked {c.Number} on every page.", "Ana Pérez", "2025-03-20", []) }
                    : c)],
            },
        };
    }

    private static IEnumerable<WcagCoverageEntry> Manual(AssessmentReport report) =>
        report.WcagCoverage!.Criteria.Where(c => c.Status != WcagStatus.Failed);

    [Fact]
    public void With_no_judgements_the_acr_says_not_evaluated_for_every_criterion_a_person_must_judge()
    {
        var report = ReportExamples.Assessment();

        var html = Acr.Html(ReportExamples.Input(report));
        var markdown = Acr.Markdown(ReportExamples.Input(report));

        Assert.DoesNotContain("ds-tag--green", html, StringComparison.Ordinal);
        Assert.Equal(Manual(report).Count(), html.Split(">Not evaluated</strong>").Length - 1);
        foreach (var criterion in Manual(report))
        {
            Assert.Matches($@"{Regex(criterion.Number)} [^|]*\| Not evaluated \|", markdown);
        }

        Assert.Matches(@"1\.1\.1 [^|]*\| Does not support \|", markdown);
        Assert.DoesNotContain("| Supports |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_judgements_wcag_em_and_earl_say_untested_or_cant_tell_never_passed()
    {
        var report = ReportExamples.Assessment();

        var outcomes = WcagEmReport.ReadOutcomes(WcagEm.Render(ReportExamples.Input(report)))!;
        var earl = JsonNode.Parse(Earl.Render(ReportExamples.Input(report)))!;

        Assert.Equal(WcagEmOutcome.Untested, outcomes["WCAG2:audio-only-and-video-only-prerecorded"]);
        Assert.Equal(WcagEmOutcome.Untested, outcomes["WCAG2:language-of-page"]);
        Assert.Equal(WcagEmOutcome.CantTell, outcomes["WCAG2:contrast-minimum"]);
        Assert.Equal(WcagEmOutcome.Failed, outcomes["WCAG2:non-text-content"]);
        Assert.DoesNotContain(WcagEmOutcome.Passed, outcomes.Values);
        var earlOutcomes = earl["@graph"]!.AsArray().Select(n => (string?)n?["result"]?["outcome"]).OfType<string>().ToList();
        Assert.DoesNotContain("earl:passed", earlOutcomes);
        Assert.Contains("earl:untested", earlOutcomes);
    }

    [Fact]
    public void With_no_judgements_the_statement_is_never_fully_compliant_and_lists_what_is_not_evaluated()
    {
        var report = ReportExamples.Assessment();

        foreach (var text in new[] { Statement.Html(ReportExamples.Input(report)), Statement.Markdown(ReportExamples.Input(report)) })
        {
            Assert.DoesNotContain("fully compliant", text, StringComparison.Ordinal);
            Assert.Contains("Criteria not yet evaluated", text, StringComparison.Ordinal);
            Assert.Contains("Audio-only and Video-only (Prerecorded)", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Only_criteria_an_assessor_judged_passed_read_supports_and_passed()
    {
        var report = Judged(new Dictionary<string, WcagEmOutcome> { ["3.1.1"] = WcagEmOutcome.Passed, ["1.2.1"] = WcagEmOutcome.Inapplicable });

        var markdown = Acr.Markdown(ReportExamples.Input(report));
        var outcomes = WcagEmReport.ReadOutcomes(WcagEm.Render(ReportExamples.Input(report)))!;

        Assert.Matches(@"3\.1\.1 [^|]*\| Supports \|", markdown);
        Assert.Matches(@"1\.2\.1 [^|]*\| Not applicable \|", markdown);
        Assert.Matches(@"1\.4\.3 [^|]*\| Not evaluated \|", markdown);
        Assert.Single(outcomes.Values, WcagEmOutcome.Passed);
        Assert.Equal(WcagEmOutcome.Passed, outcomes["WCAG2:language-of-page"]);
        Assert.Contains("Checked 3.1.1 on every page.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("fully compliant", Statement.Markdown(ReportExamples.Input(report)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_statement_is_fully_compliant_only_when_a_person_decided_every_criterion_and_none_fails()
    {
        var all = ReportExamples.Assessment().WcagCoverage!.Criteria.ToDictionary(c => c.Number, _ => WcagEmOutcome.Passed);

        Assert.Contains("This website is fully compliant with WCAG 2.2 level AA.", Statement.Markdown(ReportExamples.Input(Judged(all))), StringComparison.Ordinal);
        Assert.Contains("Este sitio web es plenamente conforme", Statement.Markdown(ReportExamples.Input(Judged(all), "es")), StringComparison.Ordinal);
        var oneLeft = all.Where(p => p.Key != "2.1.2").ToDictionary();
        Assert.DoesNotContain("fully compliant", Statement.Markdown(ReportExamples.Input(Judged(oneLeft))), StringComparison.Ordinal);
    }

    [Fact]
    public void Wcag_em_json_reads_back_with_the_same_criteria_and_outcomes()
    {
        var report = Judged(new Dictionary<string, WcagEmOutcome> { ["3.1.1"] = WcagEmOutcome.Passed, ["1.2.1"] = WcagEmOutcome.Inapplicable, ["1.4.3"] = WcagEmOutcome.Failed });

        var outcomes = WcagEmReport.ReadOutcomes(WcagEm.Render(ReportExamples.Input(report)));

        var expected = report.WcagCoverage!.Criteria.ToDictionary(c => "WCAG2:" + WcagEmReport.Slug(c), c => c.Outcome);
        Assert.Equal(expected.OrderBy(p => p.Key), outcomes!.OrderBy(p => p.Key));
    }

    [Fact]
    public void Wcag_em_json_has_the_shape_of_the_report_tools_export()
    {
        var json = JsonNode.Parse(WcagEm.Render(ReportExamples.Input()))!;

        // The WCAG-EM Report Tool 2.x export (docs/examples/evaluation-report-wcag21-v2.0.json): an
        // @graph whose first node carries the context and the Evaluation.
        var evaluation = json["@graph"]![0]!;
        Assert.Equal("Evaluation", (string?)evaluation["type"]);
        Assert.Equal("http://www.w3.org/TR/WCAG-EM/#", (string?)evaluation["@context"]!["@vocab"]);
        Assert.Equal("step4", (string?)evaluation["@context"]!["auditResult"]);
        Assert.Equal("wai:WCAG2AA-Conformance", (string?)evaluation["evaluationScope"]!["conformanceTarget"]);
        Assert.Equal("_:website", (string?)evaluation["evaluationScope"]!["website"]!["id"]);
        var first = evaluation["auditResult"]![0]!;
        Assert.Equal("Assertion", (string?)first["type"]);
        Assert.Equal("WCAG2:non-text-content", (string?)first["test"]);
        Assert.Equal("TestResult", (string?)first["result"]!["type"]);
        Assert.Equal("earl:failed", (string?)first["result"]!["outcome"]);
    }

    [Theory]
    [InlineData("wcag-em", "wcag-em.schema.json")]
    [InlineData("earl", "earl.schema.json")]
    public async Task The_json_documents_are_valid_against_their_schemas(string format, string schema)
    {
        foreach (var report in new[] { ReportExamples.Assessment(), ReportExamples.Hostile(), Judged(new Dictionary<string, WcagEmOutcome> { ["3.1.1"] = WcagEmOutcome.Passed }) })
        {
            var errors = await JsonSchemaErrors.OfJsonAsync(ReportRenderers.Find(format)!.Render(ReportExamples.Input(report)), schema);
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        }
    }

    [Fact]
    public void A_hostile_note_and_page_text_never_become_markup()
    {
        const string Note = "<script>alert(1)</script> [x](javascript:alert(1)) | cell";
        var report = Judged(new Dictionary<string, WcagEmOutcome> { ["1.1.1"] = WcagEmOutcome.Failed }, Note) with { Findings = ReportExamples.Hostile().Findings };

        foreach (var html in new[] { Statement.Html(ReportExamples.Input(report)), Acr.Html(ReportExamples.Input(report)), WcagEm.Html(ReportExamples.Input(report)) })
        {
            Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        }

        foreach (var markdown in new[] { Statement.Markdown(ReportExamples.Input(report)), Acr.Markdown(ReportExamples.Input(report)) })
        {
            Assert.DoesNotContain("<script>", markdown, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("[x](", markdown, StringComparison.Ordinal);
            Assert.Contains("\\| cell", markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_statement_shows_the_configs_contacts_or_a_placeholder_to_complete()
    {
        var details = new StatementDetails("Ministry of Examples", null, "access@example.gov", null, null, "Accessibility Office", "https://example.gov/complaints", "self-assessment", ["Scanned maps from 1990, replaced in 2026."], []);
        var with = Statement.Markdown(ReportExamples.Input(ReportExamples.Assessment() with { Statement = details }));
        var without = Statement.Markdown(ReportExamples.Input());

        Assert.Contains("Ministry of Examples is committed", with, StringComparison.Ordinal);
        Assert.Contains("access\\@example.gov", with, StringComparison.Ordinal);
        Assert.Contains("Accessibility Office", with, StringComparison.Ordinal);
        Assert.Contains("a self-assessment by the public body", with, StringComparison.Ordinal);
        Assert.Contains("Scanned maps from 1990", with, StringComparison.Ordinal);
        Assert.Contains("[to be completed: an email address, telephone or web form for feedback]", without, StringComparison.Ordinal);
        Assert.Contains("[to be completed: the enforcement body and how to reach it]", without, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("statement", "en")]
    [InlineData("statement", "es")]
    [InlineData("acr", "en")]
    [InlineData("acr", "es")]
    public void The_markdown_documents_are_unchanged(string format, string language)
    {
        var report = Judged(new Dictionary<string, WcagEmOutcome> { ["3.1.1"] = WcagEmOutcome.Passed });
        var files = ReportRenderers.Find(format)!.RenderFiles(ReportExamples.Input(report, language));
        Snapshot.Verify(files.Single(f => f.FileName.EndsWith(".md", StringComparison.Ordinal)).Content, $"{format}.{language}", "md");
    }

    [Fact]
    public void The_wcag_em_json_is_unchanged() =>
        Snapshot.Verify(WcagEm.Render(ReportExamples.Input(Judged(new Dictionary<string, WcagEmOutcome> { ["3.1.1"] = WcagEmOutcome.Passed }))), "wcag-em", "json");

    [Fact]
    public void The_earl_export_is_unchanged() =>
        Snapshot.Verify(Earl.Render(ReportExamples.Input()), "earl", "jsonld");

    private static string Regex(string number) => number.Replace(".", "\\.", StringComparison.Ordinal);
}
