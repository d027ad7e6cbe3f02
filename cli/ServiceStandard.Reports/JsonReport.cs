using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Reports;

/// <summary>assessment.json: the assessment itself (docs/schemas/assessment.schema.json), every other report's source.</summary>
public sealed class JsonReport : IReportRenderer
{
    public ReportFormat Format => ReportFormat.Json;

    public string FileName => "assessment.json";

    public string Render(ReportInput input) => AssessmentJson.Serialize(input.Assessment) + "\n";
}
