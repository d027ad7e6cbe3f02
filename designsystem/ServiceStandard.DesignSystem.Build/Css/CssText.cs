using System.Text;

namespace ServiceStandard.DesignSystem.Build.Css;

/// <summary>
/// Small, exact facts about CSS text that the build needs: where comments and strings are, whether
/// braces and parentheses balance, and the line and column of an offset.
/// </summary>
public static class CssText
{
    /// <summary>
    /// The text with every comment and the inside of every string replaced by spaces (newlines kept),
    /// so patterns can be searched without matching inside them and offsets still line up.
    /// </summary>
    public static string Blank(string css)
    {
        var chars = css.ToCharArray();
        var i = 0;
        while (i < chars.Length)
        {
            if (chars[i] == '/' && i + 1 < chars.Length && chars[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? chars.Length : end + 2;
                Fill(chars, i, end);
                i = end;
            }
            else if (chars[i] is '"' or '\'')
            {
                var end = StringEnd(css, i);
                Fill(chars, i + 1, Math.Max(i + 1, end - 1));
                i = end;
            }
            else
            {
                i++;
            }
        }

        return new string(chars);
    }

    /// <summary>The offset just past the string that starts with the quote at <paramref name="start"/>.</summary>
    public static int StringEnd(string css, int start)
    {
        var quote = css[start];
        var i = start + 1;
        while (i < css.Length && css[i] != quote && css[i] != '\n')
        {
            i += css[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, css.Length);
    }

    public static SourceLocation Locate(string file, string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(file, line, offset - lineStart + 1);
    }

    /// <summary>Reports an unclosed comment or string and unbalanced braces, brackets or parentheses.</summary>
    public static IEnumerable<BuildDiagnostic> CheckBalance(string file, string css)
    {
        var stack = new Stack<(char Close, int Offset)>();
        var i = 0;
        while (i < css.Length)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    yield return new BuildDiagnostic(DiagnosticCodes.UnbalancedCss, Locate(file, css, i), "this comment is never closed with */.");
                    yield break;
                }

                i = end + 2;
                continue;
            }

            if (c is '"' or '\'')
            {
                var end = StringEnd(css, i);
                if (end - 1 <= i || css[end - 1] != c)
                {
                    yield return new BuildDiagnostic(DiagnosticCodes.UnbalancedCss, Locate(file, css, i), "this string is not closed on its line.");
                    yield break;
                }

                i = end;
                continue;
            }

            if (c is '{' or '(' or '[')
            {
                stack.Push((c switch { '{' => '}', '(' => ')', _ => ']' }, i));
            }
            else if (c is '}' or ')' or ']')
            {
                if (stack.Count == 0 || stack.Peek().Close != c)
                {
                    var expected = stack.Count == 0 ? "nothing is open" : $"expected '{stack.Peek().Close}' first";
                    yield return new BuildDiagnostic(DiagnosticCodes.UnbalancedCss, Locate(file, css, i), $"unexpected '{c}': {expected}.");
                    yield break;
                }

                stack.Pop();
            }

            i++;
        }

        if (stack.Count > 0)
        {
            var (close, offset) = stack.Peek();
            yield return new BuildDiagnostic(DiagnosticCodes.UnbalancedCss, Locate(file, css, offset), $"this is never closed: '{close}' is missing.");
        }
    }

    internal static string NormalizeNewlines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static void Fill(char[] chars, int from, int to)
    {
        for (var i = from; i < to && i < chars.Length; i++)
        {
            if (chars[i] != '\n')
            {
                chars[i] = ' ';
            }
        }
    }

    public static StringBuilder TrimEnd(this StringBuilder builder)
    {
        while (builder.Length > 0 && char.IsWhiteSpace(builder[^1]))
        {
            builder.Length--;
        }

        return builder;
    }
}
