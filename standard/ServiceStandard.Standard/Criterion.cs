using ServiceStandard.Kernel;

namespace ServiceStandard.Standard;

/// <summary>
/// One criterion of a service standard. Automated findings reach it through
/// <see cref="EvidenceTags"/>: a finding counts as evidence when its tags intersect them.
/// </summary>
public sealed record Criterion(
    string Id,
    string Slug,
    LocalizedText Title,
    LocalizedText Summary,
    LocalizedText? WhyItMatters,
    IReadOnlyList<LocalizedText> AssessorQuestions,
    IReadOnlyList<string> EvidenceTags);
