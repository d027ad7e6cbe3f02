using ServiceStandard.Kernel;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Reports;

/// <summary>assessment.json: the assessment itself (docs/schemas/assessment.schema.json), every other report's source.</summary>
public sealed class JsonReport : IReportRenderer
{
    public string Name => "json";

    public LocalizedText Description { get; } = LocalizedText.Bilingual("assessment.json, the whole assessment as data (always written)", "assessment.json, toda la evaluación como datos (siempre se escribe)");

    public string FileName => "assessment.json";

    public string Render(ReportInput input) => AssessmentJson.Serialize(input.Assessment) + "\n";
}
