using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Gathering.Source;

namespace ServiceStandard.Checks.Code;

/// <summary>A finding the team suppressed in the source, listed so the report can show it.</summary>
/// <param name="How"><c>#pragma</c>, <c>[SuppressMessage]</c> or <c>.editorconfig</c>.</param>
/// <param name="Justification">The attribute's Justification, when there is one.</param>
public sealed record InSourceSuppression(Finding Finding, string How, string? Justification);

/// <summary>What the code checks read and how long they took, for the report's scope and the benchmarks.</summary>
/// <param name="ReferencesFrom">The reference pack or runtime folder the code was compiled against.</param>
/// <param name="RazorFrom">
/// How Razor files became C#: <c>generator: &lt;folder&gt;</c> (the SDK's Razor source generator),
/// <c>code-blocks</c> (the @code/@functions/@{ } extraction, with the reason the generator was not
/// used), both when projects differ, or <c>none</c> when there are no Razor files.
/// </param>
public sealed record CodeStatistics(
    int Projects,
    int CSharpFiles,
    int RazorFiles,
    int TestFiles,
    int ProductionLines,
    int TestLines,
    string ReferencesFrom,
    double ReadSeconds,
    double AnalysisSeconds,
    string RazorFrom = "none");

/// <summary>
/// What the code and repository checks found: findings (violations and needs-review), findings
/// suppressed in the source, checks that failed, and the evidence tags the checks that ran speak
/// for (so a criterion with no findings shows as assessed).
/// </summary>
public sealed record CodeCheckResult(
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<InSourceSuppression> Suppressed,
    IReadOnlyList<CheckError> Errors,
    IReadOnlyList<string> ChecksRun,
    IReadOnlyList<string> EvidenceTags,
    CodeStatistics Statistics)
{
    /// <summary>What was analysed, for assessment.json's <c>scope.code</c> and the console.</summary>
    public CodeScope? Scope { get; init; }
}
