using System.Text;
using System.Text.RegularExpressions;

namespace ServiceStandard.DesignSystem.Docs;

/// <summary>A run of text in a changelog line: plain text, <c>code</c>, or a link.</summary>
public sealed record InlineView(string Kind, string Text, string? Href = null);

/// <summary>A block of the changelog: a heading (h2, h3), a paragraph (p) or a list (ul).</summary>
public sealed record BlockView(string Kind, string? Id, IReadOnlyList<InlineView> Inlines, IReadOnlyList<IReadOnlyList<InlineView>> Items);

/// <summary>
/// Reads the small Markdown subset a Keep a Changelog file (and a component's guidance) uses (## and ### headings, paragraphs,
/// "- " lists, `code`, [links](https://…)) into blocks the template prints, encoded. Anything
/// else is kept as text, so nothing in the file can inject markup. The "# " title is dropped: the
/// page has its own.
/// </summary>
public static partial class ChangelogDocument
{
    public static IReadOnlyList<BlockView> Parse(string markdown)
    {
        var blocks = new List<BlockView>();
        var paragraph = new StringBuilder();
        var items = new List<StringBuilder>();
        var ids = new HashSet<string>(StringComparer.Ordinal);

        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("### ", StringComparison.Ordinal))
            {
                Flush();
                var level = line.StartsWith("### ", StringComparison.Ordinal) ? 3 : 2;
                var text = line[(level + 1)..].Trim();
                blocks.Add(new BlockView($"h{level}", UniqueId(text), Inlines(text), []));
                continue;
            }

            if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
            {
                FlushParagraph();
                items.Add(new StringBuilder(line[2..].Trim()));
                continue;
            }

            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (items.Count > 0 && raw.StartsWith("  ", StringComparison.Ordinal))
            {
                items[^1].Append(' ').Append(line.Trim());
                continue;
            }

            FlushList();
            paragraph.Append(paragraph.Length == 0 ? string.Empty : " ").Append(line.Trim());
        }

        Flush();
        return blocks;

        void Flush()
        {
            FlushParagraph();
            FlushList();
        }

        void FlushParagraph()
        {
            if (paragraph.Length > 0)
            {
                blocks.Add(new BlockView("p", null, Inlines(paragraph.ToString()), []));
                paragraph.Clear();
            }
        }

        void FlushList()
        {
            if (items.Count > 0)
            {
                blocks.Add(new BlockView("ul", null, [], [.. items.Select(i => Inlines(i.ToString()))]));
                items.Clear();
            }
        }

        string UniqueId(string text)
        {
            var slug = NonWord().Replace(text.ToLowerInvariant(), "-").Trim('-');
            slug = slug.Length == 0 ? "section" : "v-" + slug;
            var id = slug;
            for (var n = 2; !ids.Add(id); n++)
            {
                id = $"{slug}-{n}";
            }

            return id;
        }
    }

    /// <summary>One line of text: plain text, <c>code</c> and links.</summary>
    public static IReadOnlyList<InlineView> Inlines(string text)
    {
        text = string.Join(' ', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        var result = new List<InlineView>();
        var position = 0;
        foreach (Match match in Inline().Matches(text))
        {
            if (match.Index > position)
            {
                result.Add(new InlineView("text", text[position..match.Index]));
            }

            if (match.Groups["code"].Success)
            {
                result.Add(new InlineView("code", match.Groups["code"].Value));
            }
            else
            {
                result.Add(new InlineView("link", match.Groups["text"].Value, match.Groups["href"].Value));
            }

            position = match.Index + match.Length;
        }

        if (position < text.Length)
        {
            result.Add(new InlineView("text", text[position..]));
        }

        return result;
    }

    [GeneratedRegex(@"`(?<code>[^`]+)`|\[(?<text>[^\]]+)\]\((?<href>https://[^)\s]+)\)")]
    private static partial Regex Inline();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();
}
