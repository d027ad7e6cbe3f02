using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Binding;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Forms;

/// <summary>
/// <c>&lt;ds-error-summary /&gt;</c>: "There is a problem" and a link to the field of every error in
/// ModelState, in the order the page model declares its properties (the order a form asks its
/// questions; ModelState itself keeps its keys shortest first), with the field tag helpers' ids (the first radio, the
/// day input of a date, or the part of the date at fault). Items written as
/// <c>&lt;ds-error-summary-item href="#…"&gt;</c> come first. With no error it writes nothing, so a
/// page can always carry it above its heading.
/// </summary>
[HtmlTargetElement("ds-error-summary")]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    /// <summary>The title, when not "There is a problem" (or "Hay un problema").</summary>
    [HtmlAttributeName("title-text")]
    public string? TitleText { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var slots = new Slots("item").OpenFor(context);
        await output.GetChildContentAsync();
        var items = slots.Items.OfType<ErrorSummaryItem>().Concat(FromModelState()).ToList();
        if (items.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var list = new Element("ul").Class("ds-list", "ds-error-summary__list").Add(Parts.Lines([.. items.Select(i =>
            (IHtmlContent)new Element("li").Add(i.Href is null ? i.Content : new Element("a").Attr("href", i.Href).Add(i.Content)))]));
        var summary = new Element("div").Class("ds-error-summary").Attr("data-module", "ds-error-summary").Merge(output.Attributes).Add(Parts.Lines(
            new Element("div").Attr("role", "alert").Add(Parts.Lines(
                new Element("h2").Class("ds-error-summary__title").Text(TitleText ?? DesignSystemText.Get("error-summary-title")),
                new Element("div").Class("ds-error-summary__body").Add(Parts.Lines(list))))));
        output.Attributes.Clear();
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(summary);
    }

    private IEnumerable<ErrorSummaryItem> FromModelState()
    {
        var modelState = ViewContext.ViewData.ModelState;
        // OrderBy is stable: keys that are no property of the model keep ModelState's order, after the rest.
        foreach (var (key, entry) in modelState.OrderBy(e => DeclarationOrder(e.Key), DeclarationOrderComparer.Instance))
        {
            foreach (var error in entry!.Errors.Where(e => !string.IsNullOrEmpty(e.ErrorMessage)))
            {
                var text = new HtmlString(WebUtility.HtmlEncode(error.ErrorMessage));
                yield return new ErrorSummaryItem(key.Length == 0 ? null : "#" + TargetId(modelState, key), text);
            }
        }
    }

    /// <summary>
    /// Where the key's property is declared, segment by segment (<c>Address.Town</c>: the index of
    /// Address among the model's properties, then of Town among Address's); a segment that names no
    /// property sorts last.
    /// </summary>
    private int[] DeclarationOrder(string key)
    {
        var order = new List<int>();
        var metadata = ViewContext.ViewData.ModelExplorer?.Metadata;
        foreach (var segment in key.Split('.'))
        {
            var name = segment.Split('[')[0];
            var properties = metadata?.Properties.ToList();
            var index = properties?.FindIndex(p => string.Equals(p.PropertyName, name, StringComparison.Ordinal)) ?? -1;
            if (index < 0)
            {
                order.Add(int.MaxValue);
                break;
            }

            order.Add(index);
            metadata = properties![index];
        }

        return [.. order];
    }

    /// <summary>Compares declaration orders element by element; a shorter path that is a prefix comes first.</summary>
    private sealed class DeclarationOrderComparer : IComparer<int[]>
    {
        public static DeclarationOrderComparer Instance { get; } = new();

        public int Compare(int[]? x, int[]? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
            {
                var compared = x[i].CompareTo(y[i]);
                if (compared != 0)
                {
                    return compared;
                }
            }

            return x.Length.CompareTo(y.Length);
        }
    }

    /// <summary>The id of the input an error's link must focus: a date's first part at fault, else the field's id.</summary>
    private string TargetId(ModelStateDictionary modelState, string key)
    {
        var id = FieldIds.FromName(key);
        var isDate = DateParts.All.Any(p => modelState.ContainsKey(DateParts.FieldName(key, p))) || IsDateProperty(key);
        return isDate ? $"{id}-{DateParts.Suffix(DateInputTagHelper.PartsInError(modelState, key)[0])}" : id;
    }

    /// <summary>Whether the key names a date property of the page's model (an error the page set on a date it never bound).</summary>
    private bool IsDateProperty(string key)
    {
        var explorer = ViewContext.ViewData.ModelExplorer;
        foreach (var segment in key.Split('.'))
        {
            var property = segment.Split('[')[0];
            explorer = explorer?.GetExplorerForProperty(property);
            if (explorer is null)
            {
                // A key the page made up (not a property of its model) names no date.
                return false;
            }
        }

        var type = explorer!.Metadata.UnderlyingOrModelType;
        return type == typeof(DateOnly) || type == typeof(DateInputValue);
    }
}

/// <summary>One error of the summary: where its link goes and its text.</summary>
public sealed record ErrorSummaryItem(string? Href, IHtmlContent Content);

/// <summary><c>&lt;ds-error-summary-item href="#field-id"&gt;Text&lt;/ds-error-summary-item&gt;</c>: an error that is not in ModelState.</summary>
[HtmlTargetElement("ds-error-summary-item", ParentTag = "ds-error-summary")]
public sealed class ErrorSummaryItemTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        Slots.Around(context, "item")?.Items.Add(new ErrorSummaryItem(Href, Parts.Trimmed(content)));
        output.SuppressOutput();
    }
}
