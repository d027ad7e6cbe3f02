using Microsoft.CodeAnalysis;

namespace ServiceStandard.Gathering.Source;

/// <summary>
/// How deeply a C# file nests, so a file too deep to analyse safely is left out with a reason
/// instead of overflowing the stack. Roslyn walks syntax recursively in places with no guard
/// (its parser's type scanning, the nullability rewriter): 20,000 nested parentheses or a chain of
/// 20,000 calls killed the process. Real code nests a few dozen levels; <see cref="MaxDepth"/>
/// leaves a wide margin on both sides.
/// </summary>
public static class SourceNesting
{
    /// <summary>The deepest syntax tree (and bracket nesting) analysed; deeper files are skipped.</summary>
    public const int MaxDepth = 500;

    /// <summary>
    /// The deepest nesting of brackets ((, [, {) outside comments, strings and character literals,
    /// and of &lt; within one statement (generic arguments), read before parsing: the parser's own
    /// recursion follows these, and a count stops it before it starts. Stops counting past <paramref name="stopAt"/>.
    /// </summary>
    public static int BracketDepth(string text, int stopAt = MaxDepth)
    {
        ArgumentNullException.ThrowIfNull(text);
        var brackets = 0;
        var angles = 0;
        var deepest = 0;
        var i = 0;
        while (i < text.Length && deepest <= stopAt)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            switch (c)
            {
                case '/' when next == '/':
                    i = End(text, text.IndexOf('\n', i));
                    continue;
                case '/' when next == '*':
                    var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = close < 0 ? text.Length : close + 2;
                    continue;
                case '"' or '\'':
                    i = SkipLiteral(text, i);
                    continue;
                case '(' or '[' or '{':
                    brackets++;
                    break;
                case ')' or ']' or '}':
                    brackets = Math.Max(0, brackets - 1);
                    break;
                case '<':
                    angles++;
                    break;
                case '>':
                    angles = Math.Max(0, angles - 1);
                    break;
            }

            // A comparison's '<' is never closed; a statement or block ends what it could inflate.
            if (c is ';' or '{' or '}')
            {
                angles = 0;
            }

            deepest = Math.Max(deepest, Math.Max(brackets, angles));
            i++;
        }

        return deepest;
    }

    /// <summary>The syntax tree's depth in nodes, counted without recursion; stops past <paramref name="stopAt"/>.</summary>
    public static int SyntaxDepth(SyntaxNode root, int stopAt = MaxDepth)
    {
        ArgumentNullException.ThrowIfNull(root);
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((root, 1));
        var deepest = 0;
        while (pending.Count > 0 && deepest <= stopAt)
        {
            var (node, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in node.ChildNodes())
            {
                pending.Push((child, depth + 1));
            }
        }

        return deepest;
    }

    private static int End(string text, int index) => index < 0 ? text.Length : index;

    /// <summary>
    /// The index after the string or character literal at <paramref name="start"/>: regular ("…",
    /// '…' with backslash escapes), verbatim (@"…", "" escapes) and raw ("""…"""). Interpolation
    /// holes are read as text; this is a bound on nesting, not a lexer.
    /// </summary>
    private static int SkipLiteral(string text, int start)
    {
        var quote = text[start];
        var prefix = start;
        while (prefix > 0 && text[prefix - 1] is '@' or '$')
        {
            prefix--;
        }

        var verbatim = quote == '"' && text.AsSpan(prefix, start - prefix).Contains('@');
        var run = 0;
        while (start + run < text.Length && text[start + run] == '"' && quote == '"')
        {
            run++;
        }

        if (run >= 3)
        {
            var end = text.IndexOf(new string('"', run), start + run, StringComparison.Ordinal);
            return end < 0 ? text.Length : end + run;
        }

        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && !verbatim)
            {
                i++;
            }
            else if (c == quote && verbatim && i + 1 < text.Length && text[i + 1] == quote)
            {
                i++;
            }
            else if (c == quote || (c == '\n' && !verbatim))
            {
                return i + 1;
            }
        }

        return text.Length;
    }
}
