using ServiceStandard.Model.Findings;
using ServiceStandard.DesignSystem.Contracts;
using ServiceStandard.DesignSystem.Engine;

namespace ServiceStandard.DesignSystem.Tests;

/// <summary>
/// The engine returns ContractViolation (the DesignSystem library does not reference Checks, which
/// will call the engine); this is the mapping the design-system contract check uses to make the
/// shared Finding, proving every field the Finding needs is there.
/// </summary>
public class FindingMappingTests
{
    private const string CheckId = "design-system/contract";

    [Fact]
    public void A_violation_maps_onto_the_shared_finding_model()
    {
        var html = ExamplePage.Wrap("""<button type="submit" class="ds-button ds-button--huge" id="save">Save</button>""", "Mapping");
        var violation = Assert.Single(DesignSystemFiles.Engine.Evaluate(html).Violations);

        var finding = ToFinding(violation, "http://127.0.0.1:5000/apply/name", "es");

        Assert.Equal("design-system/contract/button/unknown-modifier", finding.QualifiedRuleId);
        Assert.Equal(Severity.Moderate, finding.Severity);
        Assert.Equal("ds-button--huge no es un modificador de botón; use uno de estos: ds-button--secondary, ds-button--warning, ds-button--start, ds-button--inverse.", finding.Message);
        Assert.Equal(new PageLocation("http://127.0.0.1:5000/apply/name", "#save", violation.Snippet), finding.Location);
        Assert.Equal(Fingerprints.ForPage(CheckId, "button/unknown-modifier", "http://localhost:8080/apply/name", "#save", "ds-button--huge"), finding.Fingerprint);
        Assert.Contains("design-system", finding.Tags);
    }

    [Fact]
    public void Severities_have_the_same_names_and_values()
    {
        Assert.Equal(
            Enum.GetValues<Severity>().Select(s => (s.ToString(), (int)s)),
            Enum.GetValues<ContractSeverity>().Select(s => (s.ToString(), (int)s)));
    }

    private static Finding ToFinding(ContractViolation violation, string url, string language) =>
        new(
            CheckId,
            violation.RuleId,
            (Severity)(int)violation.Severity,
            FindingKind.Violation,
            violation.Message(language),
            violation.Help(language),
            violation.HelpUrl,
            ["design-system", .. violation.Wcag.Select(n => "wcag" + n.Replace(".", string.Empty, StringComparison.Ordinal))],
            new PageLocation(url, violation.Selector, violation.Snippet),
            Fingerprints.ForPage(CheckId, violation.RuleId, url, violation.Selector, violation.Discriminator));
}
