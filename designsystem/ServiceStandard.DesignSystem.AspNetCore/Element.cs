using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ServiceStandard.DesignSystem.AspNetCore;

/// <summary>
/// One HTML element a tag helper writes, attributes in the order added (the examples' order, so a
/// page's source reads like the examples) and classes in the order given. TagBuilder prepends
/// classes and sorts nothing we can rely on, hence this small builder.
/// </summary>
public sealed class Element : IHtmlContent
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase) { "input", "br", "img", "meta", "link", "hr" };

    private readonly List<KeyValuePair<string, string?>> _attributes = [];
    private readonly List<IHtmlContent> _children = [];

    public Element(string tagName) => TagName = tagName;

    public string TagName { get; }

    /// <summary>Adds an attribute; a null value leaves it out, so optional attributes need no if.</summary>
    public Element Attr(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        var index = _attributes.FindIndex(a => a.Key == name);
        if (index >= 0)
        {
            _attributes[index] = new(name, value);
        }
        else
        {
            _attributes.Add(new(name, value));
        }

        return this;
    }

    /// <summary>Adds a boolean attribute (<c>selected</c>, <c>checked</c>) when <paramref name="on"/>.</summary>
    public Element Flag(string name, bool on) => on ? Attr(name, string.Empty) : this;

    /// <summary>Adds classes after those already there; null or empty ones are skipped.</summary>
    public Element Class(params string?[] classes)
    {
        var given = classes.Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        if (given.Count == 0)
        {
            return this;
        }

        var existing = _attributes.FirstOrDefault(a => a.Key == "class").Value;
        return Attr("class", string.Join(' ', existing is null ? given : [existing, .. given]));
    }

    /// <summary>The space-separated ids an aria-describedby lists; none leaves the attribute out.</summary>
    public Element DescribedBy(IEnumerable<string?> ids)
    {
        var list = ids.Where(i => !string.IsNullOrEmpty(i)).ToList();
        return list.Count == 0 ? this : Attr("aria-describedby", string.Join(' ', list));
    }

    public Element Add(IHtmlContent? child)
    {
        if (child is not null)
        {
            _children.Add(child);
        }

        return this;
    }

    public Element Add(IEnumerable<IHtmlContent?> children)
    {
        foreach (var child in children)
        {
            Add(child);
        }

        return this;
    }

    /// <summary>Text, HTML-encoded.</summary>
    public Element Text(string? text) => text is null ? this : Add(new HtmlString(System.Net.WebUtility.HtmlEncode(text)));

    /// <summary>
    /// The attributes a team wrote on the tag helper's element that the tag helper does not bind
    /// (<c>data-*</c>, <c>autocomplete</c>, an extra class): they go on the element that is the
    /// component's control, so nothing a team writes is dropped.
    /// </summary>
    public Element Merge(TagHelperAttributeList attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        foreach (var attribute in attributes)
        {
            var value = attribute.ValueStyle == HtmlAttributeValueStyle.Minimized ? string.Empty : AttributeText(attribute.Value);
            if (attribute.Name == "class")
            {
                Class(value);
            }
            else
            {
                Attr(attribute.Name, value);
            }
        }

        return this;
    }

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        writer.Write('<');
        writer.Write(TagName);
        foreach (var (name, value) in _attributes)
        {
            writer.Write(' ');
            writer.Write(name);
            if (value is { Length: > 0 } || name is "value" or "alt")
            {
                writer.Write("=\"");
                encoder.Encode(writer, value ?? string.Empty);
                writer.Write('"');
            }
        }

        writer.Write('>');
        if (VoidElements.Contains(TagName))
        {
            return;
        }

        foreach (var child in _children)
        {
            child.WriteTo(writer, encoder);
        }

        writer.Write("</");
        writer.Write(TagName);
        writer.Write('>');
    }

    /// <summary>A new line between block elements, so the page source is readable; whitespace the browser ignores.</summary>
    public static IHtmlContent NewLine { get; } = new HtmlString("\n");

    private static string AttributeText(object? value) => value switch
    {
        null => string.Empty,
        IHtmlContent html => Render(html),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string Render(IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        return System.Net.WebUtility.HtmlDecode(writer.ToString());
    }
}
