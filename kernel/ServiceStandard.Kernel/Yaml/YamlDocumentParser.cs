using ServiceStandard.Kernel.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ServiceStandard.Kernel.Yaml;

/// <summary>
/// Parses YAML text into a node tree that keeps every node's position, turning syntax errors
/// into located diagnostics instead of exceptions.
/// </summary>
public static class YamlDocumentParser
{
    /// <summary>
    /// How deep lists and mappings may nest. The tool's own files nest at most 7 levels; the limit
    /// keeps YamlDotNet's recursive tree building far from the end of any thread's stack.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// How many nodes a file may hold once its aliases are expanded. The shipped standard holds
    /// about 2,000; the limit stops a few lines of aliases that would expand to billions.
    /// </summary>
    public const long MaxExpandedNodes = 1_000_000;

    public static (YamlNode? Root, Diagnostic? Error) Parse(string text, string fileName)
    {
        var stream = new YamlStream();
        var parser = new BoundedYamlParser(new Parser(new StringReader(text)), MaxDepth, MaxExpandedNodes);
        try
        {
            stream.Load(parser);
        }
        catch (BoundedYamlParser.TooDeepException ex)
        {
            return (null, Diagnostic.Error(At(fileName, ex.Start), $"lists and mappings nest more than {MaxDepth} levels deep here; no file of the tool needs that many"));
        }
        catch (BoundedYamlParser.SelfReferenceException ex)
        {
            return (null, Diagnostic.Error(At(fileName, ex.Start), $"the alias *{ex.Anchor} is inside the list or mapping it names, which would contain itself"));
        }
        catch (BoundedYamlParser.TooLargeException ex)
        {
            return (null, Diagnostic.Error(At(fileName, ex.Start), $"the aliases up to here expand to more than {MaxExpandedNodes} values; no file of the tool needs that many"));
        }
        catch (YamlException ex)
        {
            return (null, DescribeSyntaxError(ex, text, fileName));
        }
        catch (ArgumentException ex)
        {
            return (null, DescribeUnlocated(ex, parser, text, fileName));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way (with no position) on some unclosed flow
            // collections; find where the reading stopped ourselves.
            return (null, LocateUnreadable(text, fileName));
        }

        if (stream.Documents.Count == 0)
        {
            return (null, Diagnostic.Error(new SourceLocation(fileName, 1, 1), "the file is empty"));
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            return (null, Diagnostic.Error(Locate(second, fileName), "expected one YAML document, found several (remove the extra '---')"));
        }

        return (stream.Documents[0].RootNode, null);
    }

    /// <summary>
    /// YamlDotNet throws <see cref="ArgumentException"/>, with no position, for three mistakes the
    /// property tests and the fuzzer of issue 14 found: a tag that is not a valid URI (<c>!!!x</c>)
    /// and an escape that is no character (<c>"\Ucccccccc"</c>), thrown by its scanner, and a ':'
    /// with no key (<c>" : 1"</c>), which its parser lets through as a mapping with a key and no
    /// value and its node builder then rejects. The first two are found after the last event read.
    /// </summary>
    private static Diagnostic DescribeUnlocated(ArgumentException ex, BoundedYamlParser parser, string text, string fileName)
    {
        if (ex is ArgumentOutOfRangeException { ParamName: "utf32" })
        {
            return Diagnostic.Error(
                AfterLastRead(parser, text, '"', fileName),
                "YAML syntax error: the double-quoted text that starts here has an escape (\\u or \\U) that is not a character; write \\\\ for a backslash, or use single quotes");
        }

        if (ex.Message.Contains("tag", StringComparison.OrdinalIgnoreCase))
        {
            return Diagnostic.Error(
                AfterLastRead(parser, text, '!', fileName),
                "YAML syntax error: the tag that starts here with '!' is not valid; put a value that starts with '!' in quotes");
        }

        if (parser.Enclosing is { } open)
        {
            return Diagnostic.Error(
                new SourceLocation(fileName, Math.Max(1, (int)open.Line), Math.Max(1, (int)open.Column)),
                "YAML syntax error: the mapping here cannot be read; look for a ':' with no key before it");
        }

        return LocateUnreadable(text, fileName);
    }

    /// <summary>The first <paramref name="mark"/> character at or after the last event read: where the scanner failed.</summary>
    private static SourceLocation AfterLastRead(BoundedYamlParser parser, string text, char mark, string fileName)
    {
        var index = text.IndexOf(mark, Math.Min(text.Length, Math.Max(0, (int)parser.LastRead.Index)));
        var (line, column) = index < 0 ? ((int)parser.LastRead.Line, (int)parser.LastRead.Column) : LineAndColumn(text, index);
        return new SourceLocation(fileName, Math.Max(1, line), Math.Max(1, column));
    }

    /// <summary>The 1-based line and column of a character, counting lines as YAML does.</summary>
    private static (int Line, int Column) LineAndColumn(string text, int index)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i < index; i++)
        {
            var c = text[i];
            if (c is '\n' or '\u0085' or '\u2028' or '\u2029' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                start = i + 1;
            }
        }

        return (line, index - start + 1);
    }

    private static Diagnostic LocateUnreadable(string text, string fileName)
    {
        var open = new Stack<(Mark Start, char Bracket)>();
        Mark last = Mark.Empty;
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                last = current.Start;
                switch (current)
                {
                    case YamlDotNet.Core.Events.SequenceStart { Style: YamlDotNet.Core.Events.SequenceStyle.Flow }:
                        open.Push((current.Start, '['));
                        break;
                    case YamlDotNet.Core.Events.MappingStart { Style: YamlDotNet.Core.Events.MappingStyle.Flow }:
                        open.Push((current.Start, '{'));
                        break;
                    case YamlDotNet.Core.Events.SequenceEnd or YamlDotNet.Core.Events.MappingEnd when open.Count > 0:
                        open.Pop();
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // Expected: this walk stops at the same place the load did.
        }

        if (open.Count > 0)
        {
            var (start, bracket) = open.Peek();
            var what = bracket == '[' ? "list" : "mapping";
            return Diagnostic.Error(new SourceLocation(fileName, (int)start.Line, (int)start.Column), $"YAML syntax error: the {what} opened here with '{bracket}' is not closed");
        }

        return Diagnostic.Error(new SourceLocation(fileName, Math.Max(1, (int)last.Line), Math.Max(1, (int)last.Column)), "YAML syntax error: the text cannot be read after this point (check for an unclosed bracket or quote)");
    }

    private static SourceLocation At(string fileName, Mark mark) =>
        new(fileName, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    public static SourceLocation Locate(YamlNode node, string fileName) =>
        new(fileName, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>Turns YamlDotNet's exception into a short, actionable message at the place to edit.</summary>
    private static Diagnostic DescribeSyntaxError(YamlException ex, string text, string fileName)
    {
        var line = (int)ex.Start.Line;
        var column = (int)ex.Start.Column;
        var message = InnermostMessage(ex);

        // A tab in the indentation makes YamlDotNet fail near it, often on the line before;
        // point at the tab itself, which is what the author has to change.
        var mentionsTab = message.Contains("tab", StringComparison.OrdinalIgnoreCase);
        if (FindIndentationTab(text, lastLine: line + 1, includeBlankLines: mentionsTab) is { } tab)
        {
            return Diagnostic.Error(new SourceLocation(fileName, tab.Line, tab.Column), "tab character in the indentation; indent YAML with spaces only");
        }

        return Diagnostic.Error(new SourceLocation(fileName, line, column), Describe(message, CharacterAt(text, line, column)));
    }

    private static string Describe(string message, char? atError)
    {
        if (Has(message, "Duplicate key") || Has(message, "same key has already been added"))
        {
            return "duplicate key in a mapping (each key may appear once)";
        }

        if (Has(message, "tab"))
        {
            return "tab character in the indentation; indent YAML with spaces only";
        }

        if (Has(message, "quoted scalar") && Has(message, "escape"))
        {
            return "unknown escape sequence in double-quoted text; write \\\\ for a backslash, or use single quotes";
        }

        if (Has(message, "quoted scalar") && (Has(message, "indentation") || Has(message, "end of stream")))
        {
            return $"the quoted text that starts here has no closing {(atError is '\'' ? '\'' : '"')}";
        }

        if (Has(message, "invalid mapping") || Has(message, "Mapping values are not allowed"))
        {
            return "a value here contains ': '; put the value in quotes, or fix the indentation";
        }

        return "YAML syntax error: " + message.TrimEnd('.');
    }

    private static bool Has(string message, string words) => message.Contains(words, StringComparison.OrdinalIgnoreCase);

    private static string InnermostMessage(YamlException ex)
    {
        // YamlDotNet wraps the useful words ("Duplicate key", "mapping values are not allowed")
        // in an outer message carrying positions we already report; keep the innermost words.
        var inner = ex;
        while (inner.InnerException is YamlException deeper)
        {
            inner = deeper;
        }

        var message = inner.InnerException?.Message ?? inner.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }

    /// <summary>The first tab in the leading whitespace of a line, up to <paramref name="lastLine"/>.</summary>
    private static (int Line, int Column)? FindIndentationTab(string text, int lastLine, bool includeBlankLines)
    {
        var lineNumber = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (++lineNumber > lastLine)
            {
                break;
            }

            var indentation = line.Length - line.TrimStart(" \t").Length;
            var tab = line[..indentation].IndexOf('\t');
            if (tab >= 0 && (includeBlankLines || indentation < line.Length))
            {
                return (lineNumber, tab + 1);
            }
        }

        return null;
    }

    private static char? CharacterAt(string text, int line, int column)
    {
        var lineNumber = 0;
        foreach (var current in text.AsSpan().EnumerateLines())
        {
            if (++lineNumber == line)
            {
                return column >= 1 && column <= current.Length ? current[column - 1] : null;
            }
        }

        return null;
    }
}
