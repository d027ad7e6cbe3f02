using System.Text.RegularExpressions;
using ServiceStandard.Testing;

namespace ServiceStandard.Standard.Tests;

/// <summary>The example in docs/writing-a-standard.md is a standard that loads cleanly and matches the schema.</summary>
public partial class DocumentationExampleTests
{
    [Fact]
    public async Task The_complete_example_is_valid()
    {
        var markdown = await File.ReadAllTextAsync(RepositoryPaths.Combine("docs", "writing-a-standard.md"));
        var example = ExampleBlock().Match(markdown);
        Assert.True(example.Success, "docs/writing-a-standard.md has no complete example");
        var yaml = example.Groups["yaml"].Value;

        var result = StandardLoader.Parse(yaml, "example.yml");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Value!.Criteria.Count);
        Assert.Empty(await YamlSchemaValidation.ValidateAsync(yaml, RepositoryPaths.Combine("docs", "schemas", "standard.schema.json")));
    }

    [GeneratedRegex("## A complete small example\\s+```yaml\\n(?<yaml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
