using System.Text.Json.Nodes;
using NJsonSchema.Validation;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Plan;
using ServiceStandard.Testing;

namespace ServiceStandard.Checks.Tests.Schemas;

/// <summary>
/// plan.json is a public contract: what <c>servicestandard plan</c> writes validates against
/// docs/schemas/plan.schema.json and reads back to the same plan; a shard's mark on evidence.json and
/// assessment.json validates against theirs, and a whole run's files have none.
/// </summary>
public class PlanSchemaTests
{
    private const string SchemaFile = "plan.schema.json";

    public static RunPlan Plan() => new RunPlan
    {
        ToolVersion = "0.1.0",
        Standard = new PlanStandard("digital-service-standard", "1.0.0"),
        ConfigHash = RunPlan.HashConfig("schemaVersion: 1\n"),
        BaseUrl = "http://127.0.0.1:5000/",
        PagesListed = 2,
        Crawled = true,
        Pages = [new PlannedPage("http://127.0.0.1:5000/start"), new PlannedPage("http://127.0.0.1:5000/help"), new PlannedPage("http://127.0.0.1:5000/cookies?lang=es")],
        Journeys = [new PlannedJourney("apply", 6), new PlannedJourney("sign-out", 1)],
    }.WithId();

    public static ShardInfo Shard() => new(Plan().PlanId, 2, 4, "0.1.0", new PlanStandard("digital-service-standard", "1.0.0"), RunPlan.HashConfig(null));

    [Fact]
    public async Task The_serialized_plan_is_valid()
    {
        var errors = await JsonSchemaErrors.OfJsonAsync(AssessmentJson.Serialize(Plan()), SchemaFile);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void The_written_plan_reads_back_to_the_same_plan()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, AssessmentJson.Serialize(Plan()));
        try
        {
            var loaded = RunPlan.Load(path);

            Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Diagnostics));
            Assert.Equal(AssessmentJson.Serialize(Plan()), AssessmentJson.Serialize(loaded.Value!));
            Assert.Matches("^[0-9a-f]{16}$", loaded.Value!.PlanId);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_plan_id_follows_the_content_and_only_it()
    {
        Assert.Equal(Plan().PlanId, Plan().PlanId);
        Assert.NotEqual(Plan().PlanId, (Plan() with { Journeys = [new PlannedJourney("apply", 6)] }).WithId().PlanId);
        Assert.NotEqual(Plan().PlanId, (Plan() with { ConfigHash = RunPlan.HashConfig("other") }).WithId().PlanId);
        Assert.Equal(RunPlan.HashConfig("a: 1\nb: 2\n"), RunPlan.HashConfig("a: 1\r\nb: 2\r\n"));
    }

    [Theory]
    [InlineData("pages[0].url", "#/pages[0].url", ValidationErrorKind.StringExpected)]
    [InlineData("planId", "#/planId", ValidationErrorKind.PatternMismatch)]
    [InlineData("journeys[0].weight", "#/journeys[0].weight", ValidationErrorKind.NoAdditionalPropertiesAllowed)]
    public async Task A_damaged_plan_is_invalid_where_it_is_damaged(string what, string path, ValidationErrorKind kind)
    {
        var plan = JsonNode.Parse(AssessmentJson.Serialize(Plan()))!;
        switch (what)
        {
            case "pages[0].url":
                plan["pages"]![0]!["url"] = 7;
                break;
            case "planId":
                plan["planId"] = "not a plan id";
                break;
            default:
                plan["journeys"]![0]!["weight"] = 3;
                break;
        }

        var errors = await JsonSchemaErrors.OfJsonAsync(plan.ToJsonString(), SchemaFile);

        Assert.Contains((path, kind), errors);
    }

    [Fact]
    public async Task A_shards_evidence_and_assessment_are_valid_and_a_whole_runs_have_no_shard()
    {
        var evidence = AssessmentJson.Serialize(new EvidenceFile(FormatExamples.Evidence()) { Gathering = FormatExamples.Gathering(), Shard = Shard() });
        var assessment = AssessmentJson.Serialize(FormatExamples.Report() with { Shard = Shard() });

        var errors = (await JsonSchemaErrors.OfJsonAsync(evidence, "evidence.schema.json")).Concat(await JsonSchemaErrors.OfJsonAsync(assessment, "assessment.schema.json")).ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Equal(2, JsonNode.Parse(assessment)!["shard"]!["index"]!.GetValue<int>());
        Assert.Equal(Shard(), AssessmentJson.Deserialize<EvidenceFile>(evidence)!.Shard);
        Assert.Null(JsonNode.Parse(AssessmentJson.Serialize(FormatExamples.Report()))!.AsObject()["shard"]);
        Assert.DoesNotContain("\"shard\"", AssessmentJson.Serialize(new EvidenceFile(FormatExamples.Evidence()) { Gathering = FormatExamples.Gathering() }), StringComparison.Ordinal);
    }
}
