using CsCheck;

namespace ServiceStandard.Reports.Tests.Hostile;

/// <summary>
/// CsCheck generators of what a hostile page might supply, biased towards what breaks outputs:
/// C0 and C1 controls, DEL, bidi controls, XML/HTML and Markdown syntax, surrogates (lone ones too),
/// line separators and the fragments of known attacks; plain and non-ASCII letters in between so the
/// attacks land mid-text. Strings are arrays of pieces, so a failure shrinks to the fewest, simplest.
/// </summary>
internal static class HostileGen
{
    /// <summary>Cases per property: enough to hit every kind of character many times, each property within a few seconds.</summary>
    public const int Iterations = 150;

    public static readonly Gen<char> Char = Gen.Frequency(
        (4, (IGen<char>)Gen.Char['a', 'z']),
        (2, Gen.Char[" \t\n\r"]),
        (3, Gen.Char['\0', '\u001F']),
        (1, Gen.Char["\u007F\u0085\u009B\u009D"]),
        (1, Gen.Char['\u0080', '\u009F']),
        (3, Gen.Char["\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u200B\uFEFF\u2028\u2029"]),
        (3, Gen.Char["<>&\"'=/;"]),
        (3, Gen.Char["\\`*_{}[]()#+-.!|~$@:"]),
        (2, Gen.Char['\uD800', '\uDFFF']),
        (1, Gen.Char["áéíóúñÑ¿¡—عربي"]),
        (1, Gen.Char));

    public static readonly Gen<string> Fragment = Gen.OneOf(
        "\u001b[2J",
        "\u001b[31m",
        "\u001b]8;;http://evil\u0007",
        "\r\n::error::forged",
        "\n::set-output name=x::y",
        "::add-mask::",
        "##vso[task.setvariable variable=x]1",
        "##[error]",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><b onmouseover=x>",
        "]]><x/>",
        "&#x1B;&amp;",
        "[red]markup[/]",
        "[link](javascript:alert(1))",
        "![img](http://evil/x.png)",
        "| cell |",
        "`code`",
        "http://evil.example/",
        "www.evil.example",
        "@someone #12",
        "😀",
        "\uD83D",
        PageSuppliedText.Spanish);

    public static readonly Gen<string> Text = Gen.Frequency(
        (3, (IGen<string>)Char.Array[0, 24].Select(chars => new string(chars))),
        (2, Gen.Frequency((2, (IGen<string>)Char.Array[0, 6].Select(chars => new string(chars))), (1, Fragment)).Array[1, 6].Select(string.Concat)));

    public static readonly Gen<PageSuppliedText> PageText =
        Gen.Select(Text, Text, Text, Text, Text, Text, Text, (message, selector, snippet, url, title, pageError, checkError) =>
            new PageSuppliedText(message, selector, snippet, url, title, pageError, checkError));

    /// <summary>Text a legitimate page writes: letters in many scripts, digits, punctuation, emoji (whole pairs); no controls, no ':' or '#'.</summary>
    public static readonly Gen<string> Legitimate = Gen.Frequency(
        (4, (IGen<string>)Gen.Char["abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 .,;!?¿¡()-'\"/áéíóúüñÑçàèßøåœ€£¥—–…«»„“”"].Array[0, 20].Select(chars => new string(chars))),
        (1, Gen.OneOf("عربي", "שלום", "日本語", "한국어", "😀", "👨‍👩‍👧", "🇪🇸", "Ελληνικά", "русский")))
        .Array[1, 4].Select(string.Concat);

    /// <summary>How a failing case is printed: every hidden character spelled out.</summary>
    public static string Print(PageSuppliedText text) => string.Join(" | ", text.All.Select(Print));

    public static string Print(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
