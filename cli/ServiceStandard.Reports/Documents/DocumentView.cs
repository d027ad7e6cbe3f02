namespace ServiceStandard.Reports.Documents;

/// <summary>
/// What the accessibility statement, the conformance report and the WCAG-EM report print, built by
/// <see cref="DocumentViewBuilder"/>. Every page-supplied string in it has already been made safe for
/// the document's format (revealed for HTML, which the template encodes; escaped for Markdown).
/// </summary>
internal sealed record DocumentView(
    string Lang,
    string PageTitle,
    string Title,
    string Csp,
    string Css,
    IReadOnlyDictionary<string, string> Labels,
    string ServiceName,
    string Date,
    string WcagVersion,
    string Tool,
    int PagesAssessed,
    string Methods,
    string Standards,
    string StillToDecide,
    bool HasWcag,
    CountsView Counts,
    IReadOnlyList<CriterionView> Criteria,
    IReadOnlyList<CriterionView> LevelA,
    IReadOnlyList<CriterionView> LevelAA,
    IReadOnlyList<CriterionView> Failing,
    IReadOnlyList<CriterionView> Undecided,
    StatementView Statement,
    IReadOnlyList<SamplePageView> Pages,
    string Footer);

/// <summary>How many A/AA criteria have each outcome.</summary>
internal sealed record CountsView(int Total, int Passed, int Failed, int CantTell, int Inapplicable, int Untested, int StillToDecide, string Summary);

/// <summary>One WCAG success criterion: its outcome in WCAG-EM's and the ACR's words, and why.</summary>
/// <param name="Outcome">EARL's word: passed, failed, cantTell, inapplicable, untested.</param>
/// <param name="Decided">A person (or the tool, for a failure it found) recorded the outcome; false when it is the machine's alone.</param>
internal sealed record CriterionView(
    string Number,
    string Title,
    string Level,
    string Url,
    string Anchor,
    string Outcome,
    string OutcomeText,
    string Acr,
    string AcrText,
    string Class,
    bool Decided,
    string? DecidedBy,
    string? Note,
    string? Automated,
    IReadOnlyList<string> Findings,
    string Remarks);

/// <summary>The accessibility statement's own paragraphs, placeholders filled in where the config gives nothing.</summary>
internal sealed record StatementView(
    string Intro,
    string Scope,
    string Status,
    string StatusKind,
    string Basis,
    string PreparedOn,
    string Method,
    string? FeedbackEmail,
    string? FeedbackPhone,
    string? FeedbackUrl,
    string? FeedbackMissing,
    string? EnforcementName,
    string? EnforcementUrl,
    string? EnforcementMissing,
    IReadOnlyList<string> DisproportionateBurden,
    IReadOnlyList<string> OutOfScope);

internal sealed record SamplePageView(string Url, string Title);
