using ServiceStandard.Model.Plan;

namespace ServiceStandard.Model.Evidence;

/// <summary>
/// How the pages of an evidence file were gathered: what the run asked the browser for and what the
/// browser was. With the pages, it is all a re-audit (<c>assess --evidence</c>) needs to rebuild the
/// assessment's scope and run information without a browser.
/// </summary>
/// <param name="BaseUrl">The target's base URL.</param>
/// <param name="PagesListed">Pages listed in the configuration (crawled pages and journey steps come on top).</param>
/// <param name="Journeys">Names of the journeys that ran.</param>
/// <param name="Crawled">Whether pages were discovered by crawling.</param>
/// <param name="AxeTags">The axe-core tags that ran (WCAG levels, and best-practice when asked for).</param>
/// <param name="BrowserVersion">Chromium's version, or null when the browser did not start.</param>
/// <param name="BrowserRestarts">Times the browser crashed and was started again.</param>
/// <param name="Interrupted">The run was stopped before every page was gathered.</param>
/// <param name="FatalError">Why no page could be gathered at all (the browser did not start), or null.</param>
public sealed record EvidenceGathering(
    string BaseUrl,
    int PagesListed,
    IReadOnlyList<string> Journeys,
    bool Crawled,
    IReadOnlyList<string> AxeTags,
    string? BrowserVersion,
    int BrowserRestarts,
    bool Interrupted,
    string? FatalError)
{
    /// <summary>What gathered the pages (tool version, standard, configuration, plan, evidence asked for), for <c>assess --resume</c>; null in files written before it was recorded.</summary>
    public RunIdentity? Identity { get; init; }
}
