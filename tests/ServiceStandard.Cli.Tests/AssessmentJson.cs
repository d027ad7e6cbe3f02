using System.Text.Json.Nodes;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// An assessment.json as the shard, merge and resume tests compare them: read from a run's folder,
/// its findings' fingerprints, and the whole document with what differs between two runs of the
/// same plan by nature (the run's start and duration, each page's gathering time) taken out.
/// </summary>
internal static class AssessmentJson
{
    public static JsonObject Read(string folder) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "assessment.json")))!.AsObject();

    public static IEnumerable<string> Fingerprints(JsonObject assessment) =>
        assessment["findings"]!.AsArray().Select(f => f!["fingerprint"]!.GetValue<string>());

    public static string WithoutTimings(JsonObject assessment)
    {
        var copy = assessment.DeepClone().AsObject();
        copy["run"]!.AsObject().Remove("startedAt");
        copy["run"]!.AsObject().Remove("durationSeconds");
        foreach (var page in copy["pages"]!.AsArray())
        {
            page!.AsObject().Remove("gatherMilliseconds");
        }

        return copy.ToJsonString();
    }
}
