using AngleSharp.Dom;

namespace ServiceStandard.Checks.DesignSystem;

/// <summary>A CSS selector and a short snippet for an element of a parsed page (unique id, else a tag path with <c>:nth-of-type</c>).</summary>
internal static class ElementPath
{
    public static string Selector(IElement element)
    {
        var parts = new List<string>();
        for (var node = element; node is not null && node.LocalName != "html"; node = node.ParentElement)
        {
            if (!string.IsNullOrEmpty(node.Id) && IsSimpleId(node.Id))
            {
                parts.Insert(0, "#" + node.Id);
                break;
            }

            var part = node.LocalName;
            var parent = node.ParentElement;
            if (parent is not null)
            {
                var same = parent.Children.Where(c => c.LocalName == node.LocalName).ToList();
                if (same.Count > 1)
                {
                    part += $":nth-of-type({same.IndexOf(node) + 1})";
                }
            }

            parts.Insert(0, part);
        }

        return parts.Count == 0 ? "html" : string.Join(" > ", parts);
    }

    public static string Snippet(IElement element)
    {
        var html = element.OuterHtml;
        if (html.Length <= 250)
        {
            return html;
        }

        var end = html.IndexOf('>');
        return (end > 0 && end < 250 ? html[..(end + 1)] : html[..247]) + "…";
    }

    private static bool IsSimpleId(string id) =>
        !char.IsDigit(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
