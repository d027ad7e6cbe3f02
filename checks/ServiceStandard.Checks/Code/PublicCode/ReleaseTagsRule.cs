using ServiceStandard.Gathering.Source;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Code.PublicCode;

/// <summary>
/// "Maintainers SHOULD mark released versions of the codebase, for example using revision tags or
/// textual labels" (Maintain version control). The tags come from the .git directory, read without
/// running git (<see cref="GitTagReader"/>); any tag marks a version. A folder with no .git cannot
/// tell, and says so for an assessor.
/// </summary>
public static class ReleaseTagsRule
{
    public const string RuleId = "release-tags";

    public static void Run(SourceSnapshot snapshot, PublicCodeFindings found)
    {
        if (snapshot.GitTags is null)
        {
            found.Add(RuleId, "no-git", FindingKind.NeedsReview, ".");
        }
        else if (snapshot.GitTags.Count == 0)
        {
            found.Add(RuleId, "none", FindingKind.Violation, ".git");
        }
    }
}
