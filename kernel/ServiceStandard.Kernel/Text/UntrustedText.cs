using System.Globalization;
using System.Text;

namespace ServiceStandard.Kernel.Text;

/// <summary>
/// Text a page or repository supplied (titles, URLs, messages, selectors, snippets, error messages)
/// made safe to print as it is. Characters that would act instead of being read — control characters
/// (ESC starts the ANSI sequences that move the cursor, colour or clear a terminal; XML 1.0 forbids
/// most C0 controls even escaped), Unicode bidirectional controls (Trojan Source: text that displays
/// in another order than it reads), other invisible format characters, lone surrogates — are shown as
/// a visible <c>[U+202E]</c> instead. Everything else, accents, ñ, ¿, Arabic letters and emoji
/// included, is kept. Escaping for the target format (HTML, XML, JSON, Markdown, terminal markup)
/// comes on top of this.
/// </summary>
public static class UntrustedText
{
    /// <summary>
    /// For documents (HTML, XML, JSON, Markdown): hidden characters revealed; tab, line feed and
    /// carriage return kept, since a document's own syntax decides what a line break does.
    /// </summary>
    public static string Reveal(string? text) => Neutralise(text, terminal: false);

    /// <summary>
    /// For one line of a terminal or CI log: hidden characters revealed, tab, line breaks and
    /// U+2028/U+2029 too (a line break would let the text start a line of its own), and what a CI
    /// runner would take for a command defused: <c>::</c> at the start of the text or after a space
    /// (GitHub Actions' workflow commands, <c>::error::</c>, <c>::add-mask::</c>; a wrapped line may
    /// start at any space) and <c>##vso[</c> or <c>##[</c> anywhere (Azure Pipelines).
    /// </summary>
    public static string OneLine(string? text) => Neutralise(text, terminal: true);

    /// <summary>
    /// For running text on a terminal or CI log whose line breaks are meant (a description, a stack
    /// trace): each line as <see cref="OneLine"/>, joined by line feeds.
    /// </summary>
    public static string Lines(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        return string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(OneLine));
    }

    /// <summary>
    /// For JSON that is data read again (assessment.json, evidence.json), where text must stay exactly
    /// as the page wrote it: every hidden character the serializer left raw (it escapes C0 controls,
    /// not bidi or C1 controls) written as the JSON escape <c>\u202E</c>, which reads back as the same
    /// character; a viewer of the file sees the escape. Such characters only occur inside JSON
    /// strings, so the document means the same.
    /// </summary>
    public static string EscapeInJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        StringBuilder? builder = null;
        for (var i = 0; i < json.Length; i++)
        {
            var hidden = Rune.DecodeFromUtf16(json.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done || IsHidden(rune);
            var length = Math.Max(1, consumed);
            if (hidden)
            {
                builder ??= new StringBuilder(json.Length + 16).Append(json, 0, i);
                foreach (var unit in json.AsSpan(i, length))
                {
                    builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)unit:X4}");
                }
            }
            else
            {
                builder?.Append(json, i, length);
            }

            i += length - 1;
        }

        return builder?.ToString() ?? json;
    }

    /// <summary>Bidi controls, other zero-width format characters, noncharacters, private use and control characters other than tab, CR and LF.</summary>
    public static bool IsHidden(Rune rune) =>
        rune.Value switch
        {
            '\t' or '\n' or '\r' => false,
            0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) => true,
            0x200B or 0x2060 or 0xFEFF => true,
            _ when (rune.Value & 0xFFFE) == 0xFFFE => true,
            _ => Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.PrivateUse,
        };

    /// <summary>What a terminal line must not hold besides the hidden characters: anything that breaks the line.</summary>
    private static bool IsHiddenOnOneLine(Rune rune) =>
        rune.Value is '\t' or '\n' or '\r' or 0x2028 or 0x2029 || IsHidden(rune);

    private static string Neutralise(string? text, bool terminal)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = Replacement(text, i, terminal, out var length);
            if (replacement is null)
            {
                builder?.Append(text, i, length);
            }
            else
            {
                // Allocates only for text that needs it: almost all text is returned as it came.
                builder ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
                builder.Append(replacement);
            }

            i += length - 1;
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>The visible form of the character at <paramref name="i"/>, or null to keep it; <paramref name="length"/> is its length in UTF-16 units.</summary>
    private static string? Replacement(string text, int i, bool terminal, out int length)
    {
        length = 1;
        if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
        {
            // A lone surrogate: no character at all, and no encoder can write it faithfully.
            return Visible(text[i]);
        }

        length = consumed;
        if (terminal ? IsHiddenOnOneLine(rune) : IsHidden(rune))
        {
            return Visible(rune.Value);
        }

        if (terminal && StartsCiCommand(text, i))
        {
            return Visible(text[i]);
        }

        return null;
    }

    /// <summary>
    /// Whether a CI command starts at <paramref name="i"/>: <c>::</c> at a word's start, or
    /// <c>##</c> (more <c>#</c> may follow) or <c>##vso</c> before <c>[</c> or before a character
    /// about to be revealed, whose escape would begin with <c>[</c>.
    /// </summary>
    private static bool StartsCiCommand(string text, int i)
    {
        var rest = text.AsSpan(i);
        if (rest.StartsWith("::", StringComparison.Ordinal))
        {
            return i == 0 || char.IsWhiteSpace(text[i - 1]);
        }

        if (!rest.StartsWith("##", StringComparison.Ordinal))
        {
            return false;
        }

        var next = i + 2;
        while (next < text.Length && text[next] == '#')
        {
            next++;
        }

        if (rest.StartsWith("##vso", StringComparison.OrdinalIgnoreCase))
        {
            next = i + 5;
        }

        return next < text.Length && (text[next] == '[' || WillReveal(text, next));
    }

    private static bool WillReveal(string text, int i) =>
        Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out _) != System.Buffers.OperationStatus.Done || IsHiddenOnOneLine(rune);

    private static string Visible(int codePoint) => string.Create(CultureInfo.InvariantCulture, $"[U+{codePoint:X4}]");
}
