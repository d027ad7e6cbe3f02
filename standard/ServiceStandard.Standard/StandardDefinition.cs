using ServiceStandard.Kernel;

namespace ServiceStandard.Standard;

/// <summary>A service standard: the criteria a service is assessed against before go-live.</summary>
public sealed record StandardDefinition(
    int SchemaVersion,
    string Id,
    string Version,
    LocalizedText Title,
    LocalizedText? Description,
    string DefaultLanguage,
    IReadOnlyList<string> Languages,
    IReadOnlyList<Criterion> Criteria,
    string Source)
{
    public Criterion? FindCriterion(string idOrSlug) =>
        Criteria.FirstOrDefault(c =>
            string.Equals(c.Id, idOrSlug, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(c.Slug, idOrSlug, StringComparison.OrdinalIgnoreCase));
}
