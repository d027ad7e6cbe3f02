using System.Globalization;
using System.Text;

namespace ServiceStandard.Reports.Text;

/// <summary>
/// Page-derived text (titles, messages, snippets, URLs) made safe to show as it is: characters that
/// would change how the text around them reads — Unicode bidirectional controls (Trojan Source),
/// other invisible format and control characters — are shown as a visible <c>[U+202E]</c> instead.
/// Escaping for the target format (HTML, XML, Markdown) comes on top of this.
/// </summary>
public static class UntrustedText
{
    public static string Reveal(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        if (!NeedsReveal(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsHidden(rune))
            {
                builder.Append(CultureInfo.InvariantCulture, $"[U+{rune.Value:X4}]");
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    /// <summary>Bidi controls, other zero-width format characters, and control characters other than tab, CR and LF.</summary>
    public static bool IsHidden(Rune rune) =>
        rune.Value switch
        {
            '\t' or '\n' or '\r' => false,
            0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) => true,
            0x200B or 0x2060 or 0xFEFF => true,
            _ when (rune.Value & 0xFFFE) == 0xFFFE => true,
            _ => Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse,
        };

    private static bool NeedsReveal(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsHidden(rune))
            {
                return true;
            }
        }

        return false;
    }
}
