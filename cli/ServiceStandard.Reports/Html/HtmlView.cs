namespace ServiceStandard.Reports.Html;

// The HTML template's model: every string here is plain text (page-derived text already passed
// through UntrustedText.Reveal); the template HTML-encodes every value it prints.

public sealed record HtmlView(
    string Lang,
    string PageTitle,
    string Csp,
    string Css,
    IReadOnlyDictionary<string, string> Labels,
    HeaderView Header,
    VerdictView Verdict,
    IReadOnlyList<FactView> About,
    IReadOnlyList<FactView> Scope,
    IReadOnlyList<FactView> Totals,
    IReadOnlyList<CriterionView> Criteria,
    IReadOnlyList<CheckGroupView> Unlinked,
    CoverageView? Coverage,
    IReadOnlyList<PageView> Pages,
    IReadOnlyList<PageErrorView> PageErrors,
    IReadOnlyList<CheckErrorView> CheckErrors,
    IReadOnlyList<GapView> Gaps,
    BaselineView? Baseline,
    IReadOnlyList<SuppressedView> Suppressed,
    string Footer);

public sealed record HeaderView(string ServiceName, string PhaseLabel, string StandardTitle, string Date);

public sealed record VerdictView(string Text, bool Passed, bool Incomplete, string Caveat);

/// <summary>A key and value in a summary list; <see cref="Href"/> makes the value a link.</summary>
public sealed record FactView(string Key, string Value, string? Href = null);

public sealed record TagView(string Text, string Class);

public sealed record LinkView(string Text, string? Href);

public sealed record CriterionView(
    string Anchor,
    string Id,
    string Title,
    TagView Outcome,
    TagView Automated,
    bool Judged,
    string Reason,
    JudgementView? Judgement,
    IReadOnlyList<string> Questions,
    string EvidenceTags,
    int Violations,
    int NeedsReview,
    bool Assessed,
    IReadOnlyList<CheckGroupView> Checks);

public sealed record JudgementView(TagView? Outcome, string? Note, string By);

public sealed record CheckGroupView(string Anchor, string CheckId, string Summary, IReadOnlyList<RuleGroupView> Rules);

public sealed record RuleGroupView(
    string Anchor,
    string QualifiedRuleId,
    string Title,
    TagView Severity,
    string Kind,
    string Count,
    string Help,
    string? HelpUrl,
    IReadOnlyList<LinkView> Wcag,
    IReadOnlyList<InstanceView> Instances,
    string? More);

public sealed record InstanceView(
    string Message,
    TagView? Baseline,
    string? Occurrences,
    LinkView? Page,
    string? Selector,
    string? Journey,
    string? File,
    string? Snippet,
    string? ScreenshotData,
    string? ScreenshotAlt,
    string? ScreenshotFile);

public sealed record CoverageView(string Heading, string Caption, IReadOnlyList<CoverageRowView> Rows);

public sealed record CoverageRowView(LinkView Criterion, string Level, TagView Status, string TestedBy);

public sealed record PageView(LinkView Url, string Title, string Origin, string Status, string Violations, string NeedsReview, string? Error);

public sealed record PageErrorView(LinkView Url, string Kind, string Message);

public sealed record CheckErrorView(string CheckId, string Where, string Message);

public sealed record GapView(string CheckId, LinkView Url, string Missing);

public sealed record BaselineView(string Summary, IReadOnlyList<FixedView> Fixed);

public sealed record FixedView(string Rule, TagView Severity, string Where, string Message);

public sealed record SuppressedView(string Rule, TagView Severity, string Where, string Message, string Reason, string Suppression);
