

namespace ServiceStandard.Model.Findings;

/// <summary>How much a finding blocks users; the same four levels as axe-core's impact.</summary>

public enum Severity
{
    Minor = 0,
    Moderate = 1,
    Serious = 2,
    Critical = 3,
}

/// <summary>A violation is a failure a machine is sure of; needs-review is for a person to confirm.</summary>

public enum FindingKind
{
    Violation,
    NeedsReview,
}
