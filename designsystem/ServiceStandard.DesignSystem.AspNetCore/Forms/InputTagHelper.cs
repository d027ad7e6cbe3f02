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
        var field = await ResolveAsync(context, output);
        var input = new Element("input")
            .Class("ds-input", Width is null ? null : $"ds-input--width-{Width}", field.HasError ? "ds-input--error" : null)
            .Attr("id", field.Id).Attr("name", field.Name).Attr("type", Type)
            .Attr("value", Value ?? NullIfEmpty(CurrentValue(field.Name, For?.Model)))
            .Merge(field.Attributes)
            .DescribedBy([field.HintId, field.ErrorId]);
        WriteFormGroup(output, field, Parts.FormGroup(field.HasError), input);
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
        var field = await ResolveAsync(context, output);
        var textarea = new Element("textarea")
            .Class("ds-textarea", field.HasError ? "ds-textarea--error" : null)
            .Attr("id", field.Id).Attr("name", field.Name)
            .Attr("rows", Rows.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Merge(field.Attributes)
            .DescribedBy([field.HintId, field.ErrorId])
            .Add(TextareaValue(Value ?? CurrentValue(field.Name, For?.Model)));
        WriteFormGroup(output, field, Parts.FormGroup(field.HasError), textarea);
    }

    /// <summary>
    /// A textarea's value is its text. A browser drops one new line right after the start tag, so a
    /// value that starts with one gets another in front (as ASP.NET's own textarea helper does).
    /// </summary>
    internal static IHtmlContent? TextareaValue(string? value) =>
        value is null ? null : new HtmlString((value.StartsWith('\n') || value.StartsWith("\r\n", StringComparison.Ordinal) ? "\n" : string.Empty) + System.Net.WebUtility.HtmlEncode(value));
}
