using ServiceStandard.Gathering.Source;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Code.PublicCode;

/// <summary>
/// "The codebase SHOULD contain a log of changes from version to version, for example in the CHANGELOG"
/// (Document codebase maturity). CHANGELOG, CHANGES, HISTORY, NEWS or RELEASES at the root, in .github/ or in docs/.
/// </summary>
public static class ChangelogRule
{
    public const string RuleId = "changelog";

    public static void Run(SourceSnapshot snapshot, PublicCodeFindings found)
    {
        if (RepositoryDocuments.Find(snapshot, "CHANGELOG", "CHANGES", "HISTORY", "NEWS", "RELEASES") is null)
        {
            found.Add(RuleId, "missing", FindingKind.Violation, ".");
        }
    }
}
