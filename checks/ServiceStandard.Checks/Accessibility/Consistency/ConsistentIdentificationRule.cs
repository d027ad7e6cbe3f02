using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Consistency;

/// <summary>
/// WCAG 3.2.4: a component repeated across the pages of a set (a link to one destination, or a
/// button submitting one form, in the same repeated block: header, navigation, footer) whose
/// accessible name differs from the name most pages give it. Names are compared ignoring case and
/// runs of white space. Consistent is not identical: when the visible text is the same and only
/// hidden text differs (a visually hidden "current page" or context) nothing is reported; when one
/// name contains the other ("Contact" and "Contact us") an assessor decides (needs review); a name
/// with nothing in common is a violation. An icon link whose name is the same but whose image
/// differs is needs review. Components in the main content are left out: the same destination
/// linked from different content is not the same component.
/// </summary>
internal sealed class ConsistentIdentificationRule(RuleDescriptor rule) : ISiteRule
{
    public const string Id = "accessibility/consistency/consistent-identification";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(IReadOnlyList<PageSnapshot> pages, CheckContext context)
    {
        foreach (var set in PageSet.Of(pages))
        {
            var uses = new Dictionary<string, List<Use>>(StringComparer.Ordinal);
            foreach (var layout in set.Pages)
            {
                foreach (var (component, control, block) in Components(set, layout))
                {
                    if (!uses.TryGetValue(component, out var list))
                    {
                        uses[component] = list = [];
                    }

                    if (list.Count == 0 || list[^1].Layout != layout)
                    {
                        list.Add(new Use(layout, control, block));
                    }
                }
            }

            foreach (var (component, list) in uses.OrderBy(u => u.Key, StringComparer.Ordinal))
            {
                foreach (var finding in Compare(component, list, set, context))
                {
                    yield return finding;
                }
            }
        }
    }

    private static IEnumerable<(string Component, StructureControl Control, Block Block)> Components(PageSet set, PageLayout layout)
    {
        foreach (var block in layout.Blocks.Where(b => set.RepeatedBlocks.Contains(b.Id)))
        {
            foreach (var link in block.Links.Where(l => l.Name.Length > 0 && Destinations.Of(l.Href!) != layout.Key))
            {
                yield return ($"{block.Id}|link|{Destinations.Of(link.Href!)}", link, block);
            }
        }

        foreach (var button in layout.Structure.Controls.Where(c => c.Element == "button" && c.Visible && c.Form is { } f && f < layout.Structure.Forms.Count && c.Name.Length > 0))
        {
            if (layout.BlockOf(button) is { } block && set.RepeatedBlocks.Contains(block.Id))
            {
                var form = layout.Structure.Forms[button.Form!.Value];
                yield return ($"{block.Id}|form|{form.Method}|{Destinations.Of(form.Action)}", button, block);
            }
        }
    }

    private IEnumerable<Finding> Compare(string component, List<Use> uses, PageSet set, CheckContext context)
    {
        if (uses.Count < 2)
        {
            yield break;
        }

        var usual = uses
            .GroupBy(u => Destinations.Normalize(u.Control.Name), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => uses.IndexOf(g.First()))
            .First();
        var reference = usual.First();
        var usualName = usual.Key;
        var usualText = Destinations.Normalize(reference.Control.VisibleText);
        var others = ConsistentNavigationRule.Others(set, [.. usual.Select(u => set.Pages.ToList().IndexOf(u.Layout))]);
        var destination = component.Contains("|link|", StringComparison.Ordinal)
            ? Destinations.Show(Destinations.Of(reference.Control.Href!), reference.Layout.Page.FinalUrl)
            : rule.Message("form-destination", context.Language, ("action", Destinations.Show(component[(component.LastIndexOf('|') + 1)..], reference.Layout.Page.FinalUrl)));
        foreach (var use in uses.Where(u => !usual.Contains(u)))
        {
            var name = Destinations.Normalize(use.Control.Name);
            var text = Destinations.Normalize(use.Control.VisibleText);
            if (text.Length > 0 && text == usualText)
            {
                continue;
            }

            var contains = name.Contains(usualName, StringComparison.Ordinal) || usualName.Contains(name, StringComparison.Ordinal);
            var message = rule.Message(
                contains ? "contains" : "different",
                context.Language,
                ("name", use.Control.Name),
                ("usual", reference.Control.Name),
                ("destination", destination),
                ("block", use.Block.Description),
                ("others", others));
            yield return PageFinding.Create(
                rule,
                context,
                use.Layout.Page,
                message,
                use.Control.Selector,
                kind: contains ? FindingKind.NeedsReview : FindingKind.Violation,
                discriminator: Destinations.Stable(component, use.Layout.Page.FinalUrl));
        }

        // Same name, different icon: the image is part of how the component is identified.
        foreach (var use in usual.Where(u => u != reference && Image(u.Control) is { } image && Image(reference.Control) is { } usualImage && image != usualImage))
        {
            var message = rule.Message(
                "icon",
                context.Language,
                ("name", use.Control.Name),
                ("image", use.Control.Image),
                ("usualImage", reference.Control.Image),
                ("destination", destination),
                ("others", others));
            yield return PageFinding.Create(rule, context, use.Layout.Page, message, use.Control.Selector, kind: FindingKind.NeedsReview, discriminator: Destinations.Stable(component + "|icon", use.Layout.Page.FinalUrl));
        }
    }

    // The image's file, without query or fragment (a cache-busting query is not another icon).
    private static string? Image(StructureControl control) =>
        string.IsNullOrEmpty(control.Image) ? null : control.Image.Split('?', '#')[0];

    private sealed record Use(PageLayout Layout, StructureControl Control, Block Block);
}
