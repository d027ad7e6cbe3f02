using System.Text.Json.Nodes;
using NJsonSchema;
using ServiceStandard.Testing;

namespace ServiceStandard.Reports.Tests;

/// <summary>Every SARIF file we produce validates against the official OASIS SARIF 2.1.0 schema shipped with these tests.</summary>
public class SarifReportTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult());

    public static TheoryData<string> Assessments => new() { "fixed", "hostile", "huge", "empty", "spanish" };

    private static string Render(string which) => new SarifReport().Render(which switch
    {
        "fixed" => ReportExamples.Input(),
        "hostile" => ReportExamples.Input(ReportExamples.Hostile()),
        "huge" => ReportExamples.Input(ReportExamples.Huge(500)),
        "spanish" => ReportExamples.Input(language: "es"),
        _ => ReportExamples.Input(ReportExamples.Assessment() with { Findings = [], Suppressed = [], Pages = [], CheckErrors = [], Baseline = null }),
    });

    [Theory]
    [MemberData(nameof(Assessments))]
    public void Validates_against_the_official_schema(string which)
    {
        var errors = JsonSchemaErrors.Flatten(Schema.Value.Validate(Render(which)));

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void One_run_with_rules_from_the_descriptors_and_results_that_point_at_them()
    {
        var run = JsonNode.Parse(Render("fixed"))!["runs"]!.AsArray().Single()!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        var results = run["results"]!.AsArray();

        Assert.Equal("2.1.0", (string?)JsonNode.Parse(Render("fixed"))!["version"]);
        var imageAlt = rules.Single(r => (string?)r!["id"] == "accessibility/axe/image-alt")!;
        Assert.Equal("https://dequeuniversity.com/rules/axe/4.10/image-alt", (string?)imageAlt["helpUri"]);
        Assert.Equal(["1.1.1"], imageAlt["properties"]!["wcag"]!.AsArray().Select(n => (string?)n));
        Assert.Contains("wcag111", imageAlt["properties"]!["tags"]!.AsArray().Select(n => (string?)n));
        Assert.All(results, r => Assert.Equal((string?)r!["ruleId"], (string?)rules[(int)r["ruleIndex"]!]!["id"]));
        Assert.All(rules, r => Assert.True(r!["helpUri"] is null || Uri.IsWellFormedUriString((string?)r["helpUri"], UriKind.Absolute)));
        Assert.Equal(ReportExamples.Assessment().Findings.Count + 1, results.Count);
    }

    [Fact]
    public void Source_findings_have_repository_paths_and_page_findings_their_url_and_selector()
    {
        var results = JsonNode.Parse(Render("fixed"))!["runs"]![0]!["results"]!.AsArray();

        var code = results.Single(r => (string?)r!["ruleId"] == "code/analyzers/SS0101")!["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("src/Pages/Apply/Name.cshtml.cs", (string?)code["artifactLocation"]!["uri"]);
        Assert.Equal(42, (int)code["region"]!["startLine"]!);
        var page = results.Single(r => (string?)r!["ruleId"] == "accessibility/axe/image-alt")!;
        Assert.Equal("http://127.0.0.1:5080/start", (string?)page["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        Assert.Equal("img.hero", (string?)page["locations"]![0]!["logicalLocations"]![0]!["fullyQualifiedName"]);
        Assert.Equal(ReportExamples.Assessment().Findings[0].Fingerprint, (string?)page["partialFingerprints"]![SarifReport.FingerprintKey]);
        Assert.Equal("new", (string?)page["baselineState"]);
        Assert.Equal("error", (string?)page["level"]);
    }

    [Fact]
    public void Needs_review_is_a_review_result_and_a_suppressed_finding_carries_its_reason()
    {
        var results = JsonNode.Parse(Render("fixed"))!["runs"]![0]!["results"]!.AsArray();

        var review = results.Single(r => (string?)r!["ruleId"] == "accessibility/axe/color-contrast")!;
        Assert.Equal(("review", "none"), ((string?)review["kind"], (string?)review["level"]));
        var suppressed = results.Single(r => r!["suppressions"] is not null)!["suppressions"]![0]!;
        Assert.Equal("The old site is switched off in May", (string?)suppressed["justification"]);
        Assert.Equal("accepted", (string?)suppressed["status"]);
    }

    [Fact]
    public void A_javascript_url_never_becomes_an_artifact_uri()
    {
        var sarif = Render("hostile");

        Assert.DoesNotContain("\"uri\": \"javascript:", sarif, StringComparison.Ordinal);
        Assert.DoesNotContain("\"helpUri\": \"javascript:", sarif, StringComparison.Ordinal);
    }
}
