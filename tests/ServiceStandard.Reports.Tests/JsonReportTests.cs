using ServiceStandard.Testing;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Reports.Tests;

public class JsonReportTests
{
    [Theory]
    [InlineData("fixed")]
    [InlineData("hostile")]
    public async Task The_json_report_is_the_assessment_and_validates_against_its_schema(string which)
    {
        var report = which == "fixed" ? ReportExamples.Assessment() : ReportExamples.Hostile();
        var json = new JsonReport().Render(ReportExamples.Input(report));

        var errors = await JsonSchemaErrors.OfJsonAsync(json, "assessment.schema.json");

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Equal(AssessmentJson.Serialize(report) + "\n", json);
        Assert.Equal(json, AssessmentJson.Serialize(AssessmentJson.Deserialize<AssessmentReport>(json)) + "\n");
    }
}
