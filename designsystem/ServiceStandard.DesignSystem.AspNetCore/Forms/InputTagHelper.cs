using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ServiceStandard.DesignSystem.AspNetCore.Forms;

/// <summary>
/// <c>&lt;ds-input asp-for="EventName" label="What is the name of the event?"&gt;</c>: the text input
/// in its form group, with its label, hint and error message (from ModelState) joined to it by
/// aria-describedby, the error classes on the group and the input, and the value typed.
/// </summary>
[HtmlTargetElement("ds-input")]
public sealed class InputTagHelper : FormField
{
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    /// <summary>The width in characters: 2, 3, 4, 5, 10, 20 or 30 (<c>ds-input--width-10</c>).</summary>
    [HtmlAttributeName("width")]
    public int? Width { get; set; }

    [HtmlAttributeName("value")]
    public string? Value { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var attributes = TakeUnboundAttributes(output);
        var slots = await RunChildrenAsync(context, output);
        var name = FieldName;
        var id = FieldId;
        var error = ErrorContent(slots, name);
        var hint = HintContent(slots);
        var hintId = hint is null ? null : $"{id}-hint";
        var errorId = error is null ? null : $"{id}-error";
        var label = slots["label"];

        var input = new Element("input")
            .Class("ds-input", Width is null ? null : $"ds-input--width-{Width}", error is null ? null : "ds-input--error")
            .Attr("id", id).Attr("name", name).Attr("type", Type)
            .Attr("value", Value ?? NullIfEmpty(CurrentValue(name, For?.Model)))
            .Merge(attributes)
            .DescribedBy([hintId, errorId]);

        Write(output, Parts.FormGroup(error is not null).Add(Parts.Lines(
            LabelContent(slots) is { } text ? Parts.Label(text, id, label?.Size, label?.IsPageHeading ?? false) : null,
            hint is null ? null : Parts.Hint(hint, hintId),
            error is null ? null : Parts.ErrorMessage(error, errorId, ErrorPrefix(slots)),
            input)));
    }
}

/// <summary>
/// <c>&lt;ds-textarea asp-for="MoreDetail" label="…"&gt;</c>: the textarea in its form group, like
/// <c>&lt;ds-input&gt;</c> (label, hint, error from ModelState, aria-describedby).
/// </summary>
[HtmlTargetElement("ds-textarea")]
public sealed class TextareaTagHelper : FormField
{
    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    [HtmlAttributeName("value")]
    public string? Value { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var attributes = TakeUnboundAttributes(output);
        var slots = await RunChildrenAsync(context, output);
        var name = FieldName;
        var id = FieldId;
        var error = ErrorContent(slots, name);
        var hint = HintContent(slots);
        var hintId = hint is null ? null : $"{id}-hint";
        var errorId = error is null ? null : $"{id}-error";
        var label = slots["label"];

        var textarea = new Element("textarea")
            .Class("ds-textarea", error is null ? null : "ds-textarea--error")
            .Attr("id", id).Attr("name", name)
            .Attr("rows", Rows.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Merge(attributes)
            .DescribedBy([hintId, errorId])
            .Add(TextareaValue(Value ?? CurrentValue(name, For?.Model)));

        Write(output, Parts.FormGroup(error is not null).Add(Parts.Lines(
            LabelContent(slots) is { } text ? Parts.Label(text, id, label?.Size, label?.IsPageHeading ?? false) : null,
            hint is null ? null : Parts.Hint(hint, hintId),
            error is null ? null : Parts.ErrorMessage(error, errorId, ErrorPrefix(slots)),
            textarea)));
    }

    /// <summary>
    /// A textarea's value is its text. A browser drops one new line right after the start tag, so a
    /// value that starts with one gets another in front (as ASP.NET's own textarea helper does).
    /// </summary>
    internal static IHtmlContent? TextareaValue(string? value) =>
        value is null ? null : new HtmlString((value.StartsWith('\n') || value.StartsWith("\r\n", StringComparison.Ordinal) ? "\n" : string.Empty) + System.Net.WebUtility.HtmlEncode(value));
}
