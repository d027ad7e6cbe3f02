using ServiceStandard.Kernel.Text;
using System.Text;
using System.Text.RegularExpressions;

namespace ServiceStandard.Reports.Text;

/// <summary>
/// Page-derived text made inert in GitHub/GitLab Markdown: hidden characters revealed, HTML and
/// Markdown syntax escaped, line breaks flattened, so a snippet never becomes markup, a link or a
/// broken table.
/// </summary>
public static partial class MarkdownText
{
    /// <summary>
    /// Text for a paragraph or a table cell. Escapes what GitHub and GitLab would read as markup, a
    /// table border, emphasis, a link, an issue reference (#12), a mention (@someone) or maths ($x$),
    /// and breaks bare URLs (http://, www.) so page text never becomes a link.
    /// </summary>
    public static string Escape(string? text)
    {
        var revealed = UntrustedText.Reveal(text);
        var builder = new StringBuilder(revealed.Length + 8);
        for (var i = 0; i < revealed.Length; i++)
        {
            var c = revealed[i];
            switch (c)
            {
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '\r':
                    break;
                case '\n':
                case '\t':
                    builder.Append(' ');
                    break;
                case ':' when revealed.AsSpan(i).StartsWith("://"):
                    builder.Append(":\\/\\/");
                    i += 2;
                    break;
                case '.' when i >= 3 && revealed.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase):
                    builder.Append("\\.");
                    break;
                case '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '#' or '!' or '|' or '~' or '$' or '@':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Text as inline code: a backtick fence longer than any run of backticks inside it.</summary>
    public static string Code(string? text)
    {
        var flat = Whitespace().Replace(UntrustedText.Reveal(text), " ").Replace("|", "\\|", StringComparison.Ordinal);
        var longest = Backticks().Matches(flat).Select(m => m.Length).DefaultIfEmpty(0).Max();
        var fence = new string('`', longest + 1);
        var pad = flat.StartsWith('`') || flat.EndsWith('`') ? " " : string.Empty;
        return $"{fence}{pad}{flat}{pad}{fence}";
    }

    /// <summary>Shortens to at most <paramref name="max"/> characters, with an ellipsis.</summary>
    public static string Shorten(string? text, int max)
    {
        text ??= string.Empty;
        if (text.Length <= max)
        {
            return text;
        }

        // Never between the two halves of an emoji: a lone half would be shown as [U+D83D].
        var end = char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1;
        return text[..end].TrimEnd() + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("`+")]
    private static partial Regex Backticks();
}
