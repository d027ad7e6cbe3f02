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
public sealed class VersionCheck(PageAnalyses analyses, CheckCatalog catalog, string? minimumVersion) : IWebCheck
{
    public const string CheckId = "design-system/version";

    private readonly RuleDescriptor _outdated = catalog.Rule(CheckId + "/outdated");
    private readonly RuleDescriptor _mixed = catalog.Rule(CheckId + "/mixed");
    private readonly RuleDescriptor _deprecated = catalog.Rule(CheckId + "/deprecated-component");

    public string Id => CheckId;

    public CheckScope Scope => CheckScope.Site;

    public IReadOnlyList<EvidenceKind> RequiredEvidence { get; } = [EvidenceKind.Html];

    public IEnumerable<Finding> Run(WebEvidence evidence, CheckContext context)
    {
        var pack = analyses.Pack;
        var language = context.Language;
        var pages = evidence.AssessablePages.Where(p => p.Html.Length > 0)
            .Select(p => (Page: p, Analysis: analyses.For(p)))
            .Select(p => (p.Page, p.Analysis, Usage: PackUsage.Of(pack, p.Analysis, p.Page)))
            .ToList();

        var versions = pages.Select(p => p.Usage.Version).OfType<string>().Distinct(StringComparer.Ordinal)
            .OrderBy(v => v, Comparer<string>.Create((a, b) => SemanticVersion.Compare(a, b) ?? string.CompareOrdinal(a, b)))
            .ToList();
        foreach (var (page, analysis, usage) in pages)
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

            foreach (var component in pack.Library.Components.Where(c => c.Status == ComponentStatus.Deprecated))
            {
                var count = analysis.InstancesOf(component.Id);
                if (count == 0)
                {
                    continue;
                }

                var (selector, snippet) = FirstInstance(analysis, component);
                var replacement = component.Replacement is null ? "-" : pack.NameOf(component.Replacement, language);
                yield return PageFinding.Create(_deprecated, context, page,
                    _deprecated.Message("default", language, ("component", component.Name.Get(language)), ("count", count), ("replacement", replacement)),
                    selector, snippet, discriminator: component.Id);
            }
        }
    }

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
