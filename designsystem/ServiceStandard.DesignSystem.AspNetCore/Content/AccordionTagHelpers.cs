using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ServiceStandard.DesignSystem.AspNetCore.Content;

/// <summary>
/// <c>&lt;ds-accordion id="…"&gt;</c> of <c>&lt;ds-accordion-section heading="…" summary="…" expanded&gt;content&lt;/ds-accordion-section&gt;</c>:
/// headings followed by their content, all shown without JavaScript; the design system's script
/// turns each heading into a button. Ids are <c>&lt;id&gt;-heading-&lt;n&gt;</c>, <c>-summary-</c> and
/// <c>-content-</c>; the headings are h2 unless <c>heading-level</c> says otherwise.
/// </summary>
[HtmlTargetElement("ds-accordion")]
public sealed class AccordionTagHelper : ContentTagHelper
{
    [HtmlAttributeName("id")]
    public string Id { get; set; } = "accordion";

    [HtmlAttributeName("heading-level")]
    public int HeadingLevel { get; set; } = 2;

    protected override string[] AcceptedSlots => ["item"];

    protected override Element Build(IHtmlContent content, Slots slots)
    {
        if (HeadingLevel is < 2 or > 6)
        {
            throw new InvalidOperationException($"<ds-accordion id=\"{Id}\"> heading-level is {HeadingLevel}; the sections' headings are h2 to h6.");
        }

        return new Element("div").Class("ds-accordion").Attr("data-module", "ds-accordion").Attr("id", Id)
            .Add(Parts.Lines([.. slots.Items.OfType<AccordionSection>().Select((section, index) => Section(section, (index + 1).ToString(CultureInfo.InvariantCulture)))]));
    }

    private Element Section(AccordionSection section, string n) =>
        new Element("div").Class("ds-accordion__section", section.Expanded ? "ds-accordion__section--expanded" : null).Add(Parts.Lines(
            new Element("div").Class("ds-accordion__section-header").Add(Parts.Lines(
                new Element($"h{HeadingLevel.ToString(CultureInfo.InvariantCulture)}").Class("ds-accordion__section-heading").Add(Parts.Lines(
                    new Element("span").Class("ds-accordion__section-button").Attr("id", $"{Id}-heading-{n}").Text(section.Heading))),
                section.Summary is null ? null : new Element("div").Class("ds-accordion__section-summary", "ds-body").Attr("id", $"{Id}-summary-{n}").Text(section.Summary))),
            new Element("div").Attr("id", $"{Id}-content-{n}").Class("ds-accordion__section-content").Add(Parts.Lines(section.Content))));
}

public sealed record AccordionSection(string? Heading, string? Summary, bool Expanded, IHtmlContent Content);

/// <summary>A section of an accordion: its <c>heading</c>, an optional one-line <c>summary</c>, <c>expanded</c> to start open, and its content.</summary>
[HtmlTargetElement("ds-accordion-section", ParentTag = "ds-accordion")]
public sealed class AccordionSectionTagHelper : TagHelper
{
    [HtmlAttributeName("heading")]
    public string? Heading { get; set; }

    [HtmlAttributeName("summary")]
    public string? Summary { get; set; }

    [HtmlAttributeName("expanded")]
    public bool Expanded { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        Slots.Around(context, "item")?.Items.Add(new AccordionSection(Heading, Summary, Expanded, Parts.Trimmed(content)));
        output.SuppressOutput();
    }
}
