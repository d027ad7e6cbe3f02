using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ServiceStandard.DesignSystem.Engine;

/// <summary>
/// How a violation points at its element: a CSS selector that stays the same while the page's
/// unrelated parts change (an element's unique id, else a path of element names with the first
/// class and <c>:nth-of-type</c>), and a shortened HTML snippet.
/// </summary>
public static partial class ElementDescription
{
    public const int MaxSnippetLength = 300;
    private const int MaxSnippetElements = 40;

    public static string Selector(DocumentIndex index, int position)
    {
        var parts = new List<string>();
        var element = index[position];
        while (element is not null)
        {
            var id = element.GetAttribute("id");
            if (!string.IsNullOrEmpty(id) && index.WithId(id).Count == 1)
            {
                parts.Add(IdSelector(id));
                break;
            }

            parts.Add(Step(element));
            element = element.ParentElement;
        }

        parts.Reverse();
        return string.Join(" > ", parts);
    }

    /// <summary>The element's HTML; a large element (a whole header or page) shows only its start tag.</summary>
    public static string Snippet(DocumentIndex index, int position)
    {
        var element = index[position];
        var html = index.SubtreeEnd(position) - position > MaxSnippetElements ? StartTag(element) + "…" : element.OuterHtml;
        return html.Length <= MaxSnippetLength ? html : html[..(MaxSnippetLength - 1)] + "…";
    }

    /// <summary>The element's start tag as written: <c>&lt;a href="#x" class="ds-link"&gt;</c>.</summary>
    public static string StartTag(IElement element)
    {
        var builder = new StringBuilder().Append('<').Append(element.LocalName);
        foreach (var attribute in element.Attributes)
        {
            builder.Append(' ').Append(attribute.Name);
            if (attribute.Value.Length > 0)
            {
                builder.Append("=\"").Append(WebUtility.HtmlEncode(attribute.Value)).Append('"');
            }
        }

        return builder.Append('>').ToString();
    }

    private static string Step(IElement element)
    {
        var name = element.LocalName;
        if (element.ParentElement is not { } parent)
        {
            return name;
        }

        var firstClass = FirstClass(element);
        int sameName = 0, ordinal = 0;
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement sibling && sibling.LocalName == name)
            {
                sameName++;
                if (ReferenceEquals(sibling, element))
                {
                    ordinal = sameName;
                }
            }
        }

        var step = firstClass is null ? name : $"{name}.{firstClass}";
        return sameName > 1 ? $"{step}:nth-of-type({ordinal.ToString(CultureInfo.InvariantCulture)})" : step;
    }

    private static string? FirstClass(IElement element)
    {
        var classes = element.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(classes))
        {
            return null;
        }

        var first = classes.Split(IdReferences.Separators, StringSplitOptions.RemoveEmptyEntries)[0];
        return Identifier().IsMatch(first) ? first : null;
    }

    private static string IdSelector(string id) =>
        Identifier().IsMatch(id) ? "#" + id : $"[id=\"{id.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";

    [GeneratedRegex("^-?[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex Identifier();
}
