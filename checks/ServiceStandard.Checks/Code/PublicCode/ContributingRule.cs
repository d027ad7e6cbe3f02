using System.Text.RegularExpressions;
using ServiceStandard.Gathering.Source;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Code.PublicCode;

/// <summary>
/// "The codebase MUST include contribution guidelines explaining what kinds of contributions are welcome
/// and how contributors can get involved, for example in a CONTRIBUTING file" (Welcome contributors).
/// A CONTRIBUTING file at the root, in .github/ or in docs/ (where forges show it) counts, and so does a
/// section of the README headed for contributing (Contributing, How to contribute, Contribuire, Contribuir…).
/// </summary>
public static partial class ContributingRule
{
    public const string RuleId = "contributing";

    public static void Run(SourceSnapshot snapshot, PublicCodeFindings found)
    {
        var readme = RepositoryDocuments.AtRoot(snapshot, p => Path.GetFileNameWithoutExtension(p).Equals("README", StringComparison.OrdinalIgnoreCase));
        if (RepositoryDocuments.Find(snapshot, "CONTRIBUTING") is null && (readme is null || !ContributingHeading().IsMatch(readme.Text)))
        {
            found.Add(RuleId, "missing", FindingKind.Violation, ".");
        }
    }

    /// <summary>A Markdown heading about contributing, in the languages of the catalogues (contribut-, contribu-ir/-ire/-er).</summary>
    [GeneratedRegex(@"^[ \t]{0,3}#{1,6}[ \t]+.*\b(contribu|mitwirk)", RegexOptions.Multiline | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ContributingHeading();
}
