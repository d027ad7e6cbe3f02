using System.Text;
using CsCheck;

namespace ServiceStandard.Testing.Properties;

/// <summary>
/// Generators of bad input for a parser: mostly near-valid text (a shipped, valid file with a few
/// mutations: lines dropped, duplicated or swapped, characters inserted or deleted, indentation
/// changed, a burst of nesting, the text cut short), and some text that is random throughout.
/// Every choice is an integer CsCheck can shrink, so a failure shrinks toward fewer, smaller edits.
/// </summary>
public static class InputMutations
{
    /// <summary>
    /// Characters that mean something to YAML, JSON or robots.txt, plus a few that should never
    /// appear. No lone surrogate: text read from a file never holds one (decoding replaces it).
    /// </summary>
    public const string Interesting = ":-[]{},#&*!|>'\"%@`?\\/. \t\n\r0123456789aAzZ_$tfnule+\u00e9\u20ac\u0000\u0085\u2028\ufeff\ufffd";

    /// <summary>Pieces of syntax a character at a time rarely builds: tags, anchors, aliases, merge keys, directives, document markers, JSON literals and escapes.</summary>
    private static readonly string[] Fragments =
    [
        "!!!x]", "!!str ", "!<tag:a> ", "!local ", "&a ", "*a", "<<: *a", "? ", "%YAML 1.2\n", "%TAG ! !x\n", "---\n", "...\n", " #", ": ",
        "|\n", ">-\n", "\"\\u0000\"", "\"\\ud800\"", "\"\\Ucccccccc\"", "null", "true", "-0", "1e999", "-1", "2147483648", "[]", "{}", "\"$ref\"", "{\"$value\": ",
    ];

    private enum Edit
    {
        DropLine,
        DuplicateLine,
        SwapLines,
        Insert,
        Delete,
        Indent,
        Truncate,
        Replace,
        Nest,
        CopyFragment,
        InsertFragment,
    }

    /// <summary>One of <paramref name="valid"/>, mutated one to six times; or, one time in five, random text.</summary>
    public static Gen<string> NearValid(params string[] valid)
    {
        ArgumentNullException.ThrowIfNull(valid);
        var edit = Gen.Select(Gen.Int[0, Enum.GetValues<Edit>().Length - 1], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], Gen.String[Gen.Char[Interesting], 1, 8]);
        var mutated = Gen.Select(
            Gen.Int[0, valid.Length - 1],
            edit.Array[1, 6],
            (which, edits) => edits.Aggregate(valid[which], (text, e) => Apply(text, (Edit)e.Item1, e.Item2, e.Item3, e.Item4)));
        return Gen.Frequency((4, mutated), (1, Random));
    }

    /// <summary>Text made only of <see cref="Interesting"/> characters, up to 300 of them.</summary>
    public static Gen<string> Random { get; } = Gen.String[Gen.Char[Interesting], 0, 300];

    /// <summary>Shows a failing input so that its invisible characters can be seen and copied into a test.</summary>
    public static string Print(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when c < ' ' || char.IsSurrogate(c) || c > '~' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static string Apply(string text, Edit edit, int a, int b, string inserted)
    {
        var lines = text.Split('\n').ToList();
        var line = a % lines.Count;
        var other = b % lines.Count;
        var at = a % (text.Length + 1);
        switch (edit)
        {
            case Edit.DropLine when lines.Count > 1:
                lines.RemoveAt(line);
                return string.Join('\n', lines);
            case Edit.DuplicateLine:
                lines.Insert(other, lines[line]);
                return string.Join('\n', lines);
            case Edit.SwapLines:
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return string.Join('\n', lines);
            case Edit.Insert:
                return text.Insert(at, inserted);
            case Edit.Delete:
                return text.Remove(at, Math.Min(1 + (b % 40), text.Length - at));
            case Edit.Indent:
                var trimmed = lines[line].TrimStart(' ');
                lines[line] = (b % 4) switch
                {
                    0 => trimmed,
                    1 => "\t" + lines[line],
                    _ => new string(' ', b % 9) + trimmed,
                };
                return string.Join('\n', lines);
            case Edit.Truncate:
                return text[..at];
            case Edit.Replace when at < text.Length:
                return text.Remove(at, 1).Insert(at, inserted[..1]);
            case Edit.Nest:
                // Deeper than any limit a reader sets (64 for YAML and JSON), up to far beyond it.
                var depth = 1 + (b % 200);
                var open = (b % 3) switch { 0 => "[", 1 => "{a: ", _ => "- " };
                return text.Insert(at, string.Concat(Enumerable.Repeat(open, depth)));
            case Edit.InsertFragment:
                return text.Insert(at, Fragments[b % Fragments.Length]);
            case Edit.CopyFragment:
                var length = Math.Min(1 + (b % 200), text.Length - at);
                return text.Insert(b % (text.Length + 1), text.Substring(at, length));
            default:
                return text;
        }
    }
}
