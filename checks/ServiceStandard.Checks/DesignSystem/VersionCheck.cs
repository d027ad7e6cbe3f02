using ServiceStandard.Checks.Accessibility;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.DesignSystem.Components;
using ServiceStandard.DesignSystem.Engine;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.DesignSystem;

/// <summary>
/// <c>design-system/version</c>: which version of the pack each page uses; pages older than the
/// latest known version (or the configured minimum), a service that mixes versions, and deprecated
/// components in use with their replacement. Deprecated modifiers are contract rules
/// (<c>deprecated:</c>) and are reported by the contract check, with their replacement.
/// Site scope: versions are compared across pages.
/// </summary>
public sealed class VersionCheck(PageAnalyses analyses, CheckCatalog catalog, string? minimumVersion) : IPageDigestCheck
{
    public const string CheckId = "design-system/version";

    private readonly RuleDescriptor _outdated = catalog.Rule(CheckId + "/outdated");
    private readonly RuleDescriptor _mixed = catalog.Rule(CheckId + "/mixed");
    private readonly RuleDescriptor _deprecated = catalog.Rule(CheckId + "/deprecated-component");

    public string Id => CheckId;

    public CheckScope Scope => CheckScope.Site;

    public IReadOnlyList<EvidenceKind> RequiredEvidence { get; } = [EvidenceKind.Html];

    public IEnumerable<Finding> Run(WebEvidence evidence, CheckContext context) =>
        Run([.. evidence.Pages.Select(p => (Page: p, Digest: Digest(p, context))).Where(p => p.Digest is not null).Select(p => new PageDigest(p.Page, p.Digest!))], context);

    /// <summary>
    /// What the check compares of a page: the version it declares and the deprecated components it
    /// uses (how many, and the first one's selector and markup), read from its HTML once.
    /// </summary>
    public object? Digest(PageSnapshot page, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Error is not null || page.Html.Length == 0)
        {
            return null;
        }

        var analysis = analyses.For(page);
        var usage = PackUsage.Of(analyses.Pack, analysis, page);
        List<DeprecatedUse> deprecated = [];
        foreach (var component in analyses.Pack.Library.Components.Where(c => c.Status == ComponentStatus.Deprecated))
        {
            var count = analysis.InstancesOf(component.Id);
            if (count > 0)
            {
                var (selector, snippet) = FirstInstance(analysis, component);
                deprecated.Add(new DeprecatedUse(component, count, selector, snippet));
            }
        }

        return new PageVersion(usage.Version, usage.Selector, deprecated);
    }

    public IEnumerable<Finding> Run(IReadOnlyList<PageDigest> pages, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var pack = analyses.Pack;
        var language = context.Language;
        var read = pages.Select(p => (p.Page, Usage: (PageVersion)p.Digest)).ToList();
        var versions = read.Select(p => p.Usage.Version).OfType<string>().Distinct(StringComparer.Ordinal)
            .OrderBy(v => v, Comparer<string>.Create((a, b) => SemanticVersion.Compare(a, b) ?? string.CompareOrdinal(a, b)))
            .ToList();
        foreach (var (page, usage) in read)
        {
            if (usage.Version is { } version)
            {
                if (minimumVersion is not null && SemanticVersion.Compare(version, minimumVersion) < 0)
                {
                    yield return PageFinding.Create(_outdated, context, page,
                        _outdated.Message("minimum", language, ("pack", pack.Name), ("version", version), ("minimum", minimumVersion)),
                        usage.Selector, discriminator: version, severity: Severity.Serious);
                }
                else if (pack.Version is not null && SemanticVersion.Compare(version, pack.Version) < 0)
                {
                    yield return PageFinding.Create(_outdated, context, page,
                        _outdated.Message("default", language, ("pack", pack.Name), ("version", version), ("latest", pack.Version)),
                        usage.Selector, discriminator: version);
                }

                if (versions.Count > 1)
                {
                    yield return PageFinding.Create(_mixed, context, page,
                        _mixed.Message("default", language, ("count", versions.Count), ("pack", pack.Name), ("versions", string.Join(", ", versions)), ("version", version)),
                        usage.Selector, discriminator: version);
                }
            }

            foreach (var (component, count, selector, snippet) in usage.Deprecated)
            {
                var replacement = component.Replacement is null ? "-" : pack.NameOf(component.Replacement, language);
                yield return PageFinding.Create(_deprecated, context, page,
                    _deprecated.Message("default", language, ("component", component.Name.Get(language)), ("count", count), ("replacement", replacement)),
                    selector, snippet, discriminator: component.Id);
            }
        }
    }

    /// <summary>A page's version and deprecated components: all the check keeps of it.</summary>
    private sealed record PageVersion(string? Version, string? Selector, IReadOnlyList<DeprecatedUse> Deprecated);

    private sealed record DeprecatedUse(ComponentDefinition Component, int Count, string? Selector, string? Snippet);

    private static (string? Selector, string? Snippet) FirstInstance(PageAnalysis analysis, ComponentDefinition component)
    {
        var index = analysis.Index;
        var key = component.Contract.Root.KeyClass;
        var root = component.Contract.Root.Text;
        IEnumerable<int> candidates = key is null ? Enumerable.Range(0, index.Count) : index.WithClass(key);
        foreach (var position in candidates)
        {
            if (index[position].Matches(root))
            {
                return (ElementDescription.Selector(index, position), ElementDescription.Snippet(index, position));
            }
        }

        return (null, null);
    }
}
