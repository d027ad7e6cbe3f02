using System.Text.Json;
using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.Model.Assessment;

/// <summary>
/// Reads back a JSON file the tool wrote under a <c>schemaVersion</c> (assessment.json,
/// evidence.json): a file that cannot be read, is not one, or is of another version is a located error.
/// </summary>
internal static class VersionedJsonFile
{
    public static LoadResult<T> Load<T>(string path, string name, int version, string writer = "servicestandard assess")
        where T : class
    {
        string json;
        try
        {
            json = ServiceStandard.Kernel.Files.InputFile.ReadText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return LoadResult<T>.Failed([Diagnostic.Error(new SourceLocation(path, 1, 1), $"the {Noun(name)} cannot be read: {ex.Message}")]);
        }

        return Parse<T>(json, path, name, version, writer);
    }

    public static LoadResult<T> Parse<T>(string json, string fileName, string name, int supported, string writer = "servicestandard assess")
        where T : class
    {
        try
        {
            using (var document = JsonDocument.Parse(json))
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("schemaVersion", out var version))
                {
                    return Error(1, 1, $"this is not {("aeiou".Contains(name[0], StringComparison.Ordinal) ? "an" : "a")} {name} (it has no schemaVersion); give the {name} that {writer} wrote");
                }

                if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != supported)
                {
                    return Error(1, 1, $"{name} schemaVersion {version} is not supported; this version of the tool reads schemaVersion {supported}");
                }
            }

            return new LoadResult<T>(JsonSerializer.Deserialize<T>(json, AssessmentJson.Options)!, []);
        }
        catch (Exception ex) when (JsonReadFailure.From(ex) is { } failure)
        {
            var what = failure.JsonPath is { Length: > 1 } at ? $" at {at}" : string.Empty;
            return Error(failure.Line, failure.Column, $"the {Noun(name)} cannot be read{what}: {failure.Message}");
        }

        LoadResult<T> Error(int line, int column, string message) =>
            LoadResult<T>.Failed([Diagnostic.Error(new SourceLocation(fileName, line, column), message)]);
    }

    /// <summary>assessment.json → "assessment", evidence.json → "evidence".</summary>
    private static string Noun(string name) => Path.GetFileNameWithoutExtension(name);
}
