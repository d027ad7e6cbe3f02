using ServiceStandard.Index.Periods;

namespace ServiceStandard.Index.Computation;

/// <summary>Which assessment of a service counts in a period: the latest run that started in it; of two uploads of one run, the later upload (it carries the assessor's judgements).</summary>
public static class PeriodSelection
{
    public static IReadOnlyList<ServiceEvidence> Latest(IEnumerable<ServiceEvidence> assessments, IndexPeriod period) =>
        [.. assessments
            .Where(a => period.Contains(a.StartedAt))
            .GroupBy(a => (a.InstitutionId, a.ServiceId))
            .Select(g => g.OrderByDescending(a => a.StartedAt).ThenByDescending(a => a.AssessmentId).First())
            .OrderBy(a => a.InstitutionId, StringComparer.Ordinal)
            .ThenBy(a => a.ServiceId, StringComparer.Ordinal)];
}
