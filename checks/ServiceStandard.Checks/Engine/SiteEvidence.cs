using ServiceStandard.Checks.Accessibility.Journey;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Engine;

/// <summary>
/// What a run keeps of each page for the site checks once its page checks have run: the page's
/// address, title, language, origin, status and error, and only the evidence the site checks compare.
/// A 2,000-page run would otherwise hold every page's HTML, axe results, Tab walk and styles until
/// the end (issue 18: own memory grew by 0.25 MB a page).
/// </summary>
public static class SiteEvidence
{
    /// <summary>
    /// <paramref name="page"/> without the evidence no site check reads. Kept: the error summary
    /// (cross-page), the page structure (consistency), the forms and journey steps (journey), the
    /// element pictures' names (findings point at them), the axe version (the run's summary) and,
    /// on a journey's page, its first h1 (the journey's confirmation page). The design-system version
    /// check reads the page's HTML through its digest (<see cref="IPageDigestCheck"/>) instead.
    /// </summary>
    public static PageSnapshot Slim(PageSnapshot page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page with
        {
            Html = page.Origin.Journey is null ? string.Empty : JourneyPages.FirstHeadingElement(page),
            Axe = page.Axe is { } axe ? axe with { Violations = [], Incomplete = [] } : null,
            Keyboard = null,
            Reflow = null,
            TextSpacing = null,
            Design = null,
            Content = null,
            Outline = null,
        };
    }
}
