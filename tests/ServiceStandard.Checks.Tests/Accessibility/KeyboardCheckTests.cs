using ServiceStandard.Checks.Accessibility.Keyboard;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Tests.Accessibility;

public class KeyboardCheckTests
{
    private static readonly KeyboardCheck Check = new(TestCatalog.Instance);

    private static PageSnapshot PageWith(KeyboardWalk walk) => Snapshots.Page() with { Keyboard = walk };

    [Fact]
    public void A_clean_walk_reports_nothing()
    {
        Assert.Empty(Snapshots.Run(Check, PageWith(Snapshots.CleanWalk())));
        Assert.Empty(Snapshots.Missing(Check, PageWith(Snapshots.CleanWalk())));
    }

    [Fact]
    public void A_page_without_a_walk_reports_nothing_and_names_the_missing_evidence()
    {
        Assert.Empty(Snapshots.Run(Check, Snapshots.Page()));
        Assert.Equal(["keyboard"], Snapshots.Missing(Check, Snapshots.Page()));
    }

    [Fact]
    public void Trap_is_critical_and_located_at_the_trapping_region()
    {
        var walk = Snapshots.CleanWalk() with
        {
            Traps = [new KeyboardTrap("#date-picker", "<div id=\"date-picker\">", "focus cycles between 3 elements inside this region")],
        };

        FindingAssert.Is(
            Assert.Single(Snapshots.Run(Check, PageWith(walk))),
            "accessibility/keyboard/trap",
            Severity.Critical,
            FindingKind.Violation,
            Snapshots.Start,
            "#date-picker",
            "Keyboard focus gets stuck in #date-picker: pressing Tab does not move focus out of it.",
            ["accessibility", "wcag2a", "wcag212", "keyboard"]);
        Assert.Equal(
            "El foco del teclado queda atrapado en #date-picker: al pulsar Tab el foco no sale de ahí.",
            Snapshots.Message(Check, PageWith(walk), "es"));
    }

    [Fact]
    public void Not_reachable_is_a_violation_after_a_completed_walk()
    {
        var walk = Snapshots.CleanWalk() with { NotReached = [new InteractiveElement("div.card", "<div class=\"card\">", "click handler")] };

        FindingAssert.Is(
            Assert.Single(Snapshots.Run(Check, PageWith(walk))),
            "accessibility/keyboard/not-reachable",
            Severity.Serious,
            FindingKind.Violation,
            Snapshots.Start,
            "div.card",
            "div.card looks interactive (it has a click handler) but pressing Tab never reached it.",
            ["accessibility", "wcag2a", "wcag211", "keyboard"]);
        Assert.Equal(
            "div.card parece interactivo (tiene un controlador de clic), pero al pulsar Tab nunca recibió el foco.",
            Snapshots.Message(Check, PageWith(walk), "es"));
    }

    [Theory]
    [InlineData("natively focusable", "en", "it is a natively focusable element")]
    [InlineData("role=\"button\"", "en", "it has role=\"button\"")]
    [InlineData("cursor:pointer", "en", "cursor:pointer")]
    [InlineData("natively focusable", "es", "es un elemento que admite el foco de forma nativa")]
    [InlineData("role=\"button\"", "es", "tiene role=\"button\"")]
    public void Not_reachable_explains_why_the_element_looks_interactive(string reason, string language, string expected)
    {
        var walk = Snapshots.CleanWalk() with { NotReached = [new InteractiveElement("span.x", "<span class=\"x\">", reason)] };

        Assert.Contains($"({expected})", Snapshots.Message(Check, PageWith(walk), language), StringComparison.Ordinal);
    }

    [Fact]
    public void Not_reachable_needs_review_when_the_walk_stopped_early()
    {
        var walk = Snapshots.CleanWalk() with
        {
            Completed = false,
            NotReached = [new InteractiveElement("footer a", "<a href=\"/help\">", "natively focusable")],
        };

        var finding = Assert.Single(Snapshots.Run(Check, PageWith(walk)));

        Assert.Equal(FindingKind.NeedsReview, finding.Kind);
        Assert.Equal(
            "footer a looks interactive (it is a natively focusable element) and pressing Tab did not reach it, but the Tab walk stopped before the end of the page; check it by hand.",
            finding.Message);
        Assert.Equal(
            "footer a parece interactivo (es un elemento que admite el foco de forma nativa) y al pulsar Tab no recibió el foco, pero el recorrido con Tab se detuvo antes del final de la página; compruébelo a mano.",
            Snapshots.Message(Check, PageWith(walk), "es"));
    }

    [Fact]
    public void Focus_not_visible_reports_each_stop_without_an_indicator()
    {
        var walk = Snapshots.CleanWalk(
            new FocusStop(0, "a.skip-link", "a", "<a class=\"skip-link\">", true, "outline 3px solid"),
            new FocusStop(1, "#email", "input", "<input id=\"email\">", false, null),
            new FocusStop(2, "button.start", "button", "<button class=\"start\">", false, null));

        var findings = Snapshots.Run(Check, PageWith(walk));

        Assert.Equal(2, findings.Count);
        FindingAssert.Is(
            findings[0],
            "accessibility/keyboard/focus-not-visible",
            Severity.Serious,
            FindingKind.Violation,
            Snapshots.Start,
            "#email",
            "#email shows no visible change when it receives keyboard focus.",
            ["accessibility", "wcag2aa", "wcag247", "keyboard"]);
        Assert.Equal("<input id=\"email\">", ((PageLocation)findings[0].Location).Snippet);
        Assert.Equal("button.start", ((PageLocation)findings[1].Location).Selector);
        Assert.NotEqual(findings[0].Fingerprint, findings[1].Fingerprint);
    }

    [Theory]
    [InlineData(false, false, null, null, false, false, 5, null,
        "There is no skip link, and 5 focusable elements come before the main content.",
        "No hay enlace para saltar al contenido y hay 5 elementos que reciben el foco antes del contenido principal.")]
    [InlineData(false, false, null, null, false, false, 1, null,
        "There is no skip link, and a focusable element comes before the main content.",
        "No hay enlace para saltar al contenido y hay un elemento que recibe el foco antes del contenido principal.")]
    [InlineData(true, false, "a.skip", "#main", true, true, 4, "a.skip",
        "The skip link a.skip is not the first element that Tab reaches.",
        "El enlace para saltar al contenido a.skip no es el primer elemento al que llega Tab.")]
    [InlineData(true, true, "a.skip", "#content", false, false, 4, "a.skip",
        "The skip link points to #content, but no element on the page has that id.",
        "El enlace para saltar al contenido apunta a #content, pero ningún elemento de la página tiene ese id.")]
    [InlineData(true, true, "a.skip", "#main", true, false, 4, "a.skip",
        "The skip link points to #main, which cannot receive focus, so keyboard focus does not move to the main content.",
        "El enlace para saltar al contenido apunta a #main, que no puede recibir el foco, así que el foco del teclado no se mueve al contenido principal.")]
    [InlineData(true, false, "a.skip", "#content", false, false, 4, "a.skip",
        "The skip link a.skip is not the first element that Tab reaches. The skip link points to #content, but no element on the page has that id.",
        "El enlace para saltar al contenido a.skip no es el primer elemento al que llega Tab. El enlace para saltar al contenido apunta a #content, pero ningún elemento de la página tiene ese id.")]
    public void Skip_link_problems_are_named_in_one_finding(
        bool present, bool isFirst, string? selector, string? target, bool targetExists, bool targetFocusable, int before, string? expectedSelector, string english, string spanish)
    {
        var page = PageWith(Snapshots.CleanWalk() with { SkipLink = new SkipLinkProbe(present, isFirst, selector, target, targetExists, targetFocusable, before) });

        FindingAssert.Is(
            Assert.Single(Snapshots.Run(Check, page)),
            "accessibility/keyboard/skip-link",
            Severity.Moderate,
            FindingKind.Violation,
            Snapshots.Start,
            expectedSelector,
            english,
            ["accessibility", "wcag2a", "wcag241", "keyboard"]);
        Assert.Equal(spanish, Snapshots.Message(Check, page, "es"));
    }

    [Fact]
    public void No_skip_link_is_fine_when_nothing_comes_before_the_main_content()
    {
        var page = PageWith(Snapshots.CleanWalk() with { SkipLink = new SkipLinkProbe(false, false, null, null, false, false, 0) });

        Assert.Empty(Snapshots.Run(Check, page));
    }

    [Fact]
    public void Help_is_in_the_report_language()
    {
        var walk = Snapshots.CleanWalk() with { Traps = [new KeyboardTrap("#modal", "<div id=\"modal\">", "x")] };

        Assert.StartsWith("Make sure Tab", Assert.Single(Snapshots.Run(Check, PageWith(walk), "en")).Help, StringComparison.Ordinal);
        Assert.StartsWith("Asegúrese de que Tab", Assert.Single(Snapshots.Run(Check, PageWith(walk), "es")).Help, StringComparison.Ordinal);
        Assert.Equal("https://servicestandard.dev/docs/checks.md#accessibility-keyboard-trap", Assert.Single(Snapshots.Run(Check, PageWith(walk))).HelpUrl);
    }
}
