using System.Globalization;
using System.Text;

namespace ServiceStandard.Reports.Tests.Hostile;

/// <summary>What no output may hold raw: control characters (ESC, NUL, DEL, C1), bidi controls, lone surrogates.</summary>
internal static class HiddenCharacters
{
    /// <summary>Control characters the documents may keep as line structure (tab, LF, CR); a terminal line keeps none.</summary>
    public const string DocumentWhitespace = "\t\n\r";

    /// <summary>The first raw hidden character in <paramref name="text"/> with its index, or null.</summary>
    public static string? Find(string text, string allowed = DocumentWhitespace)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || (IsHidden(c) && !allowed.Contains(c, StringComparison.Ordinal)))
            {
                return string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4} at {i}: …{Around(text, i)}…");
            }
        }

        return null;
    }

    public static void AssertNone(string text, string what, string allowed = DocumentWhitespace)
    {
        var found = Find(text, allowed);
        Assert.True(found is null, $"{what} holds a raw hidden character: {found}");
    }

    private static bool IsHidden(char c) =>
        char.GetUnicodeCategory(c) == UnicodeCategory.Control ||
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static string Around(string text, int i)
    {
        var start = Math.Max(0, i - 20);
        var builder = new StringBuilder();
        foreach (var c in text.AsSpan(start, Math.Min(text.Length, i + 20) - start))
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || IsHidden(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
