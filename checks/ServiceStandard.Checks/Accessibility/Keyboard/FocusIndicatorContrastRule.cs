using System.Globalization;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Kernel.Colour;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Accessibility.Keyboard;

/// <summary>
/// WCAG 1.4.11 for the focus indicator ("visual information required to identify … states"): at
/// each Tab stop whose indicator is drawn on the element itself, some part of it — an outline, a
/// box-shadow ring or line, a border or background focus changed — must have 3:1 against a colour
/// next to it. One part is enough (a yellow outline with a black line passes through the black),
/// and so is a change that is not of colour (an underline added, a thicker line). The browser's
/// own ring is the user agent exception. A border or background whose colour changed by 3:1 from
/// before focus, yet has less than 3:1 against its neighbours, is for a person: the two readings
/// of a state's contrast disagree there. A violation only when every part is measured below 3:1
/// on opaque, known colours; where the colour behind is an image, a gradient or translucent, a
/// person decides with the colours measured.
/// </summary>
internal sealed class FocusIndicatorContrastRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/keyboard/focus-indicator-contrast";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        var stops = (page.Keyboard?.Stops ?? [])
            .Where(s => s.IndicatorVisible && s.Look is not null && s.Selector.Length > 0)
            .DistinctBy(s => s.Selector);
        foreach (var stop in stops)
        {
            var outcome = Measure(stop.Look!, context.Language);
            if (outcome is null)
            {
                continue;
            }

            var (unclear, changed, measured) = outcome.Value;
            var message = changed is not null
                ? rule.Message("state-change", context.Language, ("selector", stop.Selector), ("changed", changed), ("measured", measured))
                : unclear is null
                    ? rule.Message("default", context.Language, ("selector", stop.Selector), ("measured", measured))
                    : rule.Message("review", context.Language, ("selector", stop.Selector), ("why", unclear), ("measured", measured));
            var kind = unclear is null && changed is null ? FindingKind.Violation : FindingKind.NeedsReview;
            yield return PageFinding.Create(rule, context, page, message, stop.Selector, stop.Snippet, kind: kind);
        }
    }

    /// <summary>
    /// Null when the indicator passes (or nothing of it could be measured); else why it could not be
    /// decided (null: it fails), the parts whose colour changed by 3:1 from before focus though none
    /// has 3:1 against its neighbours, and what was measured.
    /// </summary>
    private (string? Unclear, string? Changed, string Measured)? Measure(FocusIndicatorLook look, string language)
    {
        if (look.OtherChanges.Count > 0 || look.Parts.Any(p => p.UserAgent))
        {
            return null;
        }

        var backdrop = look.BackdropUnclear is null ? NonTextContrast.Behind(look.Backdrop) : null;
        var own = look.OwnUnclear is null ? NonTextContrast.Shown(look.OwnBackground, backdrop) : null;
        var unclear = new List<string>();
        var measured = new List<string>();
        var anyMeasured = false;
        var changed = new List<string>();
        foreach (var part in look.Parts)
        {
            if (Rgba.TryParse(part.Colour) is { IsTransparent: true })
            {
                // Drawn for forced-colours modes only (outline: 3px solid transparent): nothing shows.
                continue;
            }

            var colour = NonTextContrast.Shown(part.Colour, part.Inside ? own : backdrop);
            if (colour is null)
            {
                unclear.Add($"{part.Kind} {part.Colour}");
                continue;
            }

            var ratios = new List<string>();
            foreach (var against in part.Against.Append(part.Previous is null ? null : "previous").OfType<string>())
            {
                var (next, role) = against switch
                {
                    "backdrop" => (backdrop, rule.Message("role-backdrop", language)),
                    "own" => (own, rule.Message("role-own", language)),
                    "previous" => (NonTextContrast.Shown(part.Previous!, backdrop), rule.Message("role-previous", language)),
                    _ => (NonTextContrast.Shown(against, own ?? backdrop), rule.Message("role-border", language)),
                };
                if (next is not { } adjacent)
                {
                    unclear.Add(against == "backdrop" ? look.BackdropUnclear ?? "backdrop" : against == "own" ? look.OwnUnclear ?? "own background" : against);
                    continue;
                }

                var ratio = ContrastRatio.Of(colour.Value, adjacent);
                if (NonTextContrast.Reaches(ratio) && against == "previous")
                {
                    // The same pixels changed visibly between the states (the reading WCAG 2.4.13
                    // uses), but what identifies the state has no 3:1 against its neighbours (the
                    // reading of 1.4.11's adjacent colours): the two disagree, so a person decides.
                    changed.Add($"{part.Kind} {NonTextContrast.Describe(ratio, adjacent, rule.Message("role-previous", language))}");
                }
                else if (NonTextContrast.Reaches(ratio))
                {
                    return null;
                }

                anyMeasured = true;
                ratios.Add(NonTextContrast.Describe(ratio, adjacent, role));
            }

            if (part.Unclear is not null)
            {
                unclear.Add(part.Unclear);
            }

            var width = part.Width > 0 ? string.Create(CultureInfo.InvariantCulture, $" {part.Width:0.#}px") : string.Empty;
            measured.Add($"{part.Kind} {colour.Value.Hex}{width}: {(ratios.Count > 0 ? string.Join(", ", ratios) : "?")}");
        }

        if (measured.Count == 0 && unclear.Count == 0)
        {
            return null;
        }

        var why = unclear.Count > 0 || !anyMeasured ? string.Join("; ", unclear.DefaultIfEmpty("?").Distinct()) : null;
        return (why, changed.Count > 0 ? string.Join("; ", changed) : null, string.Join("; ", measured));
    }
}
