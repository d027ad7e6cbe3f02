using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Engine;

/// <summary>
/// A site check that compares a few facts of each page (a version, a count) rather than what the
/// slim pages of <see cref="SiteEvidence"/> keep: the runner takes the facts from each page while it
/// is whole (<see cref="Digest"/>, as the page is gathered or read back) and hands them back with the
/// slim pages at the end, so a run never holds every page's HTML for it.
/// </summary>
public interface IPageDigestCheck : IWebCheck
{
    /// <summary>What this check keeps of <paramref name="page"/> (any page, errors included); null for nothing.</summary>
    object? Digest(PageSnapshot page, CheckContext context);

    /// <summary>
    /// The findings over every page's digest, in visit order: each with the slim page it was taken
    /// from (<see cref="SiteEvidence.Slim"/>); pages whose digest was null are left out.
    /// </summary>
    IEnumerable<Finding> Run(IReadOnlyList<PageDigest> pages, CheckContext context);
}

/// <param name="Page">The page as the site checks see it (<see cref="SiteEvidence.Slim"/>).</param>
/// <param name="Digest">What <see cref="IPageDigestCheck.Digest"/> kept of the whole page.</param>
public sealed record PageDigest(PageSnapshot Page, object Digest);
