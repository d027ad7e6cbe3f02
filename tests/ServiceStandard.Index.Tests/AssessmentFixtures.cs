using System.Globalization;
using System.Text.Json.Nodes;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Testing;

namespace ServiceStandard.Index.Tests;

/// <summary>
/// Real assessment.json files: the reference report the tool writes (the snapshot the schema tests
/// hold against docs/schemas/assessment.schema.json), with a chosen start time so each is a
/// different run.
/// </summary>
public static class AssessmentFixtures
{
    public static string ReferencePath => RepositoryPaths.Combine("tests", "ServiceStandard.Checks.Tests", "Schemas", "assessment.verified.json");

    public static string Reference => File.ReadAllText(ReferencePath);

    public static AssessmentReport Report() => AssessmentFile.Parse(Reference, "assessment.json").Value!;

    /// <summary>The reference report as a run started at <paramref name="startedAt"/>.</summary>
    public static string At(DateTimeOffset startedAt)
    {
        var document = JsonNode.Parse(Reference)!;
        document["run"]!["startedAt"] = startedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
        return document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The n-th distinct run (a second apart from 2026-03-01).</summary>
    public static string Run(int n) => At(StartedAt(n));

    /// <summary>When the n-th distinct run of <see cref="Run"/> started.</summary>
    public static DateTimeOffset StartedAt(int n) => new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(n);
}
