using ServiceStandard.Index.Periods;

namespace ServiceStandard.Index.Computation;

/// <summary>Which assessment of a service counts in a period: the latest run that started in it; of two uploads of one run, the later upload (it carries the assessor's judgements).</summary>
public static class PeriodSelection
{
    public static IReadOnlyList<ServiceEvidence> Latest(IEnumerable<ServiceEvidence> assessments, IndexPeriod period) =>
        Latest(assessments, period, a => (a.InstitutionId, a.ServiceId, a.StartedAt, a.AssessmentId));

    /// <summary>
    /// The same rule over anything that names its service, run start and assessment id: the store's
    /// columns choose the counted assessments before any document is read (<see cref="Publishing.IndexSnapshot.LoadAsync"/>).
    /// </summary>
    public static IReadOnlyList<T> Latest<T>(IEnumerable<T> assessments, IndexPeriod period, Func<T, (string InstitutionId, string ServiceId, DateTimeOffset StartedAt, long AssessmentId)> key) =>
        [.. assessments
            .Select(a => (Item: a, Key: key(a)))
            .Where(a => period.Contains(a.Key.StartedAt))
            .GroupBy(a => (a.Key.InstitutionId, a.Key.ServiceId))
            .Select(g => g.OrderByDescending(a => a.Key.StartedAt).ThenByDescending(a => a.Key.AssessmentId).First())
            .OrderBy(a => a.Key.InstitutionId, StringComparer.Ordinal)
            .ThenBy(a => a.Key.ServiceId, StringComparer.Ordinal)
            .Select(a => a.Item)];
}
