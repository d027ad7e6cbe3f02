using ServiceStandard.Standard.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ServiceStandard.Standard.Yaml;

/// <summary>
/// Parses YAML text into a node tree that keeps every node's position, turning syntax errors
/// into located diagnostics instead of exceptions.
/// </summary>
public static class YamlDocumentParser
{
    public static (YamlNode? Root, Diagnostic? Error) Parse(string text, string fileName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            return (null, Diagnostic.Error(
                new SourceLocation(fileName, (int)ex.Start.Line, (int)ex.Start.Column),
                DescribeSyntaxError(ex)));
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

    public static SourceLocation Locate(YamlNode node, string fileName) =>
        new(fileName, (int)node.Start.Line, (int)node.Start.Column);

    private static string DescribeSyntaxError(YamlException ex)
    {
        // YamlDotNet wraps the useful text ("Duplicate key", "mapping values are not allowed")
        // in an outer message carrying positions we already report; keep the innermost words.
        var inner = ex;
        while (inner.InnerException is YamlException deeper)
        {
            inner = deeper;
        }

        var message = inner.InnerException?.Message ?? inner.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && close > 0)
        {
            message = message[(close + 3)..];
        }

        if (message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) ||
            message.Contains("same key has already been added", StringComparison.OrdinalIgnoreCase))
        {
            return "duplicate key in a mapping (each key may appear once)";
        }

        return "YAML syntax error: " + message.TrimEnd('.');
    }
}
