using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ServiceStandard.DesignSystem.AspNetCore.Content;

/// <summary>
/// <c>&lt;ds-table caption="Dates and amounts" caption-size="m"&gt;</c> with a <c>&lt;ds-table-head&gt;</c>
/// of <c>&lt;ds-table-header&gt;</c> (column headers, <c>scope="col"</c>) and <c>&lt;ds-table-row&gt;</c>s
/// of <c>&lt;ds-table-cell&gt;</c> — a <c>&lt;ds-table-header&gt;</c> in a row is that row's header
/// (<c>scope="row"</c>), so the scopes a screen reader needs are never left to the team.
/// <c>numeric="true"</c> aligns numbers.
/// </summary>
[HtmlTargetElement("ds-table")]
public sealed class TableTagHelper : ContentTagHelper
{
    [HtmlAttributeName("caption")]
    public string? Caption { get; set; }

    [HtmlAttributeName("caption-size")]
    public string? CaptionSize { get; set; }

    protected override string[] AcceptedSlots => ["row", "caption"];

    protected override Element Build(IHtmlContent content, Slots slots)
    {
        var caption = Slot(slots, "caption") ?? Parts.PlainText(Caption);
        var rows = slots.Items.OfType<TableRow>().ToList();
        var head = rows.Where(r => r.IsHead).ToList();
        var body = rows.Where(r => !r.IsHead).ToList();
        return new Element("table").Class("ds-table").Add(Parts.Lines(
            caption is null ? null : new Element("caption").Class("ds-table__caption", CaptionSize is null ? null : $"ds-table__caption--{CaptionSize}").Add(caption),
            head.Count == 0 ? null : new Element("thead").Class("ds-table__head").Add(Parts.Lines([.. head.Select(Row)])),
            new Element("tbody").Class("ds-table__body").Add(Parts.Lines([.. body.Select(Row)]))));
    }

    private static IHtmlContent Row(TableRow row) =>
        new Element("tr").Class("ds-table__row").Add(Parts.Lines([.. row.Cells.Select(c => (IHtmlContent)(c.IsHeader
            ? new Element("th").Attr("scope", row.IsHead ? "col" : "row").Class("ds-table__header", c.Numeric ? "ds-table__header--numeric" : null).Merge(c.Attributes).Add(c.Content)
            : new Element("td").Class("ds-table__cell", c.Numeric ? "ds-table__cell--numeric" : null).Merge(c.Attributes).Add(c.Content)))]));
}

public sealed record TableRow(bool IsHead, IReadOnlyList<TableCell> Cells);

public sealed record TableCell(bool IsHeader, bool Numeric, IHtmlContent Content, TagHelperAttributeList Attributes);

/// <summary>The head row (<c>&lt;ds-table-head&gt;</c>) or a body row (<c>&lt;ds-table-row&gt;</c>): its cells in order.</summary>
[HtmlTargetElement("ds-table-head", ParentTag = "ds-table")]
[HtmlTargetElement("ds-table-row", ParentTag = "ds-table")]
public sealed class TableRowTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var table = Slots.Around(context, "row");
        var cells = new Slots("cell").OpenFor(context);
        await output.GetChildContentAsync();
        table?.Items.Add(new TableRow(context.TagName == "ds-table-head", [.. cells.Items.OfType<TableCell>()]));
        output.SuppressOutput();
    }
}

/// <summary>A header cell (<c>&lt;ds-table-header&gt;</c>) or a data cell (<c>&lt;ds-table-cell&gt;</c>); other attributes (colspan…) are kept.</summary>
[HtmlTargetElement("ds-table-header", ParentTag = "ds-table-head")]
[HtmlTargetElement("ds-table-header", ParentTag = "ds-table-row")]
[HtmlTargetElement("ds-table-cell", ParentTag = "ds-table-row")]
public sealed class TableCellTagHelper : TagHelper
{
    [HtmlAttributeName("numeric")]
    public bool Numeric { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        Slots.Around(context, "cell")?.Items.Add(new TableCell(context.TagName == "ds-table-header", Numeric, Parts.Trimmed(content), new TagHelperAttributeList(output.Attributes)));
        output.SuppressOutput();
    }
}
