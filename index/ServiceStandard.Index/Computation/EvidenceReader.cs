using System.Text.Json;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Index.Computation;

/// <summary>
/// Reads <see cref="ServiceEvidence"/> straight from a stored assessment.json: only the properties
/// <see cref="ServiceEvidence.From"/> takes from the report (run start, standard, criteria, pages'
/// errors and violations), with the model's own JSON options so every value reads as the full
/// reader reads it; the rest of the document (findings, rules, page details) is skipped, never built.
/// One reader serves one load: it shares the criteria, titles and tags that thousands of assessments
/// repeat, so an index of many periods holds each once. Not thread-safe.
/// </summary>
public sealed class EvidenceReader
{
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string, CriterionOutcome, string), CriterionEvidence> criteria = [];
    private readonly Dictionary<string, IReadOnlyList<string>> tagLists = new(StringComparer.Ordinal);

    /// <summary>The evidence of one stored document; throws <see cref="JsonException"/> or <see cref="FormatException"/> when it is not an assessment.json this tool reads.</summary>
    public ServiceEvidence Read(string institutionId, string serviceId, long assessmentId, string json)
    {
        var report = JsonSerializer.Deserialize<Report>(json, AssessmentJson.Options) ?? throw new FormatException("the document is null");
        if (report.SchemaVersion != AssessmentReport.CurrentSchemaVersion || report.Run is null || report.Standard is null)
        {
            throw new FormatException($"not an assessment.json of schemaVersion {AssessmentReport.CurrentSchemaVersion}");
        }

        return new ServiceEvidence(
            institutionId,
            serviceId,
            assessmentId,
            report.Run.StartedAt,
            Share(report.Standard.Id),
            Share(report.Standard.Version),
            [.. (report.Criteria ?? []).Select(Share)],
            [.. (report.Pages ?? []).Where(p => p.Error is null).Select(p => p.Violations)]);
    }

    private CriterionEvidence Share(Criterion c)
    {
        var tags = c.EvidenceTags ?? [];
        var tagKey = string.Join('\u001f', tags);
        var key = (c.Id, c.Title, c.Outcome, tagKey);
        if (!criteria.TryGetValue(key, out var shared))
        {
            if (!tagLists.TryGetValue(tagKey, out var list))
            {
                list = [.. tags.Select(Share)];
                tagLists[tagKey] = list;
            }

            shared = new CriterionEvidence(Share(c.Id), Share(c.Title), c.Outcome, list);
            criteria[key] = shared;
        }

        return shared;
    }

    private string Share(string text)
    {
        if (!strings.TryGetValue(text, out var shared))
        {
            shared = text;
            strings[text] = text;
        }

        return shared;
    }

    // The few properties read; System.Text.Json skips every other one without building it.
    private sealed record Report(int SchemaVersion, Run? Run, Standard? Standard, IReadOnlyList<Criterion>? Criteria, IReadOnlyList<Page>? Pages);

    private sealed record Run(DateTimeOffset StartedAt);

    private sealed record Standard(string Id, string Version);

    private sealed record Criterion(string Id, string Title, CriterionOutcome Outcome, IReadOnlyList<string>? EvidenceTags);

    private sealed record Page(PageErrorSummary? Error, int Violations);
}
