namespace ServiceStandard.Checks.Findings;

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
}
