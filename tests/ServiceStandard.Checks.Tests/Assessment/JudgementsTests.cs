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
    public void The_template_is_unchanged() => Snapshot.Verify(Judgements.Template(Report, "assessment.json"), "judgements-template", "yml");
}
