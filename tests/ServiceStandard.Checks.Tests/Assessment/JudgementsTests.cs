using ServiceStandard.Assessing;
using ServiceStandard.Checks.Tests.Schemas;
using ServiceStandard.Testing;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Checks.Tests.Assessment;

/// <summary>judgements.yml: read with located errors, merged into the assessment, and the template that lists every criterion.</summary>
public class JudgementsTests
{
    private static readonly AssessmentReport Report = FormatExamples.Report();

    private static Judgements Parse(string yaml)
    {
        var result = Judgements.Parse(yaml, "judgements.yml");
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Value!;
    }

    [Fact]
    public void A_judgement_sets_the_outcome_and_keeps_the_machines()
    {
        var judgements = Parse("""
            schemaVersion: 1
            standard: digital-service-standard
            assessor: Ana Pérez
            date: 2025-03-20
            judgements:
              - criterion: DSS-14
                outcome: met
                note: Runbooks and on-call rota seen.
              - criterion: make-new-source-code-open
                outcome: not-met
                note: The repository is private.
                assessor: Luis Gómez
              - criterion: DSS-05
                outcome: ~
                note: ~
            """);

        var merged = judgements.Apply(Report);

        Assert.True(merged.Succeeded);
        var criteria = merged.Value!.Criteria.ToDictionary(c => c.Id);
        Assert.Equal(CriterionOutcome.Met, criteria["DSS-14"].Outcome);
        Assert.Equal(CriterionOutcome.NotAssessed, criteria["DSS-14"].AutomatedOutcome);
        Assert.Equal(new CriterionJudgement(CriterionOutcome.Met, "Runbooks and on-call rota seen.", "Ana Pérez", "2025-03-20"), criteria["DSS-14"].Judgement);
        Assert.Equal(CriterionOutcome.NotMet, criteria["DSS-12"].Outcome);
        Assert.Equal("Luis Gómez", criteria["DSS-12"].Judgement!.Assessor);
        Assert.Equal(CriterionOutcome.NotMet, criteria["DSS-05"].Outcome);
        Assert.Null(criteria["DSS-05"].Judgement);
    }

    [Fact]
    public void Judging_met_a_criterion_with_blocking_violations_is_allowed_with_a_warning()
    {
        var merged = Parse("""
            schemaVersion: 1
            standard: digital-service-standard
            assessor: Ana
            judgements:
              - criterion: DSS-05
                outcome: met
            """).Apply(Report);

        Assert.True(merged.Succeeded);
        Assert.Equal(CriterionOutcome.Met, merged.Value!.Criteria.Single(c => c.Id == "DSS-05").Outcome);
        var warning = Assert.Single(merged.Warnings);
        Assert.Equal(5, warning.Location.Line);
        Assert.Contains("DSS-05 is judged met although", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_judgement_makes_a_criterion_met()
    {
        var standard = ServiceStandard.Standard.ShippedStandards.Resolve("digital-service-standard").Value!;

        var criteria = CriterionEvaluator.Evaluate(standard, [], new HashSet<string> { "accessibility", "user-research", "open-source" }, Model.Findings.Severity.Serious, "en");

        Assert.DoesNotContain(criteria, c => c.Outcome == CriterionOutcome.Met || c.AutomatedOutcome == CriterionOutcome.Met);
        Assert.All(criteria, c => Assert.Null(c.Judgement));
        Assert.All(criteria, c => Assert.NotEmpty(c.AssessorQuestions));
    }

    [Theory]
    [InlineData("schemaVersion: 1\nstandard: s\njudgements:\n  - criterion: DSS-01\n    outcome: passed\n", 5, 14, "must be met or not-met")]
    [InlineData("schemaVersion: 1\nstandard: s\njudgements:\n  - criterion: DSS-01\n    outcome: met\n", 4, 5, "names no assessor")]
    [InlineData("schemaVersion: 1\nstandard: s\nassessor: A\njudgements:\n  - criterion: DSS-01\n  - criterion: dss-01\n", 6, 16, "judged twice")]
    [InlineData("schemaVersion: 1\nstandard: s\nassessor: A\njudgements:\n  - criterion: DSS-01\n    outcom: met\n", 6, 5, "did you mean 'outcome'")]
    [InlineData("schemaVersion: 2\nstandard: s\njudgements: []\n", 1, 16, "schemaVersion 2 is not supported")]
    [InlineData("schemaVersion: 1\nstandard: s\ndate: 20/03/2025\njudgements: []\n", 3, 7, "YYYY-MM-DD")]
    [InlineData("schemaVersion: 1\nstandard: s\n", 1, 1, "missing the required key 'judgements'")]
    public void A_malformed_file_is_an_error_at_its_line_and_column(string yaml, int line, int column, string words)
    {
        var result = Judgements.Parse(yaml, "judgements.yml");

        Assert.False(result.Succeeded);
        Assert.True(
            result.Errors.Any(e => e.Location.Line == line && e.Location.Column == column && e.Message.Contains(words, StringComparison.Ordinal)),
            string.Join(Environment.NewLine, result.Diagnostics));
    }

    [Fact]
    public void A_criterion_the_assessment_lacks_or_another_standard_is_an_error()
    {
        var merged = Parse("""
            schemaVersion: 1
            standard: another-standard
            assessor: Ana
            judgements:
              - criterion: DSS-99
                outcome: met
            """).Apply(Report);

        Assert.False(merged.Succeeded);
        Assert.Contains(merged.Errors, e => e.Location.Line == 1 && e.Message.Contains("'another-standard'", StringComparison.Ordinal));
        Assert.Contains(merged.Errors, e => e.Location.Line == 5 && e.Message.StartsWith("'DSS-99' is not a criterion of digital-service-standard", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_template_lists_every_criterion_reads_back_and_is_valid_against_the_schema()
    {
        var template = Judgements.Template(Report, "assessment.json");

        var judgements = Parse(template);
        Assert.Equal(Report.Criteria.Select(c => c.Id), judgements.Entries.Select(e => e.Criterion));
        Assert.All(judgements.Entries, e => Assert.Null(e.Outcome));
        Assert.Equal(Report.Criteria, judgements.Apply(Report).Value!.Criteria);
        Assert.Contains("#   - Have you tested with disabled users?", template, StringComparison.Ordinal);
        Assert.Contains("# Automated: not-met (3 violation(s) at or above the blocking severity)", template, StringComparison.Ordinal);
        var errors = await JsonSchemaErrors.OfYamlAsync(template, "judgements.schema.json");
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void A_wcag_judgement_records_the_outcome_who_and_when_and_a_file_without_one_still_reads()
    {
        var fingerprint = Report.Findings.First(f => f.Tags.Contains("wcag111")).Fingerprint;
        var judgements = Parse($$"""
            schemaVersion: 1
            standard: digital-service-standard
            assessor: Ana Pérez
            date: 2025-03-20
            judgements: []
            wcag:
              - criterion: "3.1.1"
                outcome: passed
                note: lang="es" on every page, checked by hand.
              - criterion: "1.2.1"
                outcome: inapplicable
                assessor: Luis Gómez
                date: 2025-03-21
              - criterion: "1.1.1"
                outcome: failed
                evidence: [{{fingerprint}}]
              - criterion: "1.4.3"
                outcome: untested
            """);

        var merged = judgements.Apply(Report);

        Assert.True(merged.Succeeded, string.Join(Environment.NewLine, merged.Diagnostics));
        var wcag = merged.Value!.WcagCoverage!.Criteria.ToDictionary(c => c.Number);
        Assert.Equal(new WcagJudgement(WcagEmOutcome.Passed, "lang=\"es\" on every page, checked by hand.", "Ana Pérez", "2025-03-20", []), wcag["3.1.1"].Judgement! with { Evidence = [] });
        Assert.Equal(WcagEmOutcome.Passed, wcag["3.1.1"].Outcome);
        Assert.Equal(("Luis Gómez", "2025-03-21"), (wcag["1.2.1"].Judgement!.Assessor, wcag["1.2.1"].Judgement!.Date));
        Assert.Equal(WcagEmOutcome.Inapplicable, wcag["1.2.1"].Outcome);
        Assert.Equal([fingerprint], wcag["1.1.1"].Judgement!.Evidence);
        Assert.True(wcag["1.4.3"].StillToDecide);
        Assert.Equal(WcagEmOutcome.CantTell, wcag["1.4.3"].Outcome);

        // A judgements file from before the wcag list exists reads and applies as it did.
        var old = Parse("schemaVersion: 1\nstandard: digital-service-standard\njudgements: []\n").Apply(Report);
        Assert.Equal(Report.WcagCoverage, old.Value!.WcagCoverage);
    }

    [Theory]
    [InlineData("wcag:\n  - criterion: \"1.1.1\"\n    outcome: pass\n", 6, 14, "must be passed, failed, cantTell, inapplicable or untested")]
    [InlineData("wcag:\n  - criterion: \"1.1.1\"\n    outcome: failed\n", 5, 5, "names no assessor")]
    [InlineData("wcag:\n  - criterion: \"9.9\"\n", 5, 16, "not a WCAG success criterion number")]
    [InlineData("wcag:\n  - criterion: \"1.1.1\"\n  - criterion: \"1.1.1\"\n", 6, 16, "judged twice")]
    public void A_malformed_wcag_judgement_is_an_error_at_its_line_and_column(string wcag, int line, int column, string words)
    {
        var result = Judgements.Parse("schemaVersion: 1\nstandard: s\njudgements: []\n" + wcag, "judgements.yml");

        Assert.False(result.Succeeded);
        Assert.True(
            result.Errors.Any(e => e.Location.Line == line && e.Location.Column == column && e.Message.Contains(words, StringComparison.Ordinal)),
            string.Join(Environment.NewLine, result.Diagnostics));
    }

    [Fact]
    public void Judging_a_wcag_criterion_the_assessment_lacks_is_an_error_and_passed_despite_violations_a_warning()
    {
        var merged = Parse("""
            schemaVersion: 1
            standard: digital-service-standard
            assessor: Ana
            judgements: []
            wcag:
              - criterion: "2.5.8"
                outcome: passed
            """).Apply(Report);
        var passedAnyway = Parse("""
            schemaVersion: 1
            standard: digital-service-standard
            assessor: Ana
            judgements: []
            wcag:
              - criterion: "1.1.1"
                outcome: passed
            """).Apply(Report);

        Assert.Contains(merged.Errors, e => e.Location.Line == 6 && e.Message.StartsWith("WCAG 2.5.8 is not among the assessment's WCAG criteria", StringComparison.Ordinal));
        Assert.True(passedAnyway.Succeeded);
        Assert.Contains(passedAnyway.Warnings, w => w.Message.Contains("1.1.1 is judged passed although the assessment found 1 violation(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_template_prefills_wcag_only_where_the_evidence_decides()
    {
        var template = Judgements.Template(Report, "assessment.json");

        var wcag = Parse(template).Wcag.ToDictionary(w => w.Criterion);
        Assert.Equal(Report.WcagCoverage!.Criteria.Where(c => c.Level is "A" or "AA").Select(c => c.Number), Parse(template).Wcag.Select(w => w.Criterion));
        Assert.Equal(WcagEmOutcome.Failed, wcag["1.1.1"].Outcome);
        Assert.Equal(Judgements.AutomatedAssessor, wcag["1.1.1"].Assessor);
        Assert.Equal(Report.Findings.Where(f => f.Tags.Contains("wcag111") && f.Kind == Model.Findings.FindingKind.Violation).Select(f => f.Fingerprint), wcag["1.1.1"].Evidence);
        Assert.Equal(WcagEmOutcome.CantTell, wcag["1.4.3"].Outcome);
        Assert.NotEmpty(wcag["1.4.3"].Evidence);
        // Checks that found nothing never prefill passed: 3.1.1 was machine-tested and is untested.
        Assert.Equal(WcagEmOutcome.Untested, wcag["3.1.1"].Outcome);
        Assert.Equal(WcagEmOutcome.Untested, wcag["1.2.1"].Outcome);
        Assert.DoesNotContain(wcag.Values, w => w.Outcome == WcagEmOutcome.Passed);
        Assert.Contains("# Automated: nothing found by accessibility/axe/html-has-lang, accessibility/axe/html-lang-valid; they cannot prove a pass, a person decides", template, StringComparison.Ordinal);
        var applied = Parse(template).Apply(Report).Value!;
        Assert.Equal(Report.WcagCoverage.Criteria.Select(c => c.Outcome), applied.WcagCoverage!.Criteria.Select(c => c.Outcome));
    }

    [Fact]
    public void The_template_is_unchanged() => Snapshot.Verify(Judgements.Template(Report, "assessment.json"), "judgements-template", "yml");
}
