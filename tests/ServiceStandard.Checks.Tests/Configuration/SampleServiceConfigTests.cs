using ServiceStandard.Configuration;
using ServiceStandard.Testing;

namespace ServiceStandard.Checks.Tests.Configuration;

/// <summary>The sample service's own configs (servicestandard.good.yml, servicestandard.bad.yml, ...) are kept loadable and schema-valid.</summary>
public class SampleServiceConfigTests
{
    public static TheoryData<string> SampleConfigs()
    {
        var root = RepositoryPaths.Combine("tests", "SampleService");
        var files = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "servicestandard*.yml", SearchOption.AllDirectories)
                .Where(f => !IsBuildOutput(Path.GetRelativePath(root, f)))
                .Select(f => Path.GetRelativePath(root, f))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

        // Fail loudly rather than pass vacuously when the sample configs go missing.
        return files.Count > 0 ? [.. files] : ["(no servicestandard*.yml under tests/SampleService)"];
    }

    [Theory]
    [MemberData(nameof(SampleConfigs))]
    public async Task Loads_without_errors_and_is_valid_against_the_schema(string relativePath)
    {
        var path = RepositoryPaths.Combine("tests", "SampleService", relativePath);
        Assert.True(File.Exists(path), $"expected the sample service's configs (servicestandard*.yml) in tests/SampleService; found {relativePath}");

        var result = ConfigLoader.LoadFile(path);
        var schemaErrors = await YamlSchemaValidation.ValidateAsync(File.ReadAllText(path), RepositoryPaths.Combine("docs", "schemas", "config.schema.json"));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(schemaErrors);
    }

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");
}
