namespace ServiceStandard.Model.Evidence;

/// <summary>The part of an axe-core run we report: violations and "incomplete" (needs review).</summary>
public sealed record AxeRun(
    string AxeVersion,
    string Locale,
    IReadOnlyList<AxeRuleResult> Violations,
    IReadOnlyList<AxeRuleResult> Incomplete);

public sealed record AxeRuleResult(
    string Id,
    string? Impact,
    IReadOnlyList<string> Tags,
    string Description,
    string Help,
    string HelpUrl,
    IReadOnlyList<AxeNode> Nodes);

/// <param name="Target">axe's selector path; more than one entry when the element is in a frame or shadow root.</param>
public sealed record AxeNode(IReadOnlyList<string> Target, string Html, string? Impact, string? FailureSummary);
