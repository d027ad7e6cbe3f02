using ServiceStandard.Gathering.Source;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Code.PublicCode;

/// <summary>
/// "The codebase MUST include contribution guidelines explaining what kinds of contributions are welcome
/// and how contributors can get involved, for example in a CONTRIBUTING file" (Welcome contributors).
/// A CONTRIBUTING file at the root, in .github/ or in docs/ (where forges show it) counts.
/// </summary>
public static class ContributingRule
{
    public const string RuleId = "contributing";

    public static void Run(SourceSnapshot snapshot, PublicCodeFindings found)
    {
        if (RepositoryDocuments.Find(snapshot, "CONTRIBUTING") is null)
        {
            found.Add(RuleId, "missing", FindingKind.Violation, ".");
        }
    }
}
