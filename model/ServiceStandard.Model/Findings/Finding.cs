namespace ServiceStandard.Model.Findings;

/// <summary>
/// One problem a check found. <see cref="Fingerprint"/> identifies the same problem across runs
/// (no ports, timestamps or unrelated line numbers) so baselines and suppressions hold.
/// </summary>
public sealed record Finding(
    string CheckId,
    string RuleId,
    Severity Severity,
    FindingKind Kind,
    string Message,
    string Help,
    string? HelpUrl,
    IReadOnlyList<string> Tags,
    FindingLocation Location,
    string Fingerprint)
{
    /// <summary>The id a user filters and suppresses by: <c>accessibility/axe/image-alt</c>.</summary>
    public string QualifiedRuleId => $"{CheckId}/{RuleId}";

    /// <summary>How many times the run found it: journey steps that show the same page state find it again.</summary>
    public int Occurrences { get; init; } = 1;

    /// <summary>Against a baseline: new or unchanged; null when the run had no baseline.</summary>
    public BaselineState? Baseline { get; init; }
}

/// <summary>Whether a finding was in the baseline run.</summary>
public enum BaselineState
{
    New,
    Unchanged,
}
