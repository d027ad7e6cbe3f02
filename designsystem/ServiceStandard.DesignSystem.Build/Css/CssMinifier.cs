using System.Text;
using System.Text.RegularExpressions;

namespace ServiceStandard.DesignSystem.Build.Css;

/// <summary>
/// A deliberately conservative minifier: it removes comments (keeping <c>/*! ... */</c> banners)
/// and whitespace, and the last semicolon of a block, and nothing else. It never rewrites values,
/// merges rules or reorders anything, so the minified sheet means exactly what the source means
/// (a test compares both sheets as Chromium parses them). Inside a declaration's value, runs of
/// whitespace are only collapsed to one space: browsers keep the tokens of custom properties and of
/// values with var() as written, so "a, b" and "a,b" would be different text to them.
/// </summary>
public static partial class CssMinifier
{
    // Whitespace next to these can go. Not before ':' ("a :hover" is a descendant selector) and not
    // before '(' ("and (min-width...)" would become a function); not around '+' or '-' (calc()).
    private const string DropSpaceAfter = "{};,:>(";
    private const string DropSpaceBefore = "{};,>)!";

    public static string Minify(string css)
    {
        var output = new StringBuilder(css.Length);
        var pendingSpace = false;
        var declarationStart = 0;
        var inValue = false;
        var i = 0;
        while (i < css.Length)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? css.Length : end + 2;
                if (i + 2 < css.Length && css[i + 2] == '!')
                {
                    output.TrimEnd();
                    if (output.Length > 0)
                    {
                        output.Append('\n');
                    }

                    output.Append(css, i, end - i).Append('\n');
                    pendingSpace = false;
                }
                else
                {
                    pendingSpace = true;
                }

                i = end;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                i++;
                continue;
            }

            var keepSpace = inValue
                ? output[^1] != ':' && c is not (';' or '}')
                : output.Length > 0 && !DropSpaceAfter.Contains(output[^1]) && output[^1] != '\n' && !DropSpaceBefore.Contains(c);
            if (pendingSpace && keepSpace)
            {
                output.Append(' ');
            }

            pendingSpace = false;
            if (c is '"' or '\'')
            {
                var end = CssText.StringEnd(css, i);
                output.Append(css, i, end - i);
                i = end;
                continue;
            }

            if (c == '}' && output.Length > 0 && output[^1] == ';')
            {
                output.Length--;
            }

            output.Append(c);
            i++;
            if (c is '{' or '}' or ';')
            {
                declarationStart = output.Length;
                inValue = false;
            }
            else if (c == ':' && !inValue)
            {
                // "color:" starts a value; ".a:hover" and "@media (min-width:" do not. A selector
                // such as "a:hover" is taken for a property, which only keeps spaces: still safe.
                inValue = PropertyName().IsMatch(output.ToString(declarationStart, output.Length - declarationStart - 1));
            }
        }

        return output.TrimEnd().Append('\n').ToString();
    }

    [GeneratedRegex("^-{0,2}[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex PropertyName();
}
