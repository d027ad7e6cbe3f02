using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Forms;

/// <summary>
/// <c>&lt;ds-character-count asp-for="JobTitle" maxlength="200" label="…"&gt;</c> (or
/// <c>maxwords</c>): a textarea whose limit is written as a hint ("You can enter up to 200
/// characters") that works without JavaScript; the design system's script turns it into a live count.
/// </summary>
[HtmlTargetElement("ds-character-count")]
public sealed class CharacterCountTagHelper : FormField
{
    [HtmlAttributeName("maxlength")]
    public int? MaxLength { get; set; }

    [HtmlAttributeName("maxwords")]
    public int? MaxWords { get; set; }

    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    [HtmlAttributeName("value")]
    public string? Value { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (MaxLength is null == MaxWords is null)
        {
            throw new InvalidOperationException("<ds-character-count> needs exactly one of maxlength and maxwords.");
        }

        var attributes = TakeUnboundAttributes(output);
        var slots = await RunChildrenAsync(context, output);
        var name = FieldName;
        var id = FieldId;
        var error = ErrorContent(slots, name);
        var hint = HintContent(slots);
        var infoId = $"{id}-info";
        var hintId = hint is null ? null : $"{id}-hint";
        var errorId = error is null ? null : $"{id}-error";
        var label = slots["label"];
        var limit = MaxLength is { } characters
            ? DesignSystemText.Format("characters-limit", characters)
            : DesignSystemText.Format("words-limit", MaxWords!.Value);

        var textarea = new Element("textarea")
            .Class("ds-textarea", error is null ? null : "ds-textarea--error", "ds-js-character-count")
            .Attr("id", id).Attr("name", name)
            .Attr("rows", Rows.ToString(CultureInfo.InvariantCulture))
            .Merge(attributes)
            .DescribedBy([infoId, hintId, errorId])
            .Add(TextareaTagHelper.TextareaValue(Value ?? CurrentValue(name, For?.Model)));

        var group = Parts.FormGroup(error is not null, "ds-character-count")
            .Attr("data-module", "ds-character-count")
            .Attr("data-maxlength", MaxLength?.ToString(CultureInfo.InvariantCulture))
            .Attr("data-maxwords", MaxWords?.ToString(CultureInfo.InvariantCulture));
        Write(output, group.Add(Parts.Lines(
            LabelContent(slots) is { } text ? Parts.Label(text, id, label?.Size, label?.IsPageHeading ?? false) : null,
            hint is null ? null : Parts.Hint(hint, hintId),
            error is null ? null : Parts.ErrorMessage(error, errorId, ErrorPrefix(slots)),
            textarea,
            Parts.Hint(new HtmlString(System.Net.WebUtility.HtmlEncode(limit)), infoId, "ds-character-count__message"))));
    }
}
