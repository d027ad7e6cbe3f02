using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Kernel.Colour;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Accessibility.Content;

/// <summary>
/// WCAG 1.4.11 for the boundary of form controls ("visual information required to identify user
/// interface components"): a text field, text area, select, or restyled checkbox or radio needs
/// something that shows where it is with 3:1 against the colours around it — a border side, its own
/// background, or a frame hugging it. Controls the browser draws as it chooses (the user agent
/// exception) and disabled ones (inactive) are not listed by the probe. A violation only when the
/// author's border is measured below 3:1 on every side, the background too, on opaque, known
/// colours; a control with no border of its own, a box-shadow, or colours behind it that styles do
/// not tell (an image, translucency) is for a person, with what was measured.
/// </summary>
internal sealed class ControlBoundaryContrastRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/content/control-boundary-contrast";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        foreach (var control in page.Content?.ControlBoundaries ?? [])
        {
            var outcome = Measure(control);
            if (outcome is not { } found)
            {
                continue;
            }

            var language = context.Language;
            var message = found.Review is null
                ? rule.Message("default", language, ("selector", control.Selector), ("control", control.Control), ("measured", found.Measured))
                : rule.Message("review", language, ("selector", control.Selector), ("control", control.Control), ("why", rule.Message("why-" + found.Review, language, ("detail", found.Detail))), ("measured", found.Measured));
            yield return PageFinding.Create(rule, context, page, message, control.Selector, control.Snippet, kind: found.Review is null ? FindingKind.Violation : FindingKind.NeedsReview);
        }
    }

    /// <param name="Review">Null for a violation; else the key of why a person decides: unclear, no-border, shadow.</param>
    private sealed record Outcome(string? Review, string Detail, string Measured);

    private static Outcome? Measure(ControlBoundary control)
    {
        var (passes, unclear, measured) = Boundary(control.Borders, control.Background, control.Backdrop, control.Unclear);
        if (passes)
        {
            return null;
        }

        if (control.Wrapper is { } wrapper)
        {
            var (wrapperPasses, wrapperUnclear, wrapperMeasured) = Boundary(wrapper.Borders, wrapper.Background, wrapper.Backdrop, wrapper.Unclear);
            if (wrapperPasses)
            {
                return null;
            }

            measured = $"{measured}; {wrapper.Selector}: {wrapperMeasured}";
            unclear ??= wrapperUnclear;
        }

        if (unclear is not null)
        {
            return new Outcome("unclear", unclear, measured);
        }

        if (control.Shadows.Count > 0)
        {
            return new Outcome("shadow", string.Join(", ", control.Shadows), measured);
        }

        // Nothing of its own draws a line: whatever shows the field (a frame further out, a
        // pseudo-element) was not found, and a person can see it.
        return control.Borders.Count == 0 ? new Outcome("no-border", string.Empty, measured) : new Outcome(null, string.Empty, measured);
    }

    /// <summary>Whether a border side or the background reaches 3:1 against the colour behind; else why that could not be told, and what was measured.</summary>
    private static (bool Passes, string? Unclear, string Measured) Boundary(IReadOnlyList<BorderSide> borders, string background, IReadOnlyList<string> layers, string? unclear)
    {
        var behind = unclear is null ? NonTextContrast.Behind(layers) : null;
        if (behind is null)
        {
            return (false, unclear ?? $"background {string.Join(" over ", layers)}", $"background {background}, borders {string.Join(", ", borders.Select(b => $"{b.Side} {b.Colour}"))}");
        }

        var fill = NonTextContrast.Shown(background, behind);
        if (fill is null)
        {
            return (false, $"background {background}", $"background {background}");
        }

        var measured = new List<string>();
        var fillRatio = ContrastRatio.Of(fill.Value, behind.Value);
        if (NonTextContrast.Reaches(fillRatio))
        {
            return (true, null, string.Empty);
        }

        measured.Add($"background {fill.Value.Hex}: {NonTextContrast.Describe(fillRatio, behind.Value)}");
        foreach (var side in borders.GroupBy(b => b.Colour))
        {
            if (NonTextContrast.Shown(side.Key, fill) is not { } line)
            {
                return (false, $"border colour {side.Key}", string.Join("; ", measured));
            }

            var ratio = ContrastRatio.Of(line, behind.Value);
            if (NonTextContrast.Reaches(ratio))
            {
                return (true, null, string.Empty);
            }

            measured.Add($"border {string.Join("/", side.Select(s => s.Side))} {line.Hex}: {NonTextContrast.Describe(ratio, behind.Value)}");
        }

        return (false, null, string.Join("; ", measured));
    }
}
