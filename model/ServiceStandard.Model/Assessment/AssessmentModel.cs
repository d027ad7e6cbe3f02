using System.Text.Json.Serialization;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Plan;

namespace ServiceStandard.Model.Assessment;

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

    /// <summary>Findings that count: one per fingerprint, suppressed ones left out (see <see cref="Suppressed"/>).</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Findings a suppression in servicestandard.yml matched, with its reason: listed, never counted.</summary>
    public IReadOnlyList<SuppressedFinding> Suppressed { get; init; } = [];

    /// <summary>The comparison with an earlier run's assessment.json, or null when no baseline was given.</summary>
    public BaselineComparison? Baseline { get; init; }

    public IReadOnlyList<CheckError> CheckErrors { get; init; } = [];

    /// <summary>Pages a check could not assess because the evidence it reads was not gathered there.</summary>
    public IReadOnlyList<EvidenceGap> EvidenceGaps { get; init; } = [];

    public required IReadOnlyList<CriterionResult> Criteria { get; init; }

    /// <summary>Each WCAG 2.2 success criterion at the run's level, and what the machine could say about it.</summary>
    public WcagCoverage? WcagCoverage { get; init; }

    /// <summary>The rules behind the findings (active, suppressed and fixed), from the check descriptors.</summary>
    public IReadOnlyList<RuleSummary> Rules { get; init; } = [];

    public required FindingTotals Totals { get; init; }

    /// <summary>
    /// What the accessibility statement names beside the results (the organisation, where to send
    /// feedback, the enforcement body): the config's <c>statement:</c> section; null when it has none.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StatementDetails? Statement { get; init; }

    /// <summary>
    /// Set on a shard's partial assessment (<c>assess --plan --shard</c>): it covers only its share of
    /// the plan, and checks across pages saw only those pages; <c>merge</c> makes the whole one. Not written otherwise.
    /// </summary>
    [JsonIgnore(Condition = ShardInfo.OnlyInShards)]
    public ShardInfo? Shard { get; init; }
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

public sealed record AssessmentScope(string? BaseUrl, int PagesRequested, IReadOnlyList<string> Journeys, IReadOnlyList<string> ChecksRun, bool Crawl)
{
    /// <summary>The C# source folder assessed, relative to the config's folder, or null when none was given.</summary>
    public string? Source { get; init; }

    /// <summary>The WCAG level tags the run assessed (axe-core's: wcag2a, wcag2aa, …, wcag22aa).</summary>
    public IReadOnlyList<string> WcagLevels { get; init; } = [];

    /// <summary>What the code checks analysed (projects, packages, compile errors, gaps), or null when no source was assessed.</summary>
    public CodeScope? Code { get; init; }

    /// <summary>
    /// The WCAG-EM sample the pages came from (the config's <c>sample:</c>, chosen by
    /// <c>servicestandard sample</c>), each page with why it is in it; null when the run had none.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AssessmentSample? Sample { get; init; }
}

/// <summary>A WCAG-EM sample: the seed and share its random part was drawn with, and its pages.</summary>
public sealed record AssessmentSample(int? Seed, double? RandomShare, IReadOnlyList<SampleMember> Pages);

/// <summary>A page of the sample (its absolute URL) and why it is there (<c>common: contact</c>, <c>template 2 of 5 (14 pages)</c>, <c>random</c>).</summary>
public sealed record SampleMember(string Url, IReadOnlyList<string> Reasons)
{
    /// <summary>Drawn at random alone (WCAG-EM 3.b), rather than part of the structured sample (3.a).</summary>
    [JsonIgnore]
    public bool RandomOnly => Reasons.Count > 0 && Reasons.All(r => r == "random");
}

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

/// <param name="Outcome">The outcome the report gives: the assessor's judgement when there is one, else <see cref="AutomatedOutcome"/>.</param>
/// <param name="Reason">Why the machine's evidence gives <see cref="AutomatedOutcome"/>, in a sentence.</param>
public sealed record CriterionResult(
    string Id,
    string Slug,
    string Title,
    CriterionOutcome Outcome,
    IReadOnlyList<string> EvidenceTags,
    int Violations,
    int NeedsReview,
    string Reason)
{
    /// <summary>What automation alone concludes (never met).</summary>
    public CriterionOutcome AutomatedOutcome { get; init; } = Outcome;

    /// <summary>The questions the standard asks the assessor, in the report's language.</summary>
    public IReadOnlyList<string> AssessorQuestions { get; init; } = [];

    /// <summary>The assessor's judgement, or null until one is recorded (servicestandard report --judgements).</summary>
    public CriterionJudgement? Judgement { get; init; }
}

/// <param name="Outcome">met or not-met; null when the assessor left a note without deciding.</param>
/// <param name="Date">When it was judged, YYYY-MM-DD, or null.</param>
public sealed record CriterionJudgement(CriterionOutcome? Outcome, string? Note, string Assessor, string? Date);

/// <param name="Suppressed">Suppressed findings (not counted in the other totals).</param>
public sealed record FindingTotals(int Violations, int NeedsReview, int Critical, int Serious, int Moderate, int Minor, int PagesAssessed, int PageErrors)
{
    public int Suppressed { get; init; }
}

/// <summary>A finding left out of the verdict by a suppression of servicestandard.yml.</summary>
/// <param name="Reason">The suppression's reason, as written.</param>
/// <param name="Suppression">Which suppression matched: its matchers and where it is written (file:line:column).</param>
public sealed record SuppressedFinding(Finding Finding, string Reason, string Suppression);

/// <summary>What changed since an earlier run (its assessment.json given as the baseline).</summary>
/// <param name="File">The baseline file's name as given.</param>
/// <param name="StartedAt">When the baseline run started.</param>
/// <param name="NewOnly">Only new findings decide the exit code (--new-only).</param>
/// <param name="Fixed">Findings of the baseline not found again.</param>
public sealed record BaselineComparison(string File, DateTimeOffset? StartedAt, bool NewOnly, int New, int Unchanged, IReadOnlyList<Finding> Fixed);

/// <summary>A rule behind some finding of the report, as its descriptor describes it.</summary>
/// <param name="Wcag">WCAG success criteria it tests, by number (1.1.1).</param>
public sealed record RuleSummary(
    string QualifiedRuleId,
    string CheckId,
    string RuleId,
    string Title,
    string Help,
    string? HelpUrl,
    Severity Severity,
    IReadOnlyList<string> Wcag,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> ActIds);

/// <summary>The WCAG success criteria at the run's level and what automation found for each.</summary>
public sealed record WcagCoverage(string Version, IReadOnlyList<WcagCoverageEntry> Criteria);

/// <param name="TestedBy">Qualified ids of the rules that ran and test the criterion (empty: no check that ran can).</param>
public sealed record WcagCoverageEntry(
    string Number,
    string Level,
    string Title,
    string Url,
    WcagStatus Status,
    IReadOnlyList<string> TestedBy,
    int Violations,
    int NeedsReview)
{
    /// <summary>
    /// The assessor's outcome for the criterion (servicestandard report --judgements), or null until
    /// one is recorded. Left out of assessment.json while null.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public WcagJudgement? Judgement { get; init; }

    /// <summary>
    /// The outcome the documents give (WCAG-EM's words): the assessor's when one decided it, else what
    /// the machine can say alone: failed when a violation was found, cannot tell when something needs a
    /// person, untested otherwise. Automated checks that found nothing never make it passed.
    /// </summary>
    [JsonIgnore]
    public WcagEmOutcome Outcome => Judgement is { Outcome: not WcagEmOutcome.Untested } judged ? judged.Outcome
        : Status == WcagStatus.Failed ? WcagEmOutcome.Failed
        : Status == WcagStatus.NeedsReview ? WcagEmOutcome.CantTell
        : WcagEmOutcome.Untested;

    /// <summary>A person must still decide it: its outcome is cannot tell or untested.</summary>
    [JsonIgnore]
    public bool StillToDecide => Outcome is WcagEmOutcome.CantTell or WcagEmOutcome.Untested;
}

/// <summary>WCAG-EM's outcomes of a success criterion, spelled as EARL spells them (earl:passed, …).</summary>
public enum WcagEmOutcome
{
    /// <summary>A person judged that the sample meets it.</summary>
    [JsonStringEnumMemberName("passed")]
    Passed,

    /// <summary>It is not met: a violation was found, or a person judged so.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,

    /// <summary>It could not be decided: something needs a person, or a person could not tell.</summary>
    [JsonStringEnumMemberName("cantTell")]
    CantTell,

    /// <summary>Not present: the sample has no content it applies to (a person judged so).</summary>
    [JsonStringEnumMemberName("inapplicable")]
    Inapplicable,

    /// <summary>Nobody has decided it yet.</summary>
    [JsonStringEnumMemberName("untested")]
    Untested,
}

/// <summary>Who decided a WCAG success criterion, when and how.</summary>
/// <param name="Assessor">Who judged it: a person, or the tool for an outcome it prefilled from its own findings.</param>
/// <param name="Date">When, YYYY-MM-DD, or null.</param>
/// <param name="Evidence">Fingerprints of the assessment's findings the judgement rests on.</param>
public sealed record WcagJudgement(WcagEmOutcome Outcome, string? Note, string Assessor, string? Date, IReadOnlyList<string> Evidence)
{
    /// <summary>The assessor named on an outcome the tool prefilled from its own findings (judge --init).</summary>
    public const string AutomatedAssessor = "servicestandard (automated)";

    /// <summary>The tool, not a person, recorded it.</summary>
    [JsonIgnore]
    public bool ByTool => Assessor == AutomatedAssessor;
}

/// <summary>
/// The accessibility statement's own facts, from the config's <c>statement:</c> section (docs/config.md).
/// Every field may be missing: the statement then shows a placeholder to complete.
/// </summary>
/// <param name="Method">self-assessment or third-party.</param>
/// <param name="DisproportionateBurden">Content for which the organisation invokes disproportionate burden, as written.</param>
/// <param name="OutOfScope">Content outside the scope of the applicable legislation, as written.</param>
public sealed record StatementDetails(
    string? Organisation,
    string? Legislation,
    string? FeedbackEmail,
    string? FeedbackPhone,
    string? FeedbackUrl,
    string? EnforcementName,
    string? EnforcementUrl,
    string? Method,
    IReadOnlyList<string> DisproportionateBurden,
    IReadOnlyList<string> OutOfScope);

/// <summary>What the machine can say about a WCAG success criterion.</summary>
public enum WcagStatus
{
    /// <summary>A violation of it was found.</summary>
    Failed,

    /// <summary>A check found something a person must confirm (or a finding was suppressed).</summary>
    NeedsReview,

    /// <summary>Checks that test it ran and found nothing; a person still confirms a pass.</summary>
    MachinePassed,

    /// <summary>No check that ran can test it: only a person can.</summary>
    ManualOnly,
}
