namespace ServiceStandard.Model.Evidence;

/// <summary>
/// How an error summary behaved after a failed submit: was it focused when the page loaded, and
/// did each of its links move focus to the field it names.
/// </summary>
public sealed record ErrorSummaryProbe(
    string Selector,
    string Snippet,
    bool FocusedOnLoad,
    string? FocusedOnLoadSelector,
    IReadOnlyList<ErrorSummaryLinkProbe> Links);

/// <param name="FocusedSelector">Where focus was after activating the link.</param>
public sealed record ErrorSummaryLinkProbe(string Text, string Href, bool TargetExists, bool FocusMovedToField, string? FocusedSelector);
