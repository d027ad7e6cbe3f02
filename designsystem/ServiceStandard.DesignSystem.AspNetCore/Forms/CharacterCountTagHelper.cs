using System.Globalization;
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

        var field = await ResolveAsync(context, output);
        var infoId = $"{field.Id}-info";
        var limit = MaxLength is { } characters
            ? DesignSystemText.Format("characters-limit", characters)
            : DesignSystemText.Format("words-limit", MaxWords!.Value);
        var textarea = new Element("textarea")
            .Class("ds-textarea", field.HasError ? "ds-textarea--error" : null, "ds-js-character-count")
            .Attr("id", field.Id).Attr("name", field.Name)
            .Attr("rows", Rows.ToString(CultureInfo.InvariantCulture))
            .Merge(field.Attributes)
            .DescribedBy([infoId, field.HintId, field.ErrorId])
            .Add(TextareaTagHelper.TextareaValue(Value ?? CurrentValue(field.Name, For?.Model)));
        var group = Parts.FormGroup(field.HasError, "ds-character-count")
            .Attr("data-module", "ds-character-count")
            .Attr("data-maxlength", MaxLength?.ToString(CultureInfo.InvariantCulture))
            .Attr("data-maxwords", MaxWords?.ToString(CultureInfo.InvariantCulture));
        WriteFormGroup(output, field, group, textarea, Parts.Hint(Parts.PlainText(limit)!, infoId, "ds-character-count__message"));
    }
}
