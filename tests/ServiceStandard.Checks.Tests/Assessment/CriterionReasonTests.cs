using ServiceStandard.Assessing;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Tests.Assessment;

/// <summary>A criterion's reason speaks the run's language, like every other text of the report.</summary>
public class CriterionReasonTests
{
    private static readonly ServiceStandard.Standard.StandardDefinition Standard =
        ServiceStandard.Standard.ShippedStandards.Resolve("digital-service-standard").Value!;

    [Theory]
    [InlineData("en", "1 violation(s) at or above the blocking severity", "no automated check gathers evidence for this criterion; an assessor judges it")]
    [InlineData("es", "1 infracción(es) de gravedad bloqueante o superior", "ninguna comprobación automática reúne evidencia para este criterio; lo juzga un evaluador")]
    public void Reasons_are_in_the_runs_language(string language, string notMet, string notAssessed)
    {
        var finding = Schemas.FormatExamples.Report().Findings.First(f => f.Kind == FindingKind.Violation && f.Tags.Contains("accessibility")) with { Severity = Severity.Critical };

        var criteria = CriterionEvaluator.Evaluate(Standard, [finding], new HashSet<string> { "accessibility" }, Severity.Serious, language);

        Assert.Contains(criteria, c => c.Outcome == CriterionOutcome.NotMet && c.Reason == notMet);
        Assert.Contains(criteria, c => c.Outcome == CriterionOutcome.NotAssessed && c.Reason == notAssessed);
    }

    [Fact]
    public void A_clean_criterion_and_one_with_findings_below_the_threshold_say_so_in_spanish()
    {
        var finding = Schemas.FormatExamples.Report().Findings.First(f => f.Kind == FindingKind.Violation && f.Tags.Contains("accessibility")) with { Severity = Severity.Minor };

        var clean = CriterionEvaluator.Evaluate(Standard, [], new HashSet<string> { "accessibility" }, Severity.Serious, "es");
        var below = CriterionEvaluator.Evaluate(Standard, [finding], new HashSet<string> { "accessibility" }, Severity.Serious, "es");

        Assert.Contains(clean, c => c.Reason == "las comprobaciones automáticas no encontraron problemas; un evaluador aún juzga el criterio");
        Assert.Contains(below, c => c.Reason == "1 infracción(es) por debajo de la gravedad bloqueante y 0 resultado(s) para revisar");
    }
}
