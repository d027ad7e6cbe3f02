using ServiceStandard.Checks.Accessibility.Html;
using ServiceStandard.Checks.Accessibility.Keyboard;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Tests.Accessibility;

public class FingerprintTests
{
    private static readonly KeyboardCheck Check = new(TestCatalog.Instance);

    private static string FingerprintAt(string url, string selector = "#email")
    {
        var page = Snapshots.Page(url) with
        {
            Keyboard = Snapshots.CleanWalk(new FocusStop(0, selector, "input", "<input>", false, null)),
        };
        return Assert.Single(Snapshots.Run(Check, page)).Fingerprint;
    }

    [Fact]
    public void The_same_problem_on_another_host_port_or_scheme_keeps_its_fingerprint()
    {
        var local = FingerprintAt("http://localhost:5001/apply/name");

        Assert.Equal(local, FingerprintAt("http://localhost:61234/apply/name"));
        Assert.Equal(local, FingerprintAt("https://staging.service.gov.example/apply/name"));
    }

    [Fact]
    public void Another_selector_page_or_rule_changes_the_fingerprint()
    {
        var fingerprint = FingerprintAt("http://localhost:5001/apply/name");

        Assert.NotEqual(fingerprint, FingerprintAt("http://localhost:5001/apply/name", "#name"));
        Assert.NotEqual(fingerprint, FingerprintAt("http://localhost:5001/apply/address"));
        Assert.NotEqual(fingerprint, FingerprintAt("http://localhost:5001/apply/name?lang=es"));
    }

    [Fact]
    public void The_fingerprint_does_not_depend_on_the_report_language_or_the_message()
    {
        var page = Snapshots.Page() with { Html = "<p id=\"a\"></p><p id=\"a\"></p>" };
        var html = new HtmlCheck(TestCatalog.Instance);

        Assert.Equal(Snapshots.Run(html, page, "en")[0].Fingerprint, Snapshots.Run(html, page, "es")[0].Fingerprint);
    }
}
