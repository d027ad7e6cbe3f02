using ServiceStandard.Checks.Code;
using ServiceStandard.Model.Findings;
using ServiceStandard.Testing;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using ServiceStandard.Gathering.Source;

namespace ServiceStandard.Checks.Tests.Code;

/// <summary>Runs the code checks over tests/SampleService once for every test in the class.</summary>
public sealed class SampleServiceCodeRun
{
    private readonly Lazy<Task<CodeCheckResult>> _result = new(() =>
        CodeAssessment.RunAsync(new SourceRequest(RepositoryPaths.Combine("tests", "SampleService")), CancellationToken.None));

    public Task<CodeCheckResult> ResultAsync => _result.Value;
}

/// <summary>
/// The code oracle: every planted code defect (tests/SampleService/expected-findings.yml, check:
/// code) is found at its PLANTED DEFECT marker, and nothing else in the sample service is — recall
/// and precision both.
/// </summary>
public sealed class SampleServiceCodeTests(SampleServiceCodeRun run) : IClassFixture<SampleServiceCodeRun>
{
    private static readonly string SampleRoot = RepositoryPaths.Combine("tests", "SampleService");

    [Fact]
    public async Task Every_planted_code_defect_is_found_at_its_marker()
    {
        var result = await run.ResultAsync;
        var expected = LoadExpected();
        Assert.Equal(25, expected.Count);
        var missing = expected.Where(e => !result.Findings.Any(f => Matches(f, e))).ToList();
        Assert.True(missing.Count == 0,
            "Planted code defects not found:\n" + string.Join("\n", missing.Select(m => $"  {m.Id}: {m.Check}/{m.Rule} in {m.File}")) +
            "\nFindings were:\n" + string.Join("\n", result.Findings.Select(Describe)));
    }

    [Fact]
    public async Task Nothing_else_in_the_sample_service_is_flagged()
    {
        var result = await run.ResultAsync;
        var expected = LoadExpected();
        var code = result.Findings.Where(f => f.CheckId == CodeRules.CheckId || f.RuleId == "committed-credentials").ToList();
        var unexpected = code.Where(f => !expected.Any(e => Matches(f, e))).ToList();
        Assert.True(unexpected.Count == 0, "Unexpected code findings:\n" + string.Join("\n", unexpected.Select(Describe)));
        Assert.Equal(expected.Count, code.Count);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task The_sample_services_deliberate_findings_are_listed_as_suppressed_with_their_justification()
    {
        var result = await run.ResultAsync;
        var suppressed = result.Suppressed
            .Select(s => $"{s.Finding.RuleId} {((SourceLocationSpan)s.Finding.Location).Path} {s.How}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            ["SS0006 Infrastructure/LanguageMiddleware.cs [SuppressMessage]", "SS0010 Infrastructure/HostileEndpoints.cs [SuppressMessage]", "SS0013 Program.cs [SuppressMessage]"],
            suppressed);
        Assert.All(result.Suppressed, s => Assert.Contains(s.Finding.RuleId == "SS0010" ? "open redirect on purpose" : "plain HTTP", s.Justification, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Repository_checks_see_the_sample_folder_as_it_is()
    {
        // The sample is a folder of this repository, not a repository: it has a README but no
        // licence, tests or security policy of its own.
        var result = await run.ResultAsync;
        var repository = result.Findings.Where(f => f.CheckId == RepositoryChecks.CheckId).Select(f => f.RuleId).Order(StringComparer.Ordinal).ToList();
        // Its planted committed credential is a file with a line, the others are about the folder.
        Assert.Equal(["committed-credentials", "licence", "security-policy", "tests"], repository);
        Assert.All(result.Findings.Where(f => f.CheckId == RepositoryChecks.CheckId && f.RuleId != "committed-credentials"), f => Assert.IsType<RepositoryLocation>(f.Location));
    }

    [Fact]
    public async Task The_run_reads_source_and_razor_files_and_compiles_against_the_sdk_packs()
    {
        var result = await run.ResultAsync;
        Assert.Equal(1, result.Statistics.Projects);
        Assert.True(result.Statistics.CSharpFiles > 30, $"C# files: {result.Statistics.CSharpFiles}");
        Assert.True(result.Statistics.RazorFiles > 10, $"Razor files: {result.Statistics.RazorFiles}");
        Assert.Contains(["security", "privacy", "reliability", "operability"], tag => result.EvidenceTags.Contains(tag));
        Assert.Equal(["code", "code/repository"], result.ChecksRun);
    }

    private static bool Matches(Finding finding, ExpectedCodeFinding expected)
    {
        if (finding.CheckId != expected.Check || finding.RuleId != expected.Rule || finding.Location is not SourceLocationSpan span || span.Path != expected.File)
        {
            return false;
        }

        // At the marker: within the three lines after "PLANTED DEFECT <rule>".
        var lines = File.ReadAllLines(Path.Combine(SampleRoot, expected.File));
        var marker = Array.FindIndex(lines, l => l.Contains($"PLANTED DEFECT {expected.Rule} ", StringComparison.Ordinal)) + 1;
        return marker > 0 && span.StartLine > marker && span.StartLine <= marker + 3;
    }

    private static string Describe(Finding f) =>
        f.Location is SourceLocationSpan s
            ? $"  {f.QualifiedRuleId} {s.Path}:{s.StartLine}:{s.StartColumn}: {f.Message}"
            : $"  {f.QualifiedRuleId} {f.Location}: {f.Message}";

    private static List<ExpectedCodeFinding> LoadExpected()
    {
        var yaml = File.ReadAllText(Path.Combine(SampleRoot, "expected-findings.yml"));
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        return [.. deserializer.Deserialize<ExpectedFile>(yaml).Findings.Where(f => f.Check == CodeRules.CheckId || (f.Check == RepositoryChecks.CheckId && f.File.Length > 0))];
    }

    private sealed class ExpectedFile
    {
        public List<ExpectedCodeFinding> Findings { get; set; } = [];
    }

    private sealed class ExpectedCodeFinding
    {
        public string Id { get; set; } = string.Empty;

        public string Check { get; set; } = string.Empty;

        public string Rule { get; set; } = string.Empty;

        public string File { get; set; } = string.Empty;
    }
}
