using System.Text;

namespace ServiceStandard.Gathering.Source;

/// <summary>
/// Turns the C# in a Razor file (.cshtml or .razor) into a C# file the analyzers can read, with
/// <c>#line</c> directives so every finding points back into the Razor file. Taken: the
/// <c>@code</c>, <c>@functions</c> and <c>@{ … }</c> blocks (markup inside a block is blanked out),
/// and the <c>@using</c>, <c>@model</c>, <c>@inject</c>, <c>@inherits</c> and <c>@attribute</c>
/// directives of the file and of the <c>_ViewImports.cshtml</c>/<c>_Imports.razor</c> files above it.
/// Not taken: expressions in markup (<c>@Model.Name</c>, <c>@if</c> and <c>@foreach</c> outside a
/// code block) and tag helpers. This is not the Razor compiler: it gives the analyzers the C# a
/// team writes in Razor files, not the generated rendering code. It is the fallback for when the
/// SDK's Razor source generator (<see cref="SdkRazorGenerator"/>) is absent or fails.
/// </summary>
public static class RazorCodeExtractor
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>Directives the file and its imports declare.</summary>
    public sealed record RazorDirectives(
        IReadOnlyList<string> Usings,
        string? Model,
        string? Inherits,
        IReadOnlyList<(string Type, string Name)> Injects,
        IReadOnlyList<(int Line, string Text)> Attributes,
        bool IsPage);

    /// <summary>A block of C# in the Razor file: where it starts (1-based line and column) and its text.</summary>
    private sealed record CodeBlock(int Line, int Column, string Code, bool IsMembers);

    /// <summary>The C# for one Razor file. <paramref name="imports"/> are the texts of the import files that apply, outermost first.</summary>
    public static string Extract(string relativePath, string text, SourceFileKind kind, IReadOnlyList<string> imports)
    {
        var directives = ReadDirectives(text, imports);
        var blocks = FindBlocks(text);
        var builder = new StringBuilder();
        var escapedPath = relativePath.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        builder.AppendLine("#line hidden");
        foreach (var use in directives.Usings.Distinct(StringComparer.Ordinal))
        {
            builder.Append("using ").Append(use).AppendLine(";");
        }

        builder.AppendLine("namespace ServiceStandard.RazorSource");
        builder.AppendLine("{");
        foreach (var (line, attribute) in directives.Attributes)
        {
            builder.Append("#line ").Append(line).Append(" \"").Append(escapedPath).AppendLine("\"");
            builder.AppendLine(attribute);
            builder.AppendLine("#line hidden");
        }

        var className = "Razor_" + new string([.. relativePath.Select(c => char.IsLetterOrDigit(c) ? c : '_')]);
        var baseType = directives.Inherits ?? (kind == SourceFileKind.RazorComponent
            ? "global::Microsoft.AspNetCore.Components.ComponentBase"
            : directives.IsPage
                ? "global::Microsoft.AspNetCore.Mvc.RazorPages.Page"
                : $"global::Microsoft.AspNetCore.Mvc.Razor.RazorPage<{directives.Model ?? "dynamic"}>");
        builder.Append("public abstract partial class ").Append(className).Append(" : ").AppendLine(baseType);
        builder.AppendLine("{");
        if (directives.IsPage && directives.Model is not null && directives.Inherits is null)
        {
            builder.Append("public ").Append(directives.Model).AppendLine(" Model => default!;");
        }

        foreach (var (type, name) in directives.Injects)
        {
            builder.Append("public ").Append(type).Append(' ').Append(name).AppendLine(" { get; set; } = default!;");
        }

        foreach (var block in blocks.Where(b => b.IsMembers))
        {
            AppendBlock(builder, escapedPath, block);
        }

        // Not hidden: the analyzer driver skips code blocks whose declaration is in a #line hidden region.
        builder.AppendLine("#line default");
        builder.AppendLine("public async global::System.Threading.Tasks.Task RenderCodeBlocksAsync()");
        builder.AppendLine("{");
        builder.AppendLine("await global::System.Threading.Tasks.Task.CompletedTask;");
        foreach (var block in blocks.Where(b => !b.IsMembers))
        {
            builder.AppendLine("{");
            AppendBlock(builder, escapedPath, block);
            builder.AppendLine("}");
        }

        builder.AppendLine("}");
        builder.AppendLine("}");
        builder.AppendLine("}");
        return builder.ToString();
    }

    private static void AppendBlock(StringBuilder builder, string escapedPath, CodeBlock block)
    {
        builder.Append("#line ").Append(block.Line).Append(" \"").Append(escapedPath).AppendLine("\"");
        // Pad so columns match the Razor file on the block's first line.
        builder.Append(' ', Math.Max(0, block.Column - 1)).AppendLine(block.Code);
        builder.AppendLine("#line hidden");
    }

    /// <summary>Reads @using, @model, @inherits, @inject, @attribute and @page from the file and its imports.</summary>
    public static RazorDirectives ReadDirectives(string text, IReadOnlyList<string> imports)
    {
        var usings = new List<string> { "System", "System.Linq", "System.Collections.Generic", "System.Threading.Tasks" };
        string? model = null;
        string? inherits = null;
        var injects = new List<(string, string)>();
        var attributes = new List<(int, string)>();
        var isPage = false;
        foreach (var (source, own) in imports.Select(i => (i, false)).Append((text, true)))
        {
            var lines = source.Split('\n');
            for (var index = 0; index < lines.Length; index++)
            {
                var line = lines[index].Trim();
                if (!line.StartsWith('@'))
                {
                    continue;
                }

                var (directive, rest) = SplitDirective(line[1..]);
                switch (directive)
                {
                    case "using" when rest.Length > 0 && !rest.Contains('(', StringComparison.Ordinal):
                        usings.Add(rest.TrimEnd(';'));
                        break;
                    case "model":
                        model = rest.TrimEnd(';');
                        break;
                    case "inherits":
                        inherits = rest.TrimEnd(';');
                        break;
                    case "inject" when SplitLast(rest) is { } inject:
                        injects.Add(inject);
                        break;
                    case "attribute" when own && rest.Length > 0:
                        attributes.Add((index + 1, rest));
                        break;
                    case "page" when own:
                        isPage = true;
                        break;
                }
            }
        }

        return new RazorDirectives(usings, model, inherits, injects, attributes, isPage);
    }

    private static (string Directive, string Argument) SplitDirective(string line)
    {
        var end = 0;
        while (end < line.Length && char.IsLetter(line[end]))
        {
            end++;
        }

        return (line[..end], line[end..].Trim());
    }

    private static (string Type, string Name)? SplitLast(string rest)
    {
        rest = rest.TrimEnd(';').Trim();
        var space = rest.LastIndexOf(' ');
        return space <= 0 ? null : (rest[..space].Trim(), rest[(space + 1)..]);
    }

    /// <summary>Finds the @code/@functions blocks (members) and @{ } blocks (statements) at the top level of the markup.</summary>
    private static List<CodeBlock> FindBlocks(string text)
    {
        var blocks = new List<CodeBlock>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '@' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*@", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
                continue;
            }

            if (text[i] != '@' || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '@')) || i + 1 >= text.Length)
            {
                i++;
                continue;
            }

            int open;
            bool members;
            if (text[i + 1] == '{')
            {
                open = i + 1;
                members = false;
            }
            else if (KeywordThenBrace(text, i + 1, "code", out open) || KeywordThenBrace(text, i + 1, "functions", out open))
            {
                members = true;
            }
            else
            {
                i++;
                continue;
            }

            var close = MatchBrace(text, open, out var code);
            var (line, column) = Position(text, open + 1);
            blocks.Add(new CodeBlock(line, column, code, members));
            i = close + 1;
        }

        return blocks;
    }

    private static bool KeywordThenBrace(string text, int start, string keyword, out int open)
    {
        open = -1;
        if (string.CompareOrdinal(text, start, keyword, 0, keyword.Length) != 0)
        {
            return false;
        }

        var j = start + keyword.Length;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        if (j < text.Length && text[j] == '{')
        {
            open = j;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Scans C# from the '{' at <paramref name="open"/> to its matching '}', skipping strings,
    /// characters and comments, and blanking out markup (elements, &lt;text&gt; and @: lines) so
    /// what is left is C#. Returns the index of the closing brace (or the end of the text).
    /// </summary>
    private static int MatchBrace(string text, int open, out string code)
    {
        var output = new StringBuilder();
        var depth = 1;
        var i = open + 1;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
                if (depth == 0)
                {
                    code = output.ToString();
                    return i;
                }
            }
            else if (c == '/' && next == '/')
            {
                i = Copy(text, i, EndOfLine(text, i), output);
                continue;
            }
            else if (c == '/' && next == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = Copy(text, i, end < 0 ? text.Length : end + 2, output);
                continue;
            }
            else if (c == '@' && next == '*')
            {
                var end = text.IndexOf("*@", i + 2, StringComparison.Ordinal);
                i = Blank(text, i, end < 0 ? text.Length : end + 2, output);
                continue;
            }
            else if (c == '@' && next == ':')
            {
                i = Blank(text, i, EndOfLine(text, i), output);
                continue;
            }
            else if (c == '"' || (c == '@' && next == '"') || (c == '$' && (next == '"' || next == '@')) || (c == '@' && next == '$'))
            {
                i = Copy(text, i, EndOfString(text, i), output);
                continue;
            }
            else if (c == '\'')
            {
                i = Copy(text, i, EndOfChar(text, i), output);
                continue;
            }
            else if (c == '<' && StartsMarkup(text, i, output))
            {
                i = Blank(text, i, EndOfElement(text, i), output);
                continue;
            }

            output.Append(c);
            i++;
        }

        code = output.ToString();
        return text.Length;
    }

    /// <summary>A '&lt;' where a statement could start, followed by a tag name (or '/' or '!'), is markup.</summary>
    private static bool StartsMarkup(string text, int i, StringBuilder output)
    {
        if (i + 1 >= text.Length || !(char.IsLetter(text[i + 1]) || text[i + 1] == '/' || text[i + 1] == '!'))
        {
            return false;
        }

        for (var j = output.Length - 1; j >= 0; j--)
        {
            var before = output[j];
            if (char.IsWhiteSpace(before))
            {
                continue;
            }

            return before is '{' or '}' or ';' or ')' or ':' || (before == 'e' && EndsWithWord(output, j, "else"));
        }

        return true;
    }

    private static bool EndsWithWord(StringBuilder output, int end, string word) =>
        end + 1 >= word.Length && output.ToString(end + 1 - word.Length, word.Length) == word &&
        (end + 1 == word.Length || !char.IsLetterOrDigit(output[end - word.Length]));

    private static int EndOfElement(string text, int start)
    {
        var nameEnd = start + 1;
        if (nameEnd < text.Length && text[nameEnd] is '/' or '!')
        {
            var close = text.IndexOf('>', start);
            return close < 0 ? text.Length : close + 1;
        }

        while (nameEnd < text.Length && (char.IsLetterOrDigit(text[nameEnd]) || text[nameEnd] is '-' or ':' or '.'))
        {
            nameEnd++;
        }

        var name = text[(start + 1)..nameEnd];
        var tagEnd = TagEnd(text, nameEnd);
        if (tagEnd >= text.Length || text[tagEnd - 2] == '/' || VoidElements.Contains(name))
        {
            return tagEnd;
        }

        // Find the matching close tag, counting nested elements of the same name.
        var depth = 1;
        var i = tagEnd;
        while (i < text.Length)
        {
            var next = text.IndexOf('<', i);
            if (next < 0)
            {
                return text.Length;
            }

            if (string.CompareOrdinal(text, next + 1, "/" + name, 0, name.Length + 1) == 0 && IsNameEnd(text, next + 2 + name.Length))
            {
                depth--;
                var close = text.IndexOf('>', next);
                i = close < 0 ? text.Length : close + 1;
                if (depth == 0)
                {
                    return i;
                }
            }
            else if (string.CompareOrdinal(text, next + 1, name, 0, name.Length) == 0 && IsNameEnd(text, next + 1 + name.Length))
            {
                var nestedEnd = TagEnd(text, next + 1 + name.Length);
                if (text[nestedEnd - 2] != '/')
                {
                    depth++;
                }

                i = nestedEnd;
            }
            else
            {
                i = next + 1;
            }
        }

        return text.Length;
    }

    private static bool IsNameEnd(string text, int index) => index >= text.Length || !(char.IsLetterOrDigit(text[index]) || text[index] == '-');

    /// <summary>The index just after the '&gt;' that ends a start tag, skipping quoted attribute values.</summary>
    private static int TagEnd(string text, int i)
    {
        char? quote = null;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    private static int EndOfLine(string text, int i)
    {
        var end = text.IndexOf('\n', i);
        return end < 0 ? text.Length : end;
    }

    private static int EndOfString(string text, int i)
    {
        var verbatim = false;
        while (i < text.Length && text[i] != '"')
        {
            verbatim |= text[i] == '@';
            i++;
        }

        if (string.CompareOrdinal(text, i, "\"\"\"", 0, 3) == 0)
        {
            var end = text.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
            return end < 0 ? text.Length : end + 3;
        }

        for (i++; i < text.Length; i++)
        {
            if (!verbatim && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                if (verbatim && i + 1 < text.Length && text[i + 1] == '"')
                {
                    i++;
                    continue;
                }

                return i + 1;
            }
            else if (!verbatim && text[i] == '\n')
            {
                return i;
            }
        }

        return text.Length;
    }

    private static int EndOfChar(string text, int i)
    {
        for (var j = i + 1; j < text.Length && j < i + 12; j++)
        {
            if (text[j] == '\\')
            {
                j++;
            }
            else if (text[j] == '\'')
            {
                return j + 1;
            }
            else if (text[j] == '\n')
            {
                return j;
            }
        }

        return i + 1;
    }

    private static int Copy(string text, int from, int to, StringBuilder output)
    {
        output.Append(text, from, to - from);
        return to;
    }

    private static int Blank(string text, int from, int to, StringBuilder output)
    {
        for (var i = from; i < to; i++)
        {
            output.Append(text[i] is '\n' or '\r' ? text[i] : ' ');
        }

        return to;
    }

    private static (int Line, int Column) Position(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
