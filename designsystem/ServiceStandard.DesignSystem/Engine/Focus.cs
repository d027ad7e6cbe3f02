using System.Globalization;
using AngleSharp.Dom;

namespace ServiceStandard.DesignSystem.Engine;

/// <summary>
/// Whether the Tab key reaches an element, judged from markup alone (HTML's focusable areas less
/// those a negative tabindex takes out of the sequence). Hidden subtrees are the caller's concern.
/// </summary>
internal static class Focus
{
    public static bool IsTabbable(IElement element)
    {
        var tabIndex = element.GetAttribute("tabindex");
        if (tabIndex is not null && int.TryParse(tabIndex.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value >= 0 && !IsDisabled(element);
        }

        return element.LocalName switch
        {
            "a" or "area" => element.HasAttribute("href"),
            "button" or "select" or "textarea" => !IsDisabled(element),
            "input" => !IsDisabled(element) && !string.Equals(element.GetAttribute("type"), "hidden", StringComparison.OrdinalIgnoreCase),
            "iframe" => true,
            "summary" => element.ParentElement is { LocalName: "details" } details && details.FirstElementChild == element,
            "audio" or "video" => element.HasAttribute("controls"),
            _ => element.GetAttribute("contenteditable") is { } editable && !string.Equals(editable, "false", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static bool IsDisabled(IElement element) =>
        element.HasAttribute("disabled") && element.LocalName is "button" or "input" or "select" or "textarea";
}

/// <summary>How attributes that reference elements by id are read.</summary>
internal static class IdReferences
{
    public static readonly char[] Separators = [' ', '\t', '\n', '\f', '\r'];

    /// <summary>The ids an attribute refers to: a fragment link's target, or the space-separated tokens of an IDREF(S) attribute.</summary>
    public static string[] Read(IElement element, string attribute)
    {
        var value = element.GetAttribute(attribute);
        if (value is null)
        {
            return [];
        }

        if (attribute == "href")
        {
            return value.Length > 1 && value[0] == '#' ? [Uri.UnescapeDataString(value[1..])] : [];
        }

        return value.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
    }
}
