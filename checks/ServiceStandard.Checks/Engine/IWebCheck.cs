using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Engine;

/// <summary>
/// A check over gathered web evidence: a pure function from snapshots to findings. It never touches
/// the browser, the network or the file system, so it can be tested on a stored snapshot.
/// </summary>
public interface IWebCheck
{
    /// <summary>The check id: <c>accessibility/keyboard</c>; its findings' rule ids start with it.</summary>
    string Id { get; }

    /// <summary>
    /// <see cref="CheckScope.Page"/>: the runner calls <see cref="Run"/> once per assessable page
    /// (pages with an <see cref="PageSnapshot.Error"/> are skipped). <see cref="CheckScope.Site"/>:
    /// once with every page, errors included.
    /// </summary>
    CheckScope Scope { get; }

    /// <summary>
    /// The evidence this check reads. The run gathers the union over the selected checks, and a page
    /// that lacks one of them is listed as an evidence gap for this check.
    /// </summary>
    IReadOnlyList<EvidenceKind> RequiredEvidence { get; }

    IEnumerable<Finding> Run(WebEvidence evidence, CheckContext context);
}

public enum CheckScope
{
    /// <summary>Each page on its own.</summary>
    Page,

    /// <summary>All pages together (titles across pages, language across a journey).</summary>
    Site,
}
