using ServiceStandard.Checks.Engine;
using ServiceStandard.Checks.Findings;

namespace ServiceStandard.Checks.Assessment;

/// <summary>
/// The result of one run: what was assessed, what was found, and what it means per criterion.
/// Serialised as assessment.json (docs/schemas/assessment.schema.json); renderers read only this.
/// </summary>
public sealed record AssessmentReport
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required RunInfo Run { get; init; }

    public required ServiceSummary Service { get; init; }

    public required StandardReference Standard { get; init; }

    public required AssessmentScope Scope { get; init; }

    public required IReadOnlyList<AssessedPage> Pages { get; init; }

    public required IReadOnlyList<Finding> Findings { get; init; }

    public IReadOnlyList<CheckError> CheckErrors { get; init; } = [];

    public required IReadOnlyList<CriterionResult> Criteria { get; init; }

    public required FindingTotals Totals { get; init; }
}

/// <param name="Incomplete">The run was interrupted or the browser lost pages: the report does not cover everything asked for.</param>
public sealed record RunInfo(
    string Tool,
    string ToolVersion,
    DateTimeOffset StartedAt,
    double DurationSeconds,
    string Language,
    string? Browser,
    string? AxeVersion,
    int BrowserRestarts,
    bool Incomplete,
    string FailOn);

public sealed record ServiceSummary(string? Name, string? Phase, IReadOnlyList<string> Languages);

public sealed record StandardReference(string Id, string Version, string Title);

public sealed record AssessmentScope(string? BaseUrl, int PagesRequested, IReadOnlyList<string> Journeys, IReadOnlyList<string> ChecksRun, bool Crawl);

/// <param name="Error">Why the page could not be assessed (kind: message), or null.</param>
public sealed record AssessedPage(
    string Url,
    string FinalUrl,
    string Title,
    int? Status,
    string Origin,
    string? Journey,
    int? Step,
    string? StepDescription,
    PageErrorSummary? Error,
    int Violations,
    int NeedsReview,
    double GatherMilliseconds);

public sealed record PageErrorSummary(string Kind, string Message);

/// <summary>not-met, needs-review, met (only by an assessor's judgement), not-assessed.</summary>
public enum CriterionOutcome
{
    NotMet,
    NeedsReview,
    Met,
    NotAssessed,
}

public sealed record CriterionResult(
    string Id,
    string Slug,
    string Title,
    CriterionOutcome Outcome,
    IReadOnlyList<string> EvidenceTags,
    int Violations,
    int NeedsReview,
    string Reason);

public sealed record FindingTotals(int Violations, int NeedsReview, int Critical, int Serious, int Moderate, int Minor, int PagesAssessed, int PageErrors);
