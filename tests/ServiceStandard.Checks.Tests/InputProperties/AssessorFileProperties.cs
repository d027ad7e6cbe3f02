using ServiceStandard.Assessing;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Checks.Tests.Schemas;
using ServiceStandard.Testing;
using ServiceStandard.Testing.Properties;

namespace ServiceStandard.Checks.Tests.InputProperties;

/// <summary>The files an assessor hands back: judgements, a baseline, evidence.json. Any text gives a value or located errors.</summary>
public sealed class AssessorFileProperties : IDisposable
{
    private static readonly string Judged = File.ReadAllText(RepositoryPaths.Combine("tests", "ServiceStandard.Checks.Tests", "Assessment", "judgements-template.verified.yml"));

    private static readonly string Assessment = File.ReadAllText(RepositoryPaths.Combine("tests", "ServiceStandard.Checks.Tests", "Schemas", "assessment.verified.json"));

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("servicestandard-evidence-properties-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact(Timeout = 300_000)]
    public Task Any_judgements_text_gives_judgements_or_located_errors() => Task.Run(() =>
        PropertyRun.Holds(InputMutations.NearValid(Judged, Filled(Judged)), text =>
            LocatedOutcome.Holds(Judgements.Parse(text, "judgements.yml"), "judgements.yml", text), count: 300, InputMutations.Print));

    [Fact(Timeout = 300_000)]
    public Task Any_baseline_text_gives_a_baseline_or_located_errors() => Task.Run(() =>
        PropertyRun.Holds(InputMutations.NearValid(Assessment), text =>
            LocatedOutcome.Holds(Baseline.Parse(text, "baseline.json"), "baseline.json", text), count: 200, InputMutations.Print));

    [Fact(Timeout = 300_000)]
    public Task Any_evidence_text_gives_evidence_or_located_errors() => Task.Run(() =>
    {
        var evidence = AssessmentJson.Serialize(new EvidenceFile(FormatExamples.Evidence()) { Gathering = FormatExamples.Gathering() });
        var path = Path.Combine(_directory.FullName, "evidence.json");
        PropertyRun.Holds(InputMutations.NearValid(evidence), text =>
        {
            // evidence.json is read only from a file (the kernel's bounded reader); one file, rewritten each time.
            File.WriteAllText(path, text);
            var result = EvidenceFile.Load(path);
            LocatedOutcome.Holds(result, path, text);
            Assert.All(result.Value?.Pages ?? [], page => Assert.NotNull(page));
        }, count: 200, InputMutations.Print);
    });

    /// <summary>The template with an outcome and a note on each criterion, as an assessor fills it in.</summary>
    private static string Filled(string template) =>
        template.Replace("outcome: ~ ", "outcome: met", StringComparison.Ordinal).Replace("note: ~", "note: \"Seen in the lab, 3 of 5 users.\"", StringComparison.Ordinal)
            .Replace("assessor: ~", "assessor: Ana", StringComparison.Ordinal).Replace("date: ~", "date: 2025-03-14", StringComparison.Ordinal);
}
