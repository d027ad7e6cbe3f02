using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ServiceStandard.DesignSystem.AspNetCore.Forms;

/// <summary>
/// What every form field tag helper shares: its name and id from <c>asp-for</c> (or given), its value
/// from ModelState's attempted value or the model, its error from ModelState (or a
/// <c>&lt;ds-error-message&gt;</c>), and the label, hint and error message parts of its form group.
/// </summary>
public abstract class FormField : TagHelper
{
    /// <summary>The model property the field edits; gives its name, value and errors.</summary>
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    /// <summary>The field's name when not taken from <c>asp-for</c> (or to spell it otherwise); ModelState is read under it.</summary>
    [HtmlAttributeName("name")]
    public string? Name { get; set; }

    /// <summary>The field's id; by default the kebab-case of its name (<c>eventName</c> → <c>event-name</c>).</summary>
    [HtmlAttributeName("id")]
    public string? Id { get; set; }

    /// <summary>The label as plain text; a <c>&lt;ds-label&gt;</c> child takes HTML, a size and page heading.</summary>
    [HtmlAttributeName("label")]
    public string? LabelText { get; set; }

    /// <summary>The hint as plain text; a <c>&lt;ds-hint&gt;</c> child takes HTML.</summary>
    [HtmlAttributeName("hint")]
    public string? HintText { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    protected string FieldName =>
        Name ?? (For is not null ? ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name) : null)
        ?? throw new InvalidOperationException($"{GetType().Name} needs asp-for or name.");

    protected string FieldId => Id ?? FieldIds.FromName(FieldName);

    protected ModelStateEntry? State(string key) => ViewContext.ViewData.ModelState.TryGetValue(key, out var entry) ? entry : null;

    /// <summary>The value to show: what the user typed when the form came back (even if invalid), else the model's.</summary>
    protected string? CurrentValue(string key, object? model)
    {
        var attempted = State(key)?.AttemptedValue;
        if (attempted is not null)
        {
            return attempted;
        }

        return model switch
        {
            null => null,
            IFormattable formattable => formattable.ToString(null, CultureInfo.CurrentCulture),
            _ => model.ToString(),
        };
    }

    /// <summary>An empty value is written as no value attribute at all, as in the examples.</summary>
    protected static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>The first ModelState error of the field, HTML-encoded, or null.</summary>
    protected IHtmlContent? ModelStateError(string key)
    {
        var error = State(key)?.Errors.FirstOrDefault(e => !string.IsNullOrEmpty(e.ErrorMessage));
        return error is null ? null : new HtmlString(WebUtility.HtmlEncode(error.ErrorMessage));
    }

    /// <summary>The error message part: the child's content, else ModelState's error, else none.</summary>
    protected IHtmlContent? ErrorContent(Slots slots, string key)
    {
        var slot = slots["error"];
        return slot is { IsEmpty: false } ? Parts.Trimmed(slot.Content) : ModelStateError(key);
    }

    protected IHtmlContent? LabelContent(Slots slots) =>
        slots["label"] is { IsEmpty: false } slot ? Parts.Trimmed(slot.Content) : Parts.PlainText(LabelText);

    protected IHtmlContent? HintContent(Slots slots) =>
        slots["hint"] is { IsEmpty: false } slot ? Parts.Trimmed(slot.Content) : Parts.PlainText(HintText);

    /// <summary>
    /// Runs the children (in fresh slots accepting <paramref name="accepted"/>; label, hint and error
    /// by default) and resolves the field: its name, id, error and hint.
    /// </summary>
    protected async Task<FieldParts> ResolveAsync(TagHelperContext context, TagHelperOutput output, params string[] accepted)
    {
        var attributes = TakeUnboundAttributes(output);
        var slots = await RunChildrenAsync(context, output, accepted);
        var name = FieldName;
        var legend = slots["legend"] is { IsEmpty: false } given ? given : (LabelText is null ? null : new Slot(Parts.PlainText(LabelText)!));
        return new FieldParts(name, FieldId, slots, ErrorContent(slots, name), HintContent(slots), LabelContent(slots), legend, attributes);
    }

    /// <summary>Writes the form group: label, hint and error message, then the control and what follows it.</summary>
    protected static void WriteFormGroup(TagHelperOutput output, FieldParts field, Element group, params IHtmlContent?[] controls) =>
        Write(output, group.Add(Parts.Lines([field.LabelElement(), field.HintElement(), field.ErrorElement(), .. controls])));

    /// <summary>Runs the children with fresh slots for label, hint, error message and legend.</summary>
    protected static async Task<Slots> RunChildrenAsync(TagHelperContext context, TagHelperOutput output, params string[] accepted)
    {
        var slots = new Slots(accepted.Length > 0 ? accepted : ["label", "hint", "error"]).OpenFor(context);
        await output.GetChildContentAsync();
        return slots;
    }

    /// <summary>Replaces the tag helper's element with the component's markup.</summary>
    protected static void Write(TagHelperOutput output, IHtmlContent content)
    {
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(content);
    }

    /// <summary>The attributes written on the element that no property bound, taken off so they are not written twice.</summary>
    protected static TagHelperAttributeList TakeUnboundAttributes(TagHelperOutput output)
    {
        var attributes = new TagHelperAttributeList(output.Attributes);
        output.Attributes.Clear();
        return attributes;
    }
}

/// <summary>A field resolved once its children ran: name, id, and the parts of its form group.</summary>
public sealed record FieldParts(string Name, string Id, Slots Slots, IHtmlContent? Error, IHtmlContent? Hint, IHtmlContent? Label, Slot? Legend, TagHelperAttributeList Attributes)
{
    public bool HasError => Error is not null;

    public string? HintId => Hint is null ? null : $"{Id}-hint";

    public string? ErrorId => Error is null ? null : $"{Id}-error";

    public IHtmlContent? LabelElement() =>
        Label is null ? null : Parts.Label(Label, Id, Slots["label"]?.Size, Slots["label"]?.IsPageHeading ?? false);

    public IHtmlContent? HintElement() => Hint is null ? null : Parts.Hint(Hint, HintId);

    public IHtmlContent? ErrorElement() =>
        Error is null ? null : Parts.ErrorMessage(Error, ErrorId, Slots["error"]?.VisuallyHiddenText);

    public IHtmlContent? LegendElement() =>
        Legend is null ? null : Parts.Legend(Parts.Trimmed(Legend.Content), Legend.Size, Legend.IsPageHeading);
}
