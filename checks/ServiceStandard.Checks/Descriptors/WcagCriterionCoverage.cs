using ServiceStandard.Standard.Wcag;

namespace ServiceStandard.Checks.Descriptors;

/// <summary>What the machine gives an assessor for one success criterion.</summary>
public enum CoverageKind
{
    /// <summary>A rule decides failures of it (its findings can be violations).</summary>
    Automated,

    /// <summary>Rules gather evidence for it, but a person decides (needs-review findings only).</summary>
    Review,

    /// <summary>No rule looks at it: only a person can test it.</summary>
    Manual,
}

/// <summary>One row of the coverage table: a criterion, what the machine gives for it, and the rules that do.</summary>
public sealed record WcagCriterionCoverage(SuccessCriterion Criterion, CoverageKind Kind, IReadOnlyList<string> Rules)
{
    /// <summary>
    /// Every WCAG 2.2 success criterion at levels A and AA (4.1.1, obsolete, left out), with what the
    /// rules of <paramref name="catalog"/> give for it: automated when a rule that decides failures maps
    /// to it, review when only rules that ask a person do, manual otherwise.
    /// </summary>
    public static IReadOnlyList<WcagCriterionCoverage> Table(CheckCatalog catalog, WcagCatalog? wcag = null)
    {
        wcag ??= WcagCatalog.Wcag22;
        var rules = catalog.Rules.ToList();
        return [.. wcag.SuccessCriteria
            .Where(c => !c.Obsolete && c.Level is WcagLevel.A or WcagLevel.AA)
            .Select(c =>
            {
                var mapped = rules.Where(r => r.Wcag.Contains(c.Number, StringComparer.Ordinal)).ToList();
                var kind = mapped.Any(r => !r.ReviewOnly) ? CoverageKind.Automated
                    : mapped.Count > 0 ? CoverageKind.Review
                    : CoverageKind.Manual;
                return new WcagCriterionCoverage(c, kind, [.. mapped.Select(r => r.QualifiedId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
            })];
    }
}
