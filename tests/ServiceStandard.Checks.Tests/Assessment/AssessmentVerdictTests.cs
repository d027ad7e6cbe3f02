using ServiceStandard.Configuration;
using ServiceStandard.Model.Findings;
using ServiceStandard.Checks.Tests.Schemas;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Checks.Tests.Assessment;

/// <summary>The exit code's verdict, decided from assessment.json alone.</summary>
public class AssessmentVerdictTests
{
    private static readonly AssessmentReport Report = FormatExamples.Report();

    private static AssessmentReport WithFindings(string failOn, bool newOnly, params Finding[] findings) => Report with
    {
        Run = Report.Run with { FailOn = failOn },
        Findings = findings,
        Baseline = Report.Baseline! with { NewOnly = newOnly },
    };

    private static Finding Violation(Severity severity, BaselineState? state = null, FindingKind kind = FindingKind.Violation) =>
        Report.Findings[0] with { Severity = severity, Baseline = state, Kind = kind };

    [Theory]
    [InlineData("serious", Severity.Serious, AssessmentVerdict.Failed)]
    [InlineData("serious", Severity.Moderate, AssessmentVerdict.Passed)]
    [InlineData("minor", Severity.Minor, AssessmentVerdict.Failed)]
    [InlineData("none", Severity.Critical, AssessmentVerdict.Passed)]
    public void Violations_at_or_above_fail_on_fail(string failOn, Severity severity, AssessmentVerdict expected) =>
        Assert.Equal(expected, AssessmentVerdicts.Decide(WithFindings(failOn, false, Violation(severity))));

    [Fact]
    public void A_shards_partial_assessment_never_fails_on_its_findings_merge_decides()
    {
        var partial = WithFindings("minor", false, Violation(Severity.Critical)) with { Shard = PlanSchemaTests.Shard() };

        Assert.Equal(AssessmentVerdict.Passed, AssessmentVerdicts.Decide(partial));
        Assert.Equal(AssessmentVerdict.Interrupted, AssessmentVerdicts.Decide(partial with { Run = partial.Run with { Incomplete = true } }));
    }

    [Fact]
    public void Every_fail_on_word_of_the_configuration_is_understood_by_the_verdict()
    {
        foreach (var word in ConfigKeywords.FailThresholds.Names)
        {
            ConfigKeywords.FailThresholds.TryParse(word, out var threshold);
            Assert.True((threshold == FailThreshold.None) == (AssessmentVerdicts.Threshold(word) is null), $"failOn: {word}");
        }

        Assert.Equal(Severity.Moderate, AssessmentVerdicts.Threshold("moderate"));
        Assert.Null(AssessmentVerdicts.Threshold("Serious"));
        Assert.Null(AssessmentVerdicts.Threshold("2"));
    }

    [Fact]
    public void Needs_review_never_fails() =>
        Assert.Equal(AssessmentVerdict.Passed, AssessmentVerdicts.Decide(WithFindings("minor", false, Violation(Severity.Critical, kind: FindingKind.NeedsReview))));

    [Fact]
    public void New_only_fails_for_new_findings_only()
    {
        Assert.Equal(AssessmentVerdict.Passed, AssessmentVerdicts.Decide(WithFindings("serious", true, Violation(Severity.Critical, BaselineState.Unchanged))));
        Assert.Equal(AssessmentVerdict.Failed, AssessmentVerdicts.Decide(WithFindings("serious", true, Violation(Severity.Critical, BaselineState.Unchanged), Violation(Severity.Serious, BaselineState.New))));
        Assert.Equal(AssessmentVerdict.Failed, AssessmentVerdicts.Decide(WithFindings("serious", false, Violation(Severity.Critical, BaselineState.Unchanged))));
    }

    [Fact]
    public void Suppressed_findings_never_fail()
    {
        var report = WithFindings("minor", false) with { Suppressed = [new SuppressedFinding(Violation(Severity.Critical), "accepted", "check x")] };

        Assert.Equal(AssessmentVerdict.Passed, AssessmentVerdicts.Decide(report));
    }

    [Fact]
    public void An_interrupted_run_is_interrupted_and_one_with_no_assessable_page_is_not_assessable()
    {
        Assert.Equal(AssessmentVerdict.Interrupted, AssessmentVerdicts.Decide(Report with { Run = Report.Run with { Incomplete = true } }));
        Assert.Equal(AssessmentVerdict.NotAssessable, AssessmentVerdicts.Decide(Report with { Pages = [.. Report.Pages.Where(p => p.Error is not null)] }));
    }

    [Fact]
    public void Judgements_do_not_change_the_verdict()
    {
        var judged = Report with { Criteria = [.. Report.Criteria.Select(c => c with { Outcome = CriterionOutcome.Met })] };

        Assert.Equal(AssessmentVerdicts.Decide(Report), AssessmentVerdicts.Decide(judged));
    }
}
