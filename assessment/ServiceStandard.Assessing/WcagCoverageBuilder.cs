using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Model.Findings;
using ServiceStandard.Standard.Wcag;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Assessing;

/// <summary>
/// The WCAG 2.2 coverage table: for every success criterion at the run's level, whether the machine
/// found a failure, found something a person must confirm, tested it and found nothing, or could
/// not test it at all (only a person can). Findings reach a criterion by their axe-style tag (wcag143).
/// </summary>
public static class WcagCoverageBuilder
{
    /// <param name="levelTags">
    /// The run's level tags (wcag2a, wcag2aa, …, wcag22aa). A criterion is in scope when its WCAG
    /// version and level are at most the highest listed: wcag22aa takes in 3.2.6, a level A
    /// criterion added in 2.2, though axe-core has no wcag22a tag in the list.
    /// </param>
    /// <param name="rulesRun">The rules that ran: a criterion one of them tests can pass by machine.</param>
    public static WcagCoverage Build(
        WcagCatalog catalog,
        IReadOnlyList<string> levelTags,
        IReadOnlyList<RuleDescriptor> rulesRun,
        IReadOnlyList<Finding> findings,
        IReadOnlyList<SuppressedFinding> suppressed,
        string language)
    {
        var levels = levelTags.Where(WcagTags.IsLevelTag).Select(ParseLevelTag).ToList();
        var maxVersion = levels.Count == 0 ? 0 : levels.Max(l => l.Version);
        var maxLevel = levels.Count == 0 ? -1 : levels.Max(l => l.Level);
        var entries = new List<WcagCoverageEntry>();
        foreach (var criterion in catalog.SuccessCriteria.Where(c =>
            !c.Obsolete && VersionNumber(WcagTags.IntroducedIn(c)) <= maxVersion && (int)c.Level <= maxLevel))
        {
            var tag = criterion.AxeTag;
            var related = findings.Where(f => f.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)).ToList();
            var violations = related.Count(f => f.Kind == FindingKind.Violation);
            var review = related.Count(f => f.Kind == FindingKind.NeedsReview);
            var anySuppressed = suppressed.Any(s => s.Finding.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase));
            var testedBy = rulesRun
                .Where(r => r.Wcag.Contains(criterion.Number, StringComparer.Ordinal))
                .Select(r => r.QualifiedId)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            var status = violations > 0 ? WcagStatus.Failed
                : review > 0 || anySuppressed ? WcagStatus.NeedsReview
                : testedBy.Count > 0 ? WcagStatus.MachinePassed
                : WcagStatus.ManualOnly;
            entries.Add(new WcagCoverageEntry(
                criterion.Number,
                criterion.Level.ToString(),
                criterion.Title.Get(language),
                criterion.Url.AbsoluteUri,
                status,
                testedBy,
                violations,
                review));
        }

        return new WcagCoverage(catalog.Version, entries);
    }

    /// <summary>wcag21aa → (21, AA).</summary>
    private static (int Version, int Level) ParseLevelTag(string tag)
    {
        var digits = tag[4..].TrimEnd('a');
        var level = tag.Length - 4 - digits.Length - 1;
        return (digits == "2" ? 20 : int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture), level);
    }

    private static int VersionNumber(string version) => version switch
    {
        "2.1" => 21,
        "2.2" => 22,
        _ => 20,
    };

    /// <summary>
    /// The rules of the checks that ran, as far as the run's filters let them: axe-core rules whose
    /// tags the run asked axe for, and every rule of our own checks.
    /// </summary>
    public static IReadOnlyList<RuleDescriptor> RulesRun(
        CheckCatalog catalog,
        IReadOnlyList<RuleDescriptor> axeRules,
        IReadOnlyList<string> checksRun,
        IReadOnlyList<string> axeTags,
        Func<string, bool> keepsRule)
    {
        var rules = new List<RuleDescriptor>();
        foreach (var checkId in checksRun)
        {
            if (checkId == AxeRules.CheckId)
            {
                // axe-core leaves deprecated and experimental rules off unless a run names them.
                rules.AddRange(axeRules.Where(r =>
                    r.Tags.Any(t => axeTags.Contains(t, StringComparer.Ordinal)) &&
                    !r.Tags.Contains("deprecated", StringComparer.Ordinal) &&
                    !r.Tags.Contains("experimental", StringComparer.Ordinal)));
            }
            else if (catalog.FindCheck(checkId) is { } check)
            {
                rules.AddRange(check.Rules);
            }
        }

        return [.. rules.Where(r => keepsRule(r.QualifiedId))];
    }

    /// <summary>The rules behind <paramref name="findings"/>, described from their descriptors (or from the findings when a rule has none).</summary>
    public static IReadOnlyList<RuleSummary> Summaries(CheckCatalog catalog, IEnumerable<Finding> findings, string language)
    {
        var summaries = new List<RuleSummary>();
        foreach (var group in findings.GroupBy(f => f.QualifiedRuleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            var descriptor = catalog.FindRule(group.Key) ?? (first.CheckId == AxeRules.CheckId ? AxeRules.Find(first.RuleId) : null);
            summaries.Add(descriptor is null
                ? new RuleSummary(
                    group.Key,
                    first.CheckId,
                    first.RuleId,
                    first.Help,
                    first.Help,
                    first.HelpUrl,
                    group.Max(f => f.Severity),
                    [.. first.Tags.Select(t => WcagCatalog.Wcag22.FindByAxeTag(t)?.Number).OfType<string>()],
                    first.Tags,
                    [])
                : new RuleSummary(
                    group.Key,
                    descriptor.CheckId,
                    descriptor.Id,
                    descriptor.Title.Get(language),
                    descriptor.Help.Get(language),
                    first.HelpUrl ?? descriptor.HelpUrl,
                    descriptor.Severity,
                    descriptor.Wcag,
                    descriptor.Tags,
                    descriptor.ActIds));
        }

        return summaries;
    }
}
