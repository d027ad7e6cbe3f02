using System.Text.Json.Nodes;
using NJsonSchema.Validation;
using ServiceStandard.Assessing;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Testing;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Tests.Schemas;

/// <summary>evidence.json validates against docs/schemas/evidence.schema.json and reads back unchanged.</summary>
public class EvidenceSchemaTests
{
    private const string SchemaFile = "evidence.schema.json";

    private static string Json => AssessmentJson.Serialize(new EvidenceFile(FormatExamples.Evidence()) { Gathering = FormatExamples.Gathering() });

    [Fact]
    public async Task The_serialized_evidence_is_valid()
    {
        var errors = await JsonSchemaErrors.OfJsonAsync(Json, SchemaFile);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void The_serialized_evidence_reads_back_to_the_same_snapshots()
    {
        var original = FormatExamples.Evidence();
        var json = AssessmentJson.Serialize(new EvidenceFile(original) { Gathering = FormatExamples.Gathering() });

        var file = AssessmentJson.Deserialize<EvidenceFile>(json);

        Assert.NotNull(file);
        Assert.Equal(EvidenceFile.CurrentSchemaVersion, file.SchemaVersion);
        Assert.Equal(json, AssessmentJson.Serialize(file));
        var read = file.Pages;
        Assert.Equal(original.Select(p => (p.Origin, p.Error, p.Status, p.Lang)), read.Select(p => (p.Origin, p.Error, p.Status, p.Lang)));
        Assert.Equal(original[0].Keyboard!.SkipLink, read[0].Keyboard!.SkipLink);
        Assert.Equal(original[0].Html, read[0].Html);
    }

    [Fact]
    public async Task Axe_results_may_carry_properties_a_later_axe_core_adds()
    {
        var file = JsonNode.Parse(Json)!.AsObject();
        var evidence = file["pages"]!.AsArray();
        var axe = evidence[0]!["axe"]!;
        axe["testEngine"] = new JsonObject { ["name"] = "axe-core", ["version"] = "4.11.0" };
        axe["violations"]![0]!["nodes"]![0]!["any"] = new JsonArray();

        var errors = await JsonSchemaErrors.OfJsonAsync(file.ToJsonString(), SchemaFile);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [InlineData("unknown-page-property", "#/pages[0].cookies", ValidationErrorKind.NoAdditionalPropertiesAllowed)]
    [InlineData("bad-impact", "#/pages[0].axe.violations[0].impact", ValidationErrorKind.NotInEnumeration)]
    [InlineData("bad-origin", "#/pages[1].origin.kind", ValidationErrorKind.NotInEnumeration)]
    [InlineData("unknown-keyboard-property", "#/pages[0].keyboard.focusOrder", ValidationErrorKind.NoAdditionalPropertiesAllowed)]
    [InlineData("missing-final-url", "#/pages[2].finalUrl", ValidationErrorKind.PropertyRequired)]
    [InlineData("future-version", "#/schemaVersion", ValidationErrorKind.NotInEnumeration)]
    [InlineData("bare-array", "#/", ValidationErrorKind.ObjectExpected)]
    public async Task Evidence_that_breaks_the_format_is_invalid(string mutation, string path, ValidationErrorKind kind)
    {
        IReadOnlyList<(string Path, ValidationErrorKind Kind)> errors;
        var file = JsonNode.Parse(Json)!.AsObject();
        var evidence = file["pages"]!.AsArray();
        switch (mutation)
        {
            case "unknown-page-property":
                evidence[0]!["cookies"] = new JsonArray();
                break;
            case "bad-impact":
                evidence[0]!["axe"]!["violations"]![0]!["impact"] = "severe";
                break;
            case "bad-origin":
                evidence[1]!["origin"]!["kind"] = "sitemap";
                break;
            case "unknown-keyboard-property":
                evidence[0]!["keyboard"]!["focusOrder"] = new JsonArray();
                break;
            case "future-version":
                file["schemaVersion"] = 2;
                break;
            case "bare-array":
                errors = await JsonSchemaErrors.OfJsonAsync(evidence.ToJsonString(), SchemaFile);
                Assert.True(errors.Contains((path, kind)), $"expected {kind} at {path}; got: {string.Join("; ", errors)}");
                return;
            case "missing-final-url":
                evidence[2]!.AsObject().Remove("finalUrl");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null);
        }

        errors = await JsonSchemaErrors.OfJsonAsync(file.ToJsonString(), SchemaFile);

        Assert.True(errors.Contains((path, kind)), $"expected {kind} at {path}; got: {string.Join("; ", errors)}");
    }
}
