namespace ServiceStandard.DesignSystem.Docs;

/// <summary>
/// An example written with the Razor tag helpers (components/&lt;id&gt;/examples/&lt;example&gt;.cshtml,
/// rendered and compared with the example's HTML by the tag helpers' tests). An error example opens
/// with a code block that puts its errors in ModelState, as validation would: the site shows the
/// markup a team writes and says where the errors come from.
/// </summary>
public sealed record ExampleRazor(string Markup, bool SetsModelState)
{
    public static ExampleRazor? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var setsModelState = false;
        if (text.StartsWith("@{", StringComparison.Ordinal))
        {
            // A one-line block ends on its own line; a longer one at the first line that is just "}".
            var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
            var firstLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
            var end = firstLine.TrimEnd().EndsWith('}') ? firstLineEnd : text.IndexOf("\n}\n", StringComparison.Ordinal) + 2;
            if (end > 0)
            {
                setsModelState = text[..end].Contains("ModelState", StringComparison.Ordinal);
                text = text[(end + 1)..];
            }
        }

        return new ExampleRazor(text.Trim('\n').TrimEnd(), setsModelState);
    }
}
