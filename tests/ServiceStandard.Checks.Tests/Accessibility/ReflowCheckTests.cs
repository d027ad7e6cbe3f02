using ServiceStandard.Checks.Accessibility.Reflow;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Tests.Accessibility;

public class ReflowCheckTests
{
    private static readonly ReflowCheck Check = new(TestCatalog.Instance);

    private static readonly ReflowProbe Fits = new(320, 320, false, []);

    private static PageSnapshot PageWith(ReflowProbe reflow, ReflowProbe? textSpacing = null) =>
        Snapshots.Page() with { Reflow = reflow, TextSpacing = textSpacing ?? new ReflowProbe(1280, 1280, false, []) };

    [Fact]
    public void A_page_that_reflows_reports_nothing()
    {
        Assert.Empty(Snapshots.Run(Check, PageWith(Fits)));
        Assert.Empty(Snapshots.Missing(Check, PageWith(Fits)));
    }

    [Fact]
    public void Missing_probes_are_named()
    {
        Assert.Equal(["reflow", "text-spacing"], Snapshots.Missing(Check, Snapshots.Page()));
        Assert.Equal(["text-spacing"], Snapshots.Missing(Check, Snapshots.Page() with { Reflow = Fits }));
        Assert.Empty(Snapshots.Run(Check, Snapshots.Page()));
    }

    [Fact]
    public void Horizontal_scroll_names_the_elements_that_stick_out()
    {
        var page = PageWith(new ReflowProbe(320, 612, true,
        [
            new OverflowingElement("table.fees", "<table class=\"fees\">", 600, "reaches 612 px in a 320 px wide viewport"),
            new OverflowingElement("pre", "<pre>", 480, "reaches 492 px in a 320 px wide viewport"),
        ]));

        FindingAssert.Is(
            Assert.Single(Snapshots.Run(Check, page)),
            "accessibility/reflow/horizontal-scroll",
            Severity.Serious,
            FindingKind.Violation,
            Snapshots.Start,
            "table.fees",
            "At 320 CSS pixels wide the page scrolls sideways (its content is 612 px wide). Elements that stick out: table.fees (600 px), pre (480 px).",
            ["accessibility", "wcag21aa", "wcag1410", "reflow"]);
        Assert.Equal(
            "Con 320 píxeles CSS de ancho la página se desplaza en horizontal (su contenido mide 612 px). Elementos que sobresalen: table.fees (600 px), pre (480 px).",
            Snapshots.Message(Check, page, "es"));
    }

    [Fact]
    public void Horizontal_scroll_without_a_culprit_says_so_and_long_lists_are_cut()
    {
        Assert.Equal(
            "At 320 CSS pixels wide the page scrolls sideways (its content is 400 px wide); no single element was found to cause it.",
            Snapshots.Message(Check, PageWith(new ReflowProbe(320, 400, true, [])), "en"));

        var many = Enumerable.Range(1, 7).Select(i => new OverflowingElement($"div:nth-of-type({i})", "<div>", 400, "x")).ToList();
        Assert.EndsWith(
            "div:nth-of-type(5) (400 px) y 2 más.",
            Snapshots.Message(Check, PageWith(new ReflowProbe(320, 400, true, many)), "es"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Text_spacing_reports_clipped_text()
    {
        var page = PageWith(Fits, new ReflowProbe(1280, 1280, false, [new OverflowingElement("button.start", "<button class=\"start\">", 140, "text is cut off")]));

        FindingAssert.Is(
            Assert.Single(Snapshots.Run(Check, page)),
            "accessibility/reflow/text-spacing",
            Severity.Serious,
            FindingKind.Violation,
            Snapshots.Start,
            null,
            "With WCAG text spacing applied, text is cut off or overflows in: button.start (140 px).",
            ["accessibility", "wcag21aa", "wcag1412", "reflow"]);
        Assert.Equal(
            "Con el espaciado de texto de WCAG aplicado, el texto queda cortado o se desborda en: button.start (140 px).",
            Snapshots.Message(Check, page, "es"));
    }

    [Fact]
    public void Text_spacing_reports_sideways_scroll()
    {
        var scrollOnly = PageWith(Fits, new ReflowProbe(1280, 1400, true, []));
        Assert.Equal(
            "With WCAG text spacing applied, the page scrolls sideways (its content is 1400 px wide in a 1280 px wide window).",
            Snapshots.Message(Check, scrollOnly, "en"));

        var both = PageWith(Fits, new ReflowProbe(1280, 1400, true, [new OverflowingElement("nav ul", "<ul>", 1400, "reaches 1400 px")]));
        Assert.Equal(
            "Con el espaciado de texto de WCAG aplicado, la página se desplaza en horizontal (su contenido mide 1400 px en una ventana de 1280 px de ancho) y el texto queda cortado o se desborda en: nav ul (1400 px).",
            Snapshots.Message(Check, both, "es"));
    }
}
