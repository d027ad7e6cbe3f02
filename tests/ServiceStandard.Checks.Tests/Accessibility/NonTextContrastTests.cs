using ServiceStandard.Checks.Accessibility.Content;
using ServiceStandard.Checks.Accessibility.Keyboard;
using ServiceStandard.Kernel.Colour;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Tests.Accessibility;

/// <summary>WCAG 1.4.11's two rules over evidence literals: the maths, the exceptions, and where a person decides.</summary>
public class NonTextContrastTests
{
    private const string White = "rgb(255, 255, 255)";
    private const string Black = "rgb(11, 12, 12)";
    private const string Yellow = "rgb(255, 221, 0)";
    private const string FocusRule = "accessibility/keyboard/focus-indicator-contrast";
    private const string ControlRule = "accessibility/content/control-boundary-contrast";

    private static readonly KeyboardCheck Keyboard = new(TestCatalog.Instance);
    private static readonly ContentCheck Content = new(TestCatalog.Instance);

    [Theory]
    [InlineData("rgb(118, 118, 118)", White, 4.54)]
    [InlineData("rgb(221, 221, 221)", White, 1.36)]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("rgb(0 0 0 / 0.5)", White, 3.98)]
    public void Ratios_follow_WCAG_with_translucent_colours_painted_over_what_is_beneath(string colour, string beneath, double expected)
    {
        var below = Rgba.TryParse(beneath)!.Value;
        var shown = Rgba.TryParse(colour)!.Value.Over(below);
        Assert.Equal(expected, ContrastRatio.Of(shown, below), precision: 2);
    }

    [Theory]
    [InlineData("oklch(0.5 0.1 200)")]
    [InlineData("color(display-p3 1 0 0)")]
    [InlineData("rgb(10%, 0%, 0%)")]
    public void Colours_in_other_spaces_are_not_guessed(string css) => Assert.Null(Rgba.TryParse(css));

    private static FindingKind? FocusFinding(FocusIndicatorLook look)
    {
        var walk = Snapshots.CleanWalk(new FocusStop(0, "a.start", "a", "<a class=\"start\">", true, "outline") { Look = look });
        var found = Snapshots.Run(Keyboard, Snapshots.Page() with { Keyboard = walk }).Where(f => f.QualifiedRuleId == FocusRule).ToList();
        return found.Count == 0 ? null : Assert.Single(found).Kind;
    }

    private static FocusIndicatorLook Look(params IndicatorPart[] parts) => new(parts, [], [White], null, "rgba(0, 0, 0, 0)", null);

    [Fact]
    public void A_yellow_and_black_indicator_passes_through_its_black_part()
    {
        var look = Look(
            new IndicatorPart("background", Yellow, 0, ["backdrop"]) { Previous = "rgba(0, 0, 0, 0)" },
            new IndicatorPart("box-shadow", Yellow, 2, ["backdrop", "own"]),
            new IndicatorPart("box-shadow", Black, 4, ["backdrop", "own"]));
        Assert.Null(FocusFinding(look));
    }

    [Fact]
    public void A_pale_outline_and_nothing_else_is_a_violation_with_what_was_measured()
    {
        var look = Look(new IndicatorPart("outline", "rgb(204, 204, 204)", 2, ["backdrop"]) { Offset = 2 });
        Assert.Equal(FindingKind.Violation, FocusFinding(look));
        var walk = Snapshots.CleanWalk(new FocusStop(0, "a.start", "a", "<a>", true, "outline") { Look = look });
        var message = Snapshots.Run(Keyboard, Snapshots.Page() with { Keyboard = walk }).Single(f => f.QualifiedRuleId == FocusRule).Message;
        Assert.Contains("outline #cccccc 2px: 1.60:1 / #ffffff (behind it)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_that_is_not_of_colour_or_the_browsers_own_ring_passes()
    {
        Assert.Null(FocusFinding(Look(new IndicatorPart("background", "rgb(238, 238, 238)", 0, ["backdrop"])) with { OtherChanges = ["text-decoration-line: underline"] }));
        Assert.Null(FocusFinding(Look(new IndicatorPart("outline", "rgb(16, 16, 16)", 1, []) { UserAgent = true })));
    }

    [Fact]
    public void A_border_recoloured_visibly_but_pale_against_the_page_is_for_a_person()
    {
        var look = Look(
            new IndicatorPart("border-top", Yellow, 2, ["backdrop", "own"]) { Inside = true, Previous = Black },
            new IndicatorPart("background", Yellow, 0, ["backdrop"]) { Previous = White });
        Assert.Equal(FindingKind.NeedsReview, FocusFinding(look));
    }

    [Fact]
    public void An_outline_over_a_background_image_is_for_a_person()
    {
        var look = Look(new IndicatorPart("outline", "rgb(221, 221, 221)", 2, ["backdrop"]) { Offset = 2 }) with { Backdrop = [], BackdropUnclear = "background image on div.hero" };
        Assert.Equal(FindingKind.NeedsReview, FocusFinding(look));
    }

    private static FindingKind? ControlFinding(ControlBoundary control)
    {
        var page = Snapshots.Page() with { Content = new ContentProbe([], [], [], [], [], []) { ControlBoundaries = [control] } };
        var found = Snapshots.Run(Content, page).Where(f => f.QualifiedRuleId == ControlRule).ToList();
        return found.Count == 0 ? null : Assert.Single(found).Kind;
    }

    private static ControlBoundary Field(string border, string background = White, IReadOnlyList<string>? backdrop = null) =>
        new("#name", "<input id=\"name\">", "text", ["border-top-color"], [.. new[] { "top", "right", "bottom", "left" }.Select(s => new BorderSide(s, 1, border))], background, backdrop ?? [White], null, [], null);

    [Fact]
    public void A_field_border_of_767676_on_white_passes_and_one_of_ddd_fails()
    {
        Assert.Null(ControlFinding(Field("rgb(118, 118, 118)")));
        Assert.Equal(FindingKind.Violation, ControlFinding(Field("rgb(221, 221, 221)")));
    }

    [Fact]
    public void A_field_whose_background_stands_out_needs_no_border()
    {
        Assert.Null(ControlFinding(Field("rgb(27, 28, 28)", White, [Black])));
        Assert.Null(ControlFinding(Field("rgb(221, 221, 221)", "rgb(138, 138, 138)")));
    }

    [Fact]
    public void Unclear_colours_a_shadow_or_no_border_at_all_are_for_a_person()
    {
        Assert.Equal(FindingKind.NeedsReview, ControlFinding(Field("rgb(221, 221, 221)") with { Unclear = "background image on div.hero", Backdrop = [] }));
        Assert.Equal(FindingKind.NeedsReview, ControlFinding(Field("rgb(221, 221, 221)") with { Shadows = ["rgb(0, 0, 0) 0px 2px 0px 0px"] }));
        Assert.Equal(FindingKind.NeedsReview, ControlFinding(Field("rgb(221, 221, 221)") with { Borders = [] }));
    }

    [Fact]
    public void A_frame_hugging_the_field_can_be_its_boundary()
    {
        var frame = new BoxBoundary("div.search", [new BorderSide("top", 2, Black)], "rgba(0, 0, 0, 0)", [White], null);
        Assert.Null(ControlFinding(Field("rgb(221, 221, 221)") with { Wrapper = frame }));
    }
}
