using System.Text.RegularExpressions;
using ServiceStandard.Gathering.Source;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Code.PublicCode;

/// <summary>
/// "The codebase MUST contain documentation of its objectives, like a mission and goal statement"
/// (Document codebase objectives). A machine can tell that the README exists and holds a paragraph of
/// prose (a sentence of some length, not a heading, badge, list, table, HTML or code); whether that
/// paragraph states the objectives is a reader's call, so a README without one is for an assessor.
/// </summary>
public static partial class ReadmePurposeRule
{
    public const string RuleId = "readme-purpose";

    /// <summary>Words a statement of purpose has at least: "A tool that checks services against the standard." has nine.</summary>
    private const int MinimumWords = 8;

    public static void Run(SourceSnapshot snapshot, PublicCodeFindings found)
    {
        var readme = RepositoryDocuments.AtRoot(snapshot, p => Path.GetFileNameWithoutExtension(p).Equals("README", StringComparison.OrdinalIgnoreCase));
        if (readme is null)
        {
            found.Add(RuleId, "missing", FindingKind.Violation, ".");
            return;
        }

        if (!HasProseParagraph(readme.Text))
        {
            found.Add(RuleId, "no-statement", FindingKind.NeedsReview, readme.RelativePath, ("path", readme.RelativePath));
        }
    }

    /// <summary>Whether some paragraph outside code fences is a sentence: words, not markup.</summary>
    public static bool HasProseParagraph(string text)
    {
        var withoutCode = Fence().Replace(text, "\n");
        foreach (var paragraph in Regex.Split(withoutCode, @"\r?\n[ \t]*\r?\n"))
        {
            var lines = paragraph.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !IsMarkupLine(l)).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            var prose = Markup().Replace(string.Join(' ', lines), " ");
            var words = Word().Matches(prose).Count;
            if (words >= MinimumWords)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMarkupLine(string line) =>
        line[0] is '#' or '|' or '<' or '!' or '=' or '-' or '*' or '+' or '>' or '[' || ListItem().IsMatch(line) || line.StartsWith(".. ", StringComparison.Ordinal);

    [GeneratedRegex(@"(```|~~~)[\s\S]*?(\1|$)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)|<[^>]+>|`[^`]*`")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\d+[.)]\s")]
    private static partial Regex ListItem();
}
