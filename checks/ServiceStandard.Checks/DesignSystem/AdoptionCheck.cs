using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ServiceStandard.Checks.Accessibility;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.DesignSystem;

/// <summary>
/// <c>design-system/adoption</c>: pages that do not load the design system; controls that imitate
/// a component without being one (button-like elements, custom checkboxes and radios, a hand-made
/// error summary); computed colours that are no token of the palette (ΔE2000 above the tolerance);
/// and the page-level patterns the service needs (header, footer, skip link, a phase banner in
/// alpha or beta, a language switcher when it has more than one language).
/// </summary>
/// <param name="palette">The palette the configuration names instead of the pack's, or null for the palette of each page's edition.</param>
public sealed partial class AdoptionCheck(PageAnalyses analyses, CheckCatalog catalog, IReadOnlyList<PaletteColour>? palette, double tolerance) : PageRuleCheck
{
    public const string CheckId = "design-system/adoption";

    /// <summary>At most this many off-palette colours per page, the most used first.</summary>
    public const int MaxColoursPerPage = 10;

    private static readonly HashSet<string> NativeControls = new(["button", "input", "select", "textarea", "summary", "option"], StringComparer.Ordinal);

    private readonly RuleDescriptor _notLoaded = catalog.Rule(CheckId + "/not-loaded");
    private readonly RuleDescriptor _lookAlike = catalog.Rule(CheckId + "/look-alike");
    private readonly RuleDescriptor _offPalette = catalog.Rule(CheckId + "/off-palette");
    private readonly RuleDescriptor _missingPattern = catalog.Rule(CheckId + "/missing-pattern");

    public override string Id => CheckId;

    public override IReadOnlyList<IPageRule> Rules => [new AdoptionRule(this)];

    public override IReadOnlyList<EvidenceKind> RequiredEvidence { get; } = [EvidenceKind.Html, EvidenceKind.ComputedStyles];

    private IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        if (page.Html.Length == 0)
        {
            return [];
        }

        var pack = analyses.Pack;
        var analysis = analyses.For(page);
        var usage = PackUsage.Of(pack, analysis, page);
        // Markup with the design system's classes but without its stylesheet is not using it either.
        if (!usage.LoadsAssets)
        {
            return [PageFinding.Create(_notLoaded, context, page, _notLoaded.Message("default", context.Language, ("pack", pack.Name)))];
        }

        return [.. LookAlikes(page, analysis, context), .. OffPalette(page, palette ?? analysis.Edition.Palette, context), .. MissingPatterns(page, analysis, context)];
    }

    private IEnumerable<Finding> LookAlikes(PageSnapshot page, PageAnalysis analysis, CheckContext context)
    {
        var pack = analyses.Pack;
        var language = context.Language;
        if (pack.LookAlikes.TryGetValue("button", out var button) && page.Design is { } design)
        {
            foreach (var control in design.Controls.Where(c => c.StyledAsButton && !NativeControls.Contains(c.Element) && (c.ClickHandler || c.Role == "button")))
            {
                // The design system's own components are never look-alikes of one another: its error
                // summary gets a click handler from its JavaScript, its tabs and accordion are styled.
                if (control.Classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(analyses.IsComponentClass))
                {
                    continue;
                }

                var reason = control.Role == "button" ? "role=\"button\"" : "click handler";
                yield return PageFinding.Create(_lookAlike, context, page,
                    _lookAlike.Message("button", language, ("element", control.Element), ("reason", reason), ("component", pack.NameOf(button, language))),
                    control.Selector, control.Snippet, discriminator: "button");
            }
        }

        var document = analysis.Document;
        foreach (var element in document.QuerySelectorAll("[role=checkbox], [role=radio], [role=switch]").Where(e => !NativeControls.Contains(e.LocalName)))
        {
            var role = element.GetAttribute("role")!.ToLowerInvariant();
            var kind = role == "radio" ? "radio" : "checkbox";
            if (!pack.LookAlikes.TryGetValue(kind == "radio" ? "radios" : "checkboxes", out var component))
            {
                continue;
            }

            yield return PageFinding.Create(_lookAlike, context, page,
                _lookAlike.Message("choice", language, ("element", element.LocalName), ("kind", kind), ("reason", $"role=\"{role}\""), ("component", pack.NameOf(component, language))),
                ElementPath.Selector(element), ElementPath.Snippet(element), discriminator: kind);
        }

        if (pack.LookAlikes.TryGetValue("error-summary", out var summary) && pack.RootOf(summary) is { } summaryRoot)
        {
            foreach (var element in HandMadeErrorSummaries(document, summaryRoot, pack.Prefix))
            {
                yield return PageFinding.Create(_lookAlike, context, page,
                    _lookAlike.Message("error-summary", language, ("reason", ReasonOf(element)), ("component", pack.NameOf(summary, language))),
                    ElementPath.Selector(element), ElementPath.Snippet(element), discriminator: "error-summary");
            }
        }
    }

    /// <summary>Elements styled or announced as an error summary that are not the pack's component (outermost only).</summary>
    private static IEnumerable<IElement> HandMadeErrorSummaries(IDocument document, string root, string prefix)
    {
        bool IsCandidate(IElement e) =>
            e.ClassList.Any(c => ErrorSummaryClass().IsMatch(c)) && !e.ClassList.Any(c => c.StartsWith(prefix, StringComparison.Ordinal)) ||
            e.GetAttribute("role") == "alert" && e.QuerySelector("a[href^='#']") is not null && e.QuerySelector("h1, h2, h3") is not null;

        foreach (var element in document.QuerySelectorAll("[class], [role=alert]"))
        {
            if (!IsCandidate(element) || element.Closest(root) is not null)
            {
                continue;
            }

            if (element.ParentElement is { } parent && Ancestors(parent).Any(IsCandidate))
            {
                continue;
            }

            yield return element;
        }

        static IEnumerable<IElement> Ancestors(IElement e)
        {
            for (var node = e; node is not null; node = node.ParentElement)
            {
                yield return node;
            }
        }
    }

    private static string ReasonOf(IElement element)
    {
        var cls = element.ClassList.FirstOrDefault(c => ErrorSummaryClass().IsMatch(c));
        return cls is not null ? $"class=\"{cls}\"" : "role=\"alert\"";
    }

    private IEnumerable<Finding> OffPalette(PageSnapshot page, IReadOnlyList<PaletteColour> palette, CheckContext context)
    {
        if (palette.Count == 0 || page.Design is null)
        {
            yield break;
        }

        var pack = analyses.Pack;
        var reported = 0;
        foreach (var use in page.Design.Colours.OrderByDescending(c => c.Count).ThenBy(c => c.Colour, StringComparer.Ordinal))
        {
            if (Colour.Parse(use.Colour) is not { } colour)
            {
                continue;
            }

            var nearest = palette.Select(p => (Token: p, Distance: Colour.DeltaE2000(colour, p.Colour))).MinBy(p => p.Distance);
            if (nearest.Distance <= tolerance)
            {
                continue;
            }

            if (++reported > MaxColoursPerPage)
            {
                yield break;
            }

            yield return PageFinding.Create(_offPalette, context, page,
                _offPalette.Message("default", context.Language,
                    ("property", use.Property), ("colour", colour.ToString()), ("count", use.Count), ("pack", pack.Name),
                    ("token", nearest.Token.Token), ("tokenColour", nearest.Token.Colour.ToString()),
                    ("distance", nearest.Distance.ToString("0.0", CultureInfo.InvariantCulture))),
                use.Selector, use.Snippet, discriminator: $"{use.Property} {colour}");
        }
    }

    private IEnumerable<Finding> MissingPatterns(PageSnapshot page, PageAnalysis analysis, CheckContext context)
    {
        var pack = analyses.Pack;
        var language = context.Language;
        foreach (var (pattern, component) in pack.Patterns.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var required = pattern switch
            {
                "phase-banner" => context.ServicePhase is "alpha" or "beta",
                "language-switcher" => context.ServiceLanguages.Count > 1,
                "header" or "footer" or "skip-link" => true,
                _ => false,
            };
            if (!required || analysis.InstancesOf(component) > 0)
            {
                continue;
            }

            yield return PageFinding.Create(_missingPattern, context, page,
                _missingPattern.Message(pattern, language,
                    ("component", pack.NameOf(component, language)), ("select", pack.RootOf(component)),
                    ("phase", context.ServicePhase), ("languages", string.Join(", ", context.ServiceLanguages))),
                discriminator: pattern);
        }
    }

    [GeneratedRegex("(^|[-_])error[-_]?summary$", RegexOptions.IgnoreCase)]
    private static partial Regex ErrorSummaryClass();

    private sealed class AdoptionRule(AdoptionCheck check) : IPageRule
    {
        public string RuleId => CheckId;

        public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context) => check.Evaluate(page, context);
    }
}
