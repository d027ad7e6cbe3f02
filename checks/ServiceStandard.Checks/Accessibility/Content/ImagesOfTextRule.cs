using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Accessibility.Content;

/// <summary>
/// WCAG 1.4.5 (ACT 0va7u6 is manual too): images that may show text a page could have written as
/// text: files named like banners, headings or buttons, image buttons, text drawn on a canvas, and
/// text hidden over a background image. Logos are left out. Whether the picture is text, and whether
/// that text is essential to it, is for a person: needs review.
/// </summary>
internal sealed class ImagesOfTextRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/content/images-of-text";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        foreach (var image in (page.Content?.TextImages ?? []).Take(PointerEvents.Named))
        {
            var message = rule.Message(
                "default",
                context.Language,
                ("element", image.Selector),
                ("why", rule.Message("why-" + image.Kind, context.Language, ("source", image.Source))),
                ("text", image.Text));
            yield return PageFinding.Create(rule, context, page, message, image.Selector, image.Snippet, kind: FindingKind.NeedsReview);
        }
    }
}
