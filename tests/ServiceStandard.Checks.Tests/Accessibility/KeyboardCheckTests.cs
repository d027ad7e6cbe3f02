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
            "Keyboard focus gets stuck in #date-picker: neither Tab, Shift+Tab nor Escape moves focus out of it, and nothing on the page says how to leave.",
            ["accessibility", "wcag2a", "wcag212", "keyboard"]);
        Assert.Equal(
            "El foco del teclado queda atrapado en #date-picker: ni Tab, ni Mayús+Tab, ni Escape lo sacan de ahí, y nada en la página explica cómo salir.",
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
            "#email shows no visible change when it receives keyboard focus: neither its own look, nor its parent's, its neighbours' or anything a focus handler changed.",
            ["accessibility", "wcag2aa", "wcag247", "keyboard"]);
        Assert.Equal("<input id=\"email\">", ((PageLocation)findings[0].Location).Snippet);
        Assert.Equal("button.start", ((PageLocation)findings[1].Location).Selector);
        Assert.NotEqual(findings[0].Fingerprint, findings[1].Fingerprint);
    }

    [Theory]
    [InlineData(false, null, null, false, null, 5, null,
        "Nothing lets users bypass the 5 focusable elements before the main content: there is no skip link, no main landmark and no heading that starts the content.",
        "Nada permite saltar los 5 elementos que reciben el foco antes del contenido principal: no hay enlace para saltar al contenido, ni punto de referencia main, ni un encabezado que empiece el contenido.")]
    [InlineData(false, null, null, false, null, 1, null,
        "Nothing lets users bypass the focusable element before the main content: there is no skip link, no main landmark and no heading that starts the content.",
        "Nada permite saltar el elemento que recibe el foco antes del contenido principal: no hay enlace para saltar al contenido, ni punto de referencia main, ni un encabezado que empiece el contenido.")]
    [InlineData(true, "a.skip", "#content", false, null, 4, "a.skip",
        "The skip link points to #content, but no element on the page has that id, so it moves nowhere.",
        "El enlace para saltar al contenido apunta a #content, pero ningún elemento de la página tiene ese id, así que no lleva a ninguna parte.")]
    [InlineData(true, "a.skip", "#about", true, false, 4, "a.skip",
        "The skip link points to #about, which is not the main content: focusable elements of the blocks it should skip still come after it.",
        "El enlace para saltar al contenido apunta a #about, que no es el contenido principal: después de él siguen elementos de los bloques que debería saltar.")]
    public void Nothing_to_bypass_the_blocks_is_a_violation(
        bool present, string? selector, string? target, bool targetExists, bool? atContent, int before, string? expectedSelector, string english, string spanish)
    {
        var page = PageWith(Snapshots.CleanWalk() with { SkipLink = new SkipLinkProbe(present, present, selector, target, targetExists, false, before) { TargetAtContent = atContent } });

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

    [Theory]
    [InlineData(true, false, 2)]
    [InlineData(false, true, 1)]
    public void A_landmark_or_heading_bypasses_a_short_block_without_a_skip_link(bool landmark, bool heading, int before)
    {
        var page = PageWith(Snapshots.CleanWalk() with { SkipLink = new SkipLinkProbe(false, false, null, null, false, false, before) { MainLandmark = landmark, HeadingStartsContent = heading } });

        Assert.Empty(Snapshots.Run(Check, page));
    }

    [Fact]
    public void A_landmark_without_a_skip_link_before_a_long_block_needs_review()
    {
        var page = PageWith(Snapshots.CleanWalk() with { SkipLink = new SkipLinkProbe(false, false, null, null, false, false, 6) { MainLandmark = true } });

        var finding = Assert.Single(Snapshots.Run(Check, page));
        Assert.Equal(FindingKind.NeedsReview, finding.Kind);
        Assert.Contains("sighted keyboard user", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_skip_link_to_a_target_without_tabindex_is_fine()
    {
        var page = PageWith(Snapshots.CleanWalk() with { SkipLink = new SkipLinkProbe(true, true, "a.skip", "#main", true, false, 4) { TargetAtContent = true } });

        Assert.Empty(Snapshots.Run(Check, page));
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
