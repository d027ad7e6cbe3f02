using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Engine;

/// <summary>What a run gathers: the union of the evidence its selected checks require, within what the configuration allows.</summary>
public static class EvidencePlan
{
    public static IReadOnlySet<EvidenceKind> For(IEnumerable<IWebCheck> checks, CheckFilter filter, IReadOnlySet<EvidenceKind> allowed) =>
        checks.Where(check => filter.RunsCheck(check.Id))
            .SelectMany(check => check.RequiredEvidence)
            .Append(EvidenceKind.Html)
            .Where(allowed.Contains)
            .ToHashSet();
}
