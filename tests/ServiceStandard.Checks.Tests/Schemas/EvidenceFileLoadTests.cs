using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Tests.Schemas;

/// <summary>Bad evidence.json files the property tests of issue 14 found crashing the reader (exit 3); each is now a located error.</summary>
public sealed class EvidenceFileLoadTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("servicestandard-evidence-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Theory]
    [InlineData("{ \"schemaVersion\": 1.5, \"pages\": [] }", 1, "schemaVersion 1.5 is not supported")]
    [InlineData("{ \"schemaVersion\": 1e99, \"pages\": [] }", 1, "is not supported")]
    [InlineData("{ \"schemaVersion\": 1, \"pages\": null }", 1, "has no list of pages")]
    [InlineData("{ \"schemaVersion\": 1, \"pages\": [null] }", 1, "has no list of pages, or an empty entry")]
    [InlineData("{ \"schemaVersion\": 1,\n  \"pages\": [ { \"requestedUrl\": \"/\", \"origin\": { } } ] }", 2, "cannot be read")]
    public void A_malformed_evidence_file_is_a_located_error(string json, int line, string words)
    {
        var path = Path.Combine(_directory.FullName, "evidence.json");
        File.WriteAllText(path, json);

        var result = EvidenceFile.Load(path);

        Assert.Null(result.Value);
        var error = Assert.Single(result.Errors);
        Assert.Equal((path, line), (error.Location.File, error.Location.Line));
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }
}
