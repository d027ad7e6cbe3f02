using ServiceStandard.Gathering.Source;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Code.PublicCode;

/// <summary>
/// "Including a code of conduct for contributors in the codebase is OPTIONAL" (Welcome contributors).
/// Its absence is no failure of the standard, so it is only noted for the assessor (minor, needs review).
/// </summary>
public static class CodeOfConductRule
{
    public const string RuleId = "code-of-conduct";

    public static void Run(SourceSnapshot snapshot, PublicCodeFindings found)
    {
        if (RepositoryDocuments.Find(snapshot, "CODE_OF_CONDUCT", "CODE-OF-CONDUCT") is null)
        {
            found.Add(RuleId, "missing", FindingKind.NeedsReview, ".");
        }
    }
}
