using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.Model.Assessment;

/// <summary>Reads an assessment.json back, for <c>report</c> and <c>judge</c>; a bad file is a located error.</summary>
public static class AssessmentFile
{
    public static LoadResult<AssessmentReport> Load(string path) =>
        VersionedJsonFile.Load<AssessmentReport>(path, "assessment.json", AssessmentReport.CurrentSchemaVersion);

    public static LoadResult<AssessmentReport> Parse(string json, string fileName) =>
        VersionedJsonFile.Parse<AssessmentReport>(json, fileName, "assessment.json", AssessmentReport.CurrentSchemaVersion);
}
