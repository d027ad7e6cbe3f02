using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Engine;

/// <summary>
/// Runs the selected web checks over the evidence, as Lighthouse's runner runs audits: a check that
/// throws becomes a <see cref="CheckError"/> and the others go on; page-level checks skip pages the
/// gatherer could not load; findings with the same fingerprint are reported once.
/// </summary>
public sealed class WebCheckRunner(IReadOnlyList<IWebCheck> checks)
{
    public IReadOnlyList<IWebCheck> Checks { get; } = checks;

    /// <summary>Every check over every page at once: <see cref="Start"/>, each page added in order, then finished.</summary>
    public WebCheckResult Run(WebEvidence evidence, CheckContext context, CheckFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var session = Start(context, filter);
        var kept = evidence.Pages.Select(session.Add).ToList();
        return session.Finish(kept, cancellationToken);
    }

    /// <summary>
    /// A run that takes pages one at a time (as they are gathered, or read back from saved evidence):
    /// see <see cref="WebCheckSession"/>.
    /// </summary>
    public WebCheckSession Start(CheckContext context, CheckFilter? filter = null) =>
        new([.. Checks.Where(c => (filter ?? CheckFilter.All).RunsCheck(c.Id))], context, filter ?? CheckFilter.All);
}

/// <summary>
/// The checks of one run, fed a page at a time so no page's whole evidence is kept to the end: each
/// page's own checks run when it is added, and what the site checks compare is kept of it
/// (<see cref="SiteEvidence.Slim"/>, <see cref="IPageDigestCheck.Digest"/>). <see cref="Finish"/>
/// then runs the site checks and puts everything in the order, and with the de-duplication, of
/// running each check over every page in visit order: the result does not depend on the order pages
/// were added in. Safe to add pages from several threads (they are checked one at a time).
/// </summary>
public sealed class WebCheckSession
{
    private readonly IReadOnlyList<IWebCheck> _checks;
    private readonly CheckContext _context;
    private readonly CheckFilter _filter;
    private readonly Dictionary<PageSnapshot, PageResults> _pages = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _gate = new();

    internal WebCheckSession(IReadOnlyList<IWebCheck> checks, CheckContext context, CheckFilter filter) =>
        (_checks, _context, _filter) = (checks, context, filter);

    /// <summary>
    /// Runs the page checks on <paramref name="page"/> and returns what to keep of it for
    /// <see cref="Finish"/>: the slim page, whose place in the visit order is given there.
    /// </summary>
    public PageSnapshot Add(PageSnapshot page)
    {
        ArgumentNullException.ThrowIfNull(page);
        lock (_gate)
        {
            var results = new PageResults(_checks.Count);
            for (var i = 0; i < _checks.Count; i++)
            {
                var check = _checks[i];
                if (check is IPageDigestCheck digesting)
                {
                    try
                    {
                        results.Digests[i] = digesting.Digest(page, _context);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        results.Failures[i] = ex;
                    }
                }

                if (page.Error is not null)
                {
                    continue;
                }

                var missing = check.RequiredEvidence.Where(kind => !page.IsPresent(kind)).Select(kind => kind.Name()).ToList();
                if (missing.Count > 0)
                {
                    results.Gaps[i] = new EvidenceGap(check.Id, page.FinalUrl, missing);
                }

                if (check.Scope == CheckScope.Page)
                {
                    try
                    {
                        results.Findings[i] = [.. check.Run(new WebEvidence([page]), _context).Where(Keeps)];
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // A bug in one check must not cost the user the rest of the assessment.
                        results.Failures[i] = ex;
                    }
                }
            }

            var slim = SiteEvidence.Slim(page);
            _pages[slim] = results;
            return slim;
        }
    }

    /// <summary>
    /// Runs the site checks over <paramref name="pages"/> (what <see cref="Add"/> returned, in visit
    /// order; a page not added is added now) and gathers every check's findings, errors and gaps.
    /// </summary>
    public WebCheckResult Finish(IReadOnlyList<PageSnapshot> pages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        List<PageSnapshot> kept = [];
        List<PageResults> results = [];
        foreach (var page in pages)
        {
            PageResults? found;
            lock (_gate)
            {
                _pages.TryGetValue(page, out found);
            }

            var slim = found is null ? Add(page) : page;
            kept.Add(slim);
            lock (_gate)
            {
                results.Add(_pages[slim]);
            }
        }

        var findings = new List<Finding>();
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new List<CheckError>();
        var gaps = new List<EvidenceGap>();
        var ran = new List<string>();
        var site = new WebEvidence(kept);
        for (var i = 0; i < _checks.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var check = _checks[i];
            ran.Add(check.Id);
            for (var p = 0; p < kept.Count; p++)
            {
                var page = results[p];
                if (page.Gaps[i] is { } gap)
                {
                    gaps.Add(gap);
                }

                if (check.Scope != CheckScope.Page)
                {
                    continue;
                }

                if (page.Failures[i] is { } failure)
                {
                    errors.Add(Error(check, failure, kept[p]));
                }
                else
                {
                    Count(page.Findings[i] ?? []);
                }
            }

            if (check.Scope == CheckScope.Site)
            {
                RunSite(check, i);
            }
        }

        return new WebCheckResult(findings, errors, gaps, ran, occurrences);

        void RunSite(IWebCheck check, int index)
        {
            List<Finding> produced;
            try
            {
                if (check is IPageDigestCheck digesting)
                {
                    if (results.Select(r => r.Failures[index]).FirstOrDefault(f => f is not null) is { } failed)
                    {
                        throw failed;
                    }

                    var digests = kept.Select((page, p) => (page, results[p].Digests[index]))
                        .Where(d => d.Item2 is not null)
                        .Select(d => new PageDigest(d.page, d.Item2!))
                        .ToList();
                    produced = [.. digesting.Run(digests, _context)];
                }
                else
                {
                    produced = [.. check.Run(site, _context)];
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A bug in one check must not cost the user the rest of the assessment.
                errors.Add(Error(check, ex, null));
                return;
            }

            Count(produced.Where(Keeps));
        }

        void Count(IEnumerable<Finding> produced)
        {
            foreach (var finding in produced)
            {
                if (occurrences.TryGetValue(finding.Fingerprint, out var seen))
                {
                    occurrences[finding.Fingerprint] = seen + 1;
                    continue;
                }

                occurrences[finding.Fingerprint] = 1;
                findings.Add(finding);
            }
        }
    }

    private bool Keeps(Finding finding) => _filter.KeepsRule(finding.QualifiedRuleId) && _context.IsInScope(finding);

    private static CheckError Error(IWebCheck check, Exception ex, PageSnapshot? page) =>
        new(check.Id, $"{ex.GetType().Name}: {ex.Message}", page?.FinalUrl);

    /// <summary>One page's share of each check (by the check's place in the run): its gap, findings kept, failure and digest.</summary>
    private sealed class PageResults(int checks)
    {
        public EvidenceGap?[] Gaps { get; } = new EvidenceGap?[checks];

        public List<Finding>?[] Findings { get; } = new List<Finding>?[checks];

        public Exception?[] Failures { get; } = new Exception?[checks];

        public object?[] Digests { get; } = new object?[checks];
    }
}
