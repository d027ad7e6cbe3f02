using System.Text.Json;
using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.Model.Assessment;

/// <summary>Reads an assessment.json back, for <c>report</c> and <c>judge</c>; a bad file is a located error.</summary>
public static class AssessmentFile
{
    public static LoadResult<AssessmentReport> Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return LoadResult<AssessmentReport>.Failed([Diagnostic.Error(new SourceLocation(path, 1, 1), $"the assessment cannot be read: {ex.Message}")]);
        }

        return Parse(json, path);
    }

    public static LoadResult<AssessmentReport> Parse(string json, string fileName)
    {
        try
        {
            using (var document = JsonDocument.Parse(json))
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("schemaVersion", out var version))
                {
                    return Error(1, 1, "this is not an assessment.json (it has no schemaVersion); give the assessment.json that servicestandard assess wrote");
                }

                if (version.ValueKind != JsonValueKind.Number || version.GetInt32() != AssessmentReport.CurrentSchemaVersion)
                {
                    return Error(1, 1, $"assessment.json schemaVersion {version} is not supported; this version of the tool reads schemaVersion {AssessmentReport.CurrentSchemaVersion}");
                }
            }

            var report = JsonSerializer.Deserialize<AssessmentReport>(json, AssessmentJson.Options)!;
            return new LoadResult<AssessmentReport>(report, []);
        }
        catch (JsonException ex)
        {
            var what = ex.Path is { Length: > 1 } at ? $" at {at}" : string.Empty;
            return Error((int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, $"the assessment cannot be read{what}: {ex.Message.Split(". ")[0].TrimEnd('.')}");
        }

        LoadResult<AssessmentReport> Error(int line, int column, string message) =>
            LoadResult<AssessmentReport>.Failed([Diagnostic.Error(new SourceLocation(fileName, line, column), message)]);
    }
}
