using System.Globalization;
using System.Text;

namespace ServiceStandard.Configuration;

/// <summary>
/// Writes the <c>sample:</c> section into the text of a <c>servicestandard.yml</c>, replacing the
/// one there or adding one at the end, and leaving every other line (the user's comments, order
/// and spelling) as it was: the config is edited as text, not read and written again.
/// </summary>
public static class SampleSection
{
    /// <param name="text">The config file's text.</param>
    /// <param name="sample">The sample to write: paths or absolute URLs, with their reasons.</param>
    /// <param name="note">One line said above the pages (when and how they were chosen), as a comment.</param>
    public static string Write(string text, SampleConfig sample, string note)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sample);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var block = Block(sample, note);
        var start = lines.FindIndex(IsSampleKey);
        if (start < 0)
        {
            if (lines.Count > 0 && lines[^1].Trim().Length > 0)
            {
                lines.Add(string.Empty);
            }

            lines.AddRange(block);
        }
        else
        {
            // The section runs to the next line at the margin (a key or a comment of what follows);
            // blank lines before that stay where they are.
            var end = start + 1;
            while (end < lines.Count && (lines[end].Length == 0 || lines[end][0] is ' ' or '\t'))
            {
                end++;
            }

            while (end > start + 1 && lines[end - 1].Trim().Length == 0)
            {
                end--;
            }

            lines.RemoveRange(start, end - start);
            lines.InsertRange(start, block);
        }

        return string.Join(newline, lines) + newline;
    }

    private static bool IsSampleKey(string line) =>
        line.StartsWith("sample:", StringComparison.Ordinal) || line.StartsWith("\"sample\":", StringComparison.Ordinal) || line.StartsWith("'sample':", StringComparison.Ordinal);

    private static List<string> Block(SampleConfig sample, string note)
    {
        var lines = new List<string> { "sample:", "  # " + note.ReplaceLineEndings(" ") };
        if (sample.Seed is { } seed)
        {
            lines.Add("  seed: " + seed.ToString(CultureInfo.InvariantCulture));
        }

        if (sample.RandomShare is { } share)
        {
            lines.Add("  randomShare: " + share.ToString("0.###", CultureInfo.InvariantCulture));
        }

        lines.Add("  pages:");
        foreach (var page in sample.Pages)
        {
            lines.Add("    - url: " + Quote(page.Url));
            lines.Add("      reasons: [" + string.Join(", ", page.Reasons.Select(Quote)) + "]");
        }

        return lines;
    }

    /// <summary>A YAML double-quoted scalar: nothing in it is read as YAML.</summary>
    internal static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                < ' ' or '\u007f' or '\u2028' or '\u2029' => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }
}
