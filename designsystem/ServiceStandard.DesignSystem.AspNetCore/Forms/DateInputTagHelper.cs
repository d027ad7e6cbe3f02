using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Binding;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Forms;

/// <summary>
/// <c>&lt;ds-date-input asp-for="PassportIssued"&gt;&lt;ds-legend&gt;When was your passport issued?&lt;/ds-legend&gt;</c>:
/// day, month and year inputs in a fieldset (role group) with hint and error. Values come from what
/// was typed (ModelState) or the model (<see cref="DateOnly"/> or <see cref="DateInputValue"/>);
/// the inputs at fault are those <see cref="DateInputModelBinder"/> marked, those named in
/// <c>error-items</c> ("day year"), or all three.
/// </summary>
[HtmlTargetElement("ds-date-input")]
public sealed class DateInputTagHelper : FormField
{
    /// <summary>The autocomplete prefix: <c>bday</c> gives <c>bday-day</c>, <c>bday-month</c>, <c>bday-year</c> (a date of birth).</summary>
    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    /// <summary>The parts with the error, when the page sets the error itself: "day", "month", "year", separated by spaces.</summary>
    [HtmlAttributeName("error-items")]
    public string? ErrorItems { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var field = await ResolveAsync(context, output, "legend", "hint", "error");
        var (name, id) = (field.Name, field.Id);
        var wrong = field.HasError ? PartsInError(ViewContext.ViewData.ModelState, name, ErrorItems) : [];
        var model = For?.Model switch
        {
            DateOnly date => DateInputValue.From(date),
            DateInputValue value => value,
            _ => null,
        };

        var items = DateParts.All.Select(part =>
        {
            var partName = DateParts.FieldName(name, part);
            var partId = $"{id}-{DateParts.Suffix(part)}";
            var input = new Element("input")
                .Class("ds-input", "ds-date-input__input", part == DatePart.Year ? "ds-input--width-4" : "ds-input--width-2", wrong.Contains(part) ? "ds-input--error" : null)
                .Attr("id", partId).Attr("name", partName).Attr("type", "text").Attr("inputmode", "numeric")
                .Attr("autocomplete", Autocomplete is null ? null : $"{Autocomplete}-{DateParts.Suffix(part)}")
                .Attr("value", EmptyAsNull(State(partName)?.AttemptedValue ?? model?[part]));
            return (Microsoft.AspNetCore.Html.IHtmlContent)new Element("div").Class("ds-date-input__item").Add(Parts.Lines(
                new Element("div").Class("ds-form-group").Add(Parts.Lines(
                    Parts.Label(Parts.PlainText(DesignSystemText.Get("date-" + DateParts.Suffix(part)))!, partId, null, false, "ds-date-input__label"),
                    input))));
        });

        var dateInput = new Element("div").Class("ds-date-input").Attr("id", id).Merge(field.Attributes).Add(Parts.Lines([.. items]));
        var fieldset = new Element("fieldset").Class("ds-fieldset").Attr("role", "group").DescribedBy([field.HintId, field.ErrorId])
            .Add(Parts.Lines(field.LegendElement(), field.HintElement(), field.ErrorElement(), dateInput));
        Write(output, Parts.FormGroup(field.HasError).Add(Parts.Lines(fieldset)));
    }

    /// <summary>
    /// The parts of a date with an error: those named, else those the binder marked invalid, else
    /// all three (an error the page set on the whole date). The error summary links to the first.
    /// </summary>
    public static IReadOnlyList<DatePart> PartsInError(ModelStateDictionary modelState, string name, string? named = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (!string.IsNullOrWhiteSpace(named))
        {
            var listed = named.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return [.. DateParts.All.Where(p => listed.Contains(DateParts.Suffix(p), StringComparer.OrdinalIgnoreCase))];
        }

        var marked = DateParts.All
            .Where(p => modelState.TryGetValue(DateParts.FieldName(name, p), out var entry) && entry.ValidationState == ModelValidationState.Invalid)
            .ToList();
        return marked.Count > 0 ? marked : DateParts.All;
    }

    private static string? EmptyAsNull(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
