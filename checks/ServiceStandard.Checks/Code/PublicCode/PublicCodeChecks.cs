using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Gathering.Source;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Code.PublicCode;

/// <summary>
/// The Standard for Public Code's requirements that a repository shows by itself (<c>code/public-code</c>),
/// one rule per file, each implementing the standard's wording. Pure: reads the <see cref="SourceSnapshot"/>
/// only (the tags too come from it, read from the .git directory without running git).
/// </summary>
public static class PublicCodeChecks
{
    public const string CheckId = "code/public-code";

    private static readonly Action<SourceSnapshot, PublicCodeFindings>[] Rules =
    [
        OpenLicenceRule.Run,
        ReadmePurposeRule.Run,
        PubliccodeYmlRule.Run,
        ContributingRule.Run,
        CodeOfConductRule.Run,
        ChangelogRule.Run,
        ReleaseTagsRule.Run,
        DependencyLicencesRule.Run,
        WorkingTreeSecretsRule.Run,
        ApiDocumentationRule.Run,
    ];

    /// <summary>The check's rules, with their texts in English and Spanish, from checks.yml.</summary>
    public static CheckDescriptor Descriptor => CheckCatalog.Shipped.Check(CheckId);

    /// <summary>The evidence tags the check speaks for: its rules' tags.</summary>
    public static IReadOnlyList<string> EvidenceTags => [.. Descriptor.Rules.SelectMany(r => r.Tags).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether a standard's criteria name any evidence this check gives: then a run against it runs the check.</summary>
    public static bool Serves(IEnumerable<string> criterionTags) => criterionTags.Any(EvidenceTags.Contains);

    public static List<Finding> Run(SourceSnapshot snapshot, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var found = new PublicCodeFindings(Descriptor, language);
        foreach (var rule in Rules)
        {
            rule(snapshot, found);
        }

        return found.Findings;
    }
}
