using ServiceStandard.Checks.Accessibility.Html;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Tests.Accessibility;

public class HtmlCheckTests
{
    private static readonly HtmlCheck Check = new(TestCatalog.Instance);

    private static PageSnapshot PageWith(string body) =>
        Snapshots.Page() with { Html = $"<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head><body>{body}</body></html>" };

    [Fact]
    public void Unique_ids_report_nothing()
    {
        Assert.Empty(Snapshots.Run(Check, PageWith("<label for=\"a\">A</label><input id=\"a\"><p id=\"b\">x</p>")));
    }

    [Fact]
    public void A_duplicate_id_that_a_label_or_aria_points_at_is_serious()
    {
        var page = PageWith(
            "<label for=\"email\">Email</label><input id=\"email\" aria-describedby=\"email-hint email-error\">" +
            "<div id=\"email-hint\">Hint</div><label for=\"email\">Confirm</label><input id=\"email\" name=\"confirm\">");

        var finding = Assert.Single(Snapshots.Run(Check, page));

        FindingAssert.Is(
            finding,
            "accessibility/html/duplicate-id",
            Severity.Serious,
            FindingKind.Violation,
            Snapshots.Start,
            "[id=\"email\"]",
            "The id \"email\" is used by 2 elements and is referenced by for, so a label or ARIA relationship may point at the wrong element.",
            ["accessibility", "wcag2a", "wcag131", "wcag412", "html"]);
        Assert.Equal("<input id=\"email\" aria-describedby=\"email-hint email-error\">", ((PageLocation)finding.Location).Snippet);
        Assert.Equal(
            "El id \"email\" lo usan 2 elementos y lo referencian for, así que una etiqueta o relación ARIA puede apuntar al elemento equivocado.",
            Snapshots.Message(Check, page, "es"));
    }

    [Fact]
    public void Every_referencing_attribute_is_named()
    {
        var page = PageWith("<p id=\"hint\">1</p><p id='hint'>2</p><p id=hint>3</p><input aria-describedby=\"x hint\"><td headers=\"hint\"></td>");

        var finding = Assert.Single(Snapshots.Run(Check, page));

        Assert.Equal(
            "The id \"hint\" is used by 3 elements and is referenced by aria-describedby, headers, so a label or ARIA relationship may point at the wrong element.",
            finding.Message);
    }

    [Fact]
    public void An_unreferenced_duplicate_id_is_minor()
    {
        var page = PageWith("<div id=\"card\"></div><div ID=\"card\"></div><div id=\"Card\"></div>");

        var finding = Assert.Single(Snapshots.Run(Check, page));

        Assert.Equal(Severity.Minor, finding.Severity);
        Assert.Equal("The id \"card\" is used by 2 elements; ids must be unique so that links, scripts and labels find the right element.", finding.Message);
        Assert.Equal(
            "El id \"card\" lo usan 2 elementos; los id deben ser únicos para que los enlaces, los scripts y las etiquetas encuentren el elemento correcto.",
            Snapshots.Message(Check, page, "es"));
    }

    [Fact]
    public void Ids_in_comments_scripts_templates_and_attribute_values_do_not_count()
    {
        var page = PageWith(
            "<div id=\"x\"></div><!-- <div id=\"x\"> -->" +
            "<script>document.body.innerHTML += '<div id=\"x\"></div>';</script>" +
            "<template><div id=\"x\"></div></template>" +
            "<textarea><div id=\"x\"></div></textarea>" +
            "<div data-html='<span id=\"x\">' title=\"id=&quot;x&quot;\"></div>" +
            "<div data-id=\"x\" aria-labelledby=\"x\"></div>");

        Assert.Empty(Snapshots.Run(Check, page));
    }

    [Fact]
    public void Entities_are_decoded_and_the_selector_is_escaped()
    {
        var finding = Assert.Single(Snapshots.Run(Check, PageWith("<i id=\"a&quot;b\"></i><b id='a\"b'></b>")));

        Assert.Equal("[id=\"a\\\"b\"]", ((PageLocation)finding.Location).Selector);
    }

    [Fact]
    public void Each_duplicated_id_is_its_own_finding()
    {
        var findings = Snapshots.Run(Check, PageWith("<a id=\"one\"></a><a id=\"two\"></a><a id=\"one\"></a><a id=\"two\"></a>"));

        Assert.Equal(["[id=\"one\"]", "[id=\"two\"]"], findings.Select(f => ((PageLocation)f.Location).Selector));
    }

    [Fact]
    public void A_page_without_html_is_named_as_missing_evidence()
    {
        Assert.Equal(["html"], Snapshots.Missing(Check, Snapshots.Page()));
        Assert.Empty(Snapshots.Run(Check, Snapshots.Page()));
    }
}
