using System.Text.Json.Nodes;
using NJsonSchema.Validation;
using ServiceStandard.Assessing;
using ServiceStandard.Model.Findings;
using ServiceStandard.Testing;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Checks.Tests.Schemas;

/// <summary>
/// assessment.json is a public contract: what AssessmentJson writes validates against
/// docs/schemas/assessment.schema.json, reads back to the same report, and is pinned by a snapshot
/// so any change to the format shows up in review.
/// </summary>
public class AssessmentSchemaTests
{
    private const string SchemaFile = "assessment.schema.json";

    private static string Json => AssessmentJson.Serialize(FormatExamples.Report());

    [Fact]
    public async Task The_serialized_report_is_valid()
    {
        var errors = await JsonSchemaErrors.OfJsonAsync(Json, SchemaFile);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void The_serialized_report_reads_back_to_the_same_report()
    {
        var original = FormatExamples.Report();
        var json = AssessmentJson.Serialize(original);

        var read = AssessmentJson.Deserialize<AssessmentReport>(json);

        Assert.NotNull(read);
        Assert.Equal(json, AssessmentJson.Serialize(read));
        Assert.Equal(original.Run, read.Run);
        Assert.Equal(original.Pages, read.Pages);
        Assert.Equal(original.CheckErrors, read.CheckErrors);
        Assert.Equal(original.Totals, read.Totals);
        Assert.Equal(original.Findings.Select(f => f.Location), read.Findings.Select(f => f.Location));
        Assert.Equal(original.Findings.Select(f => (f.Severity, f.Kind, f.Message, f.Fingerprint)), read.Findings.Select(f => (f.Severity, f.Kind, f.Message, f.Fingerprint)));
        Assert.Equal(original.Criteria.Select(c => c.Outcome), read.Criteria.Select(c => c.Outcome));
    }

    [Fact]
    public void Page_text_is_written_readably_not_escaped()
    {
        var json = Json;

        Assert.Contains("<script>document.write('<b>¡Hola!</b>')</script>", json, StringComparison.Ordinal);
        Assert.Contains("«Año nuevo» ✓", json, StringComparison.Ordinal);

        // Characters outside the Basic Multilingual Plane (emoji, 𝔘) are still written as \u escapes
        // (surrogate pairs) by System.Text.Json; JSON readers turn them back into the same text.
        Assert.Contains("\\uD835\\uDD18", json, StringComparison.Ordinal);
        Assert.Contains("𝔘", AssessmentJson.Deserialize<AssessmentReport>(json)!.Findings[1].Message, StringComparison.Ordinal);
        Assert.Contains("\"severity\": \"critical\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"needs-review\"", json, StringComparison.Ordinal);
        Assert.Contains("\"outcome\": \"not-assessed\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_of_a_run_with_nothing_optional_is_valid()
    {
        var report = JsonNode.Parse(Json)!.AsObject();
        report["run"]!["browser"] = null;
        report["run"]!["axeVersion"] = null;
        report["run"]!["failOn"] = "none";
        report["service"]!["name"] = null;
        report["service"]!["phase"] = null;
        report["scope"]!["baseUrl"] = null;
        report["pages"] = new JsonArray();
        report["findings"] = new JsonArray();
        report["checkErrors"] = new JsonArray();

        var errors = await JsonSchemaErrors.OfJsonAsync(report.ToJsonString(), SchemaFile);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void The_format_is_unchanged() => Snapshot.Verify(Json, "assessment", "json");

    [Theory]
    [InlineData("unknown-property", "#/generatedBy", ValidationErrorKind.NoAdditionalPropertiesAllowed)]
    [InlineData("bad-severity", "#/findings[0].severity", ValidationErrorKind.NotInEnumeration)]
    [InlineData("bad-kind", "#/findings[1].kind", ValidationErrorKind.NotInEnumeration)]
    [InlineData("bad-outcome", "#/criteria[0].outcome", ValidationErrorKind.NotInEnumeration)]
    [InlineData("future-version", "#/schemaVersion", ValidationErrorKind.NotInEnumeration)]
    [InlineData("unknown-location-type", "#/findings[5].location", ValidationErrorKind.NotOneOf)]
    [InlineData("unknown-location-property", "#/findings[7].location", ValidationErrorKind.NotOneOf)]
    [InlineData("unknown-page-property", "#/pages[0].screenshot", ValidationErrorKind.NoAdditionalPropertiesAllowed)]
    [InlineData("missing-fingerprint", "#/findings[2].fingerprint", ValidationErrorKind.PropertyRequired)]
    [InlineData("short-fingerprint", "#/findings[2].fingerprint", ValidationErrorKind.PatternMismatch)]
    [InlineData("bad-phase", "#/service.phase", ValidationErrorKind.NotInEnumeration)]
    [InlineData("bad-start-time", "#/run.startedAt", ValidationErrorKind.DateTimeExpected)]
    [InlineData("negative-count", "#/totals.critical", ValidationErrorKind.NumberTooSmall)]
    public async Task A_report_that_breaks_the_format_is_invalid(string mutation, string path, ValidationErrorKind kind)
    {
        var report = JsonNode.Parse(Json)!.AsObject();
        Mutate(report, mutation);

        var errors = await JsonSchemaErrors.OfJsonAsync(report.ToJsonString(), SchemaFile);

        Assert.True(errors.Contains((path, kind)), $"expected {kind} at {path}; got: {string.Join("; ", errors)}");
    }

    private static void Mutate(JsonObject report, string mutation)
    {
        var findings = report["findings"]!.AsArray();
        switch (mutation)
        {
            case "unknown-property":
                report["generatedBy"] = "someone";
                break;
            case "bad-severity":
                findings[0]!["severity"] = "blocker";
                break;
            case "bad-kind":
                findings[1]!["kind"] = "needs_review";
                break;
            case "bad-outcome":
                report["criteria"]![0]!["outcome"] = "passed";
                break;
            case "future-version":
                report["schemaVersion"] = 2;
                break;
            case "unknown-location-type":
                findings[5]!["location"]!["type"] = "file";
                break;
            case "unknown-location-property":
                findings[7]!["location"]!["line"] = 3;
                break;
            case "unknown-page-property":
                report["pages"]![0]!["screenshot"] = "start.png";
                break;
            case "missing-fingerprint":
                findings[2]!.AsObject().Remove("fingerprint");
                break;
            case "short-fingerprint":
                findings[2]!["fingerprint"] = "abc123";
                break;
            case "bad-phase":
                report["service"]!["phase"] = "private-beta";
                break;
            case "bad-start-time":
                report["run"]!["startedAt"] = "yesterday";
                break;
            case "negative-count":
                report["totals"]!["critical"] = -1;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null);
        }
    }
}
