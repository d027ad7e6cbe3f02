using System.Net;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Html;

/// <summary>An element's id attribute: the id, the element's tag name and its start tag (shortened).</summary>
internal sealed record IdUse(string Id, string Tag, string StartTag);

/// <summary>An attribute that points at an element by id: <c>for</c>, <c>aria-describedby</c>, ….</summary>
internal sealed record IdReference(string Id, string Attribute);

internal sealed record IdScan(IReadOnlyList<IdUse> Ids, IReadOnlyList<IdReference> References);

/// <summary>
/// A single-pass tokenizer over serialised HTML that collects id attributes and the attributes
/// that reference ids. It reads start tags and their attributes the way the HTML tokenizer does
/// (quoted and unquoted values, entities decoded) and skips comments, doctype, end tags and the
/// contents of raw-text elements (script, style, textarea, title, …) and of template (inert, not
/// in the document). It is not a full HTML parser: it relies on the input being the browser's own
/// serialisation of the DOM (PageSnapshot.Html), where markup in text is always escaped.
/// </summary>
internal static class HtmlIdScanner
{
    public const int MaxStartTagLength = 250;

    private static readonly HashSet<string> SkippedContent = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext", "template",
    };

    /// <summary>Attributes whose value is an id or a space-separated list of ids.</summary>
    public static IReadOnlySet<string> ReferenceAttributes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "for", "headers", "list",
        "aria-activedescendant", "aria-controls", "aria-describedby", "aria-details", "aria-errormessage",
        "aria-flowto", "aria-labelledby", "aria-owns",
    };

    public static IdScan Scan(string html)
    {
        var ids = new List<IdUse>();
        var references = new List<IdReference>();
        var position = 0;
        while (position < html.Length)
        {
            var open = html.IndexOf('<', position);
            if (open < 0 || open + 1 >= html.Length)
            {
                break;
            }

            var next = html[open + 1];
            if (html.AsSpan(open).StartsWith("<!--"))
            {
                position = EndOf(html, "-->", open + 4);
            }
            else if (next is '!' or '?' or '/')
            {
                position = EndOf(html, ">", open + 1);
            }
            else if (char.IsAsciiLetter(next))
            {
                position = ReadStartTag(html, open, ids, references);
            }
            else
            {
                position = open + 1;
            }
        }

        return new IdScan(ids, references);
    }

    private static int ReadStartTag(string html, int open, List<IdUse> ids, List<IdReference> references)
    {
        var position = open + 1;
        while (position < html.Length && !IsSpace(html[position]) && html[position] is not '>' and not '/')
        {
            position++;
        }

        var tag = html[(open + 1)..position].ToLowerInvariant();
        string? id = null;
        while (position < html.Length)
        {
            while (position < html.Length && IsSpace(html[position]))
            {
                position++;
            }

            if (position >= html.Length)
            {
                break;
            }

            if (html[position] == '>')
            {
                position++;
                break;
            }

            if (html[position] == '/')
            {
                position++;
                continue;
            }

            var nameStart = position;
            do
            {
                position++;
            }
            while (position < html.Length && !IsSpace(html[position]) && html[position] is not '=' and not '>' and not '/');

            var name = html[nameStart..position].ToLowerInvariant();
            var value = ReadValue(html, ref position);
            if (value is null)
            {
                continue;
            }

            if (name == "id" && id is null)
            {
                id = value;
            }
            else if (ReferenceAttributes.Contains(name))
            {
                references.AddRange(value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(v => new IdReference(v, name)));
            }
        }

        if (!string.IsNullOrEmpty(id))
        {
            var startTag = html[open..Math.Min(position, html.Length)];
            ids.Add(new IdUse(id, tag, startTag.Length <= MaxStartTagLength ? startTag : startTag[..(MaxStartTagLength - 1)] + "…"));
        }

        if (SkippedContent.Contains(tag))
        {
            var close = html.IndexOf("</" + tag, position, StringComparison.OrdinalIgnoreCase);
            return close < 0 ? html.Length : close;
        }

        return position;
    }

    /// <summary>An attribute's value after <c>=</c>, entities decoded; null when the attribute has none.</summary>
    private static string? ReadValue(string html, ref int position)
    {
        var look = position;
        while (look < html.Length && IsSpace(html[look]))
        {
            look++;
        }

        if (look >= html.Length || html[look] != '=')
        {
            return null;
        }

        position = look + 1;
        while (position < html.Length && IsSpace(html[position]))
        {
            position++;
        }

        if (position >= html.Length)
        {
            return string.Empty;
        }

        var quote = html[position];
        int start, end;
        if (quote is '"' or '\'')
        {
            start = position + 1;
            end = html.IndexOf(quote, start);
            end = end < 0 ? html.Length : end;
            position = Math.Min(end + 1, html.Length);
        }
        else
        {
            start = position;
            while (position < html.Length && !IsSpace(html[position]) && html[position] != '>')
            {
                position++;
            }

            end = position;
        }

        return WebUtility.HtmlDecode(html[start..end]);
    }

    private static int EndOf(string html, string terminator, int from)
    {
        var end = html.IndexOf(terminator, from, StringComparison.Ordinal);
        return end < 0 ? html.Length : end + terminator.Length;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
