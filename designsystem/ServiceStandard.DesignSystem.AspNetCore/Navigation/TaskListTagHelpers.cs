using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Content;

namespace ServiceStandard.DesignSystem.AspNetCore.Navigation;

/// <summary>
/// <c>&lt;ds-task-list&gt;</c> of <c>&lt;ds-task-list-item href="…" status="Completed"&gt;Company directors&lt;/ds-task-list-item&gt;</c>:
/// each task's link names its status (and hint) in aria-describedby, with ids
/// <c>&lt;id-prefix&gt;-&lt;n&gt;-status</c> and <c>-hint</c> (<c>task-list</c> by default; give each list
/// on a page its own prefix).
/// </summary>
[HtmlTargetElement("ds-task-list")]
public sealed class TaskListTagHelper : ContentTagHelper
{
    [HtmlAttributeName("id-prefix")]
    public string IdPrefix { get; set; } = "task-list";

    protected override string[] AcceptedSlots => ["item"];

    protected override Element Build(IHtmlContent content, Slots slots) =>
        new Element("ul").Class("ds-task-list")
            .Add(Parts.Lines([.. slots.Items.OfType<TaskListItem>().Select((item, index) => Item(item, $"{IdPrefix}-{(index + 1).ToString(CultureInfo.InvariantCulture)}"))]));

    private static IHtmlContent Item(TaskListItem item, string id)
    {
        var hintId = item.Hint is null ? null : $"{id}-hint";
        var statusId = $"{id}-status";
        IHtmlContent name = item.Href is null
            ? new Element("div").Add(item.Title)
            : new Element("a").Class("ds-link", "ds-task-list__link").Attr("href", item.Href).DescribedBy([hintId, statusId]).Add(item.Title);
        IHtmlContent? status = item.StatusTag is null
            ? Parts.PlainText(item.Status)
            : new Element("strong").Class("ds-tag", $"ds-tag--{item.StatusTag}").Text(item.Status);
        return new Element("li").Class("ds-task-list__item", item.Href is null ? null : "ds-task-list__item--with-link").Add(Parts.Lines(
            new Element("div").Class("ds-task-list__name-and-hint").Add(Parts.Lines(
                name,
                item.Hint is null ? null : new Element("div").Attr("id", hintId).Class("ds-task-list__hint").Text(item.Hint))),
            new Element("div").Class("ds-task-list__status", item.CannotStartYet ? "ds-task-list__status--cannot-start-yet" : null).Attr("id", statusId).Add(status)));
    }
}

public sealed record TaskListItem(IHtmlContent Title, string? Href, string? Hint, string? Status, string? StatusTag, bool CannotStartYet);

/// <summary>
/// A task: its name (the content), <c>href</c> (none for a task that cannot start yet), <c>hint</c>,
/// <c>status</c> in words, <c>status-tag</c> (a tag colour, for statuses that need attention) and
/// <c>cannot-start-yet</c> (its status in the secondary colour).
/// </summary>
[HtmlTargetElement("ds-task-list-item", ParentTag = "ds-task-list")]
public sealed class TaskListItemTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [HtmlAttributeName("status")]
    public string? Status { get; set; }

    [HtmlAttributeName("status-tag")]
    public string? StatusTag { get; set; }

    [HtmlAttributeName("cannot-start-yet")]
    public bool CannotStartYet { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        Slots.Around(context, "item")?.Items.Add(new TaskListItem(Parts.Trimmed(content), Href, Hint, Status, StatusTag, CannotStartYet));
        output.SuppressOutput();
    }
}
