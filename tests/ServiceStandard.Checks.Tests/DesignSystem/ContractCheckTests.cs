using ServiceStandard.Checks.DesignSystem;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Tests.DesignSystem;

public class ContractCheckTests
{
    private readonly ServiceStandard.Checks.Engine.IWebCheck _check = DesignPages.Check(ContractCheck.CheckId);

    [Fact]
    public void A_page_built_correctly_has_no_contract_findings()
    {
        Assert.Empty(DesignPages.Run(_check, null, DesignPages.Page(DesignPages.Html(DesignPages.GoodMain))));
    }

    [Fact]
    public void Each_broken_rule_names_the_component_rule_element_and_fix_in_the_report_language()
    {
        var page = DesignPages.Page(DesignPages.Html("""<h1>Name</h1><button type="submit" class="ds-button ds-button--huge" id="save">Save</button>"""));

        var finding = Assert.Single(DesignPages.Run(_check, DesignPages.Context(language: "es"), page));

        Assert.Equal("design-system/contract/button/unknown-modifier", finding.QualifiedRuleId);
        Assert.Equal(Severity.Moderate, finding.Severity);
        Assert.StartsWith("ds-button--huge no es un modificador de botón", finding.Message, StringComparison.Ordinal);
        Assert.Equal("#save", ((PageLocation)finding.Location).Selector);
        Assert.Contains("design-system", finding.Tags);
    }

    [Fact]
    public void Rules_with_wcag_criteria_carry_their_wcag_tags()
    {
        var page = DesignPages.Page(DesignPages.Html("""<h1>Name</h1><div class="ds-button">Save</div>"""));

        var finding = Assert.Single(DesignPages.Run(_check, null, page), f => f.RuleId == "button/element");

        Assert.Contains("wcag412", finding.Tags);
        Assert.Contains("wcag2a", finding.Tags);
    }
}
