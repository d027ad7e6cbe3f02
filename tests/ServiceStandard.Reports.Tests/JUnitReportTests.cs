using System.Xml.Linq;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Reports.Tests;

public class JUnitReportTests
{
    private static XDocument Render(AssessmentReport? report = null) => XDocument.Parse(new JUnitReport().Render(ReportExamples.Input(report)));

    [Fact]
    public void One_suite_per_criterion_with_a_case_for_it_and_one_per_check()
    {
        var suites = Render().Root!.Elements("testsuite").ToList();

        Assert.Equal(["DSS-05", "DSS-09", "DSS-12", "DSS-01", "DSS-14"], suites.Take(5).Select(s => s.Element("properties")!.Elements().First().Attribute("value")!.Value));
        var dss05 = suites[0].Elements("testcase").Select(c => c.Attribute("classname")!.Value).ToList();
        Assert.Equal(["DSS-05", "DSS-05.accessibility/axe", "DSS-05.accessibility/keyboard", "DSS-05.accessibility/html"], dss05);
        Assert.Equal("other", suites.Last().Elements("testcase").Single().Attribute("classname")!.Value.Split('.')[0]);
    }

    [Fact]
    public void A_case_fails_exactly_when_the_exit_code_counts_it()
    {
        var cases = Render().Descendants("testcase").ToDictionary(c => c.Attribute("classname")!.Value);

        Assert.NotNull(cases["DSS-05"].Element("failure"));
        Assert.NotNull(cases["DSS-05.accessibility/axe"].Element("failure"));
        Assert.NotNull(cases["DSS-05.accessibility/keyboard"].Element("failure"));
        Assert.Null(cases["DSS-05.accessibility/html"].Element("failure"));
        Assert.Contains("duplicate-id", cases["DSS-05.accessibility/html"].Element("system-out")!.Value, StringComparison.Ordinal);
        Assert.NotNull(cases["DSS-12"].Element("skipped"));
        Assert.Null(cases["DSS-01"].Element("failure"));
        Assert.Null(cases["DSS-01"].Element("skipped"));
        Assert.NotNull(cases["DSS-14"].Element("skipped"));
    }

    [Fact]
    public void Counts_add_up()
    {
        var root = Render().Root!;

        Assert.Equal(root.Descendants("testcase").Count(), (int)root.Attribute("tests")!);
        Assert.Equal(root.Descendants("failure").Count(), (int)root.Attribute("failures")!);
        Assert.All(root.Elements("testsuite"), s => Assert.Equal(s.Elements("testcase").Count(), (int)s.Attribute("tests")!));
    }

    [Fact]
    public void Hostile_text_stays_text_and_the_xml_stays_well_formed()
    {
        var xml = new JUnitReport().Render(ReportExamples.Input(ReportExamples.Hostile()));

        var document = XDocument.Parse(xml);
        Assert.Contains(document.Descendants("failure"), f => f.Value.Contains("<script>window.__pwned=1</script>", StringComparison.Ordinal));
        Assert.DoesNotContain("\u202E", xml, StringComparison.Ordinal);
    }
}
