using ServiceStandard.Index.Method;
using ServiceStandard.Testing;

namespace ServiceStandard.Index.Tests;

/// <summary>index-method.yml: the shipped file is valid against its schema and loads; a bad one is a located error.</summary>
public sealed class MethodFileTests
{
    public static string ShippedPath => RepositoryPaths.Combine("index", "ServiceStandard.Index", "Method", "index-method.yml");

    [Fact]
    public async Task The_shipped_method_is_valid_against_its_schema()
    {
        var errors = await JsonSchemaErrors.OfYamlAsync(await File.ReadAllTextAsync(ShippedPath), "index-method.schema.json");

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task The_schema_refuses_a_weight_that_is_not_a_number_and_a_scored_not_assessed()
    {
        var text = (await File.ReadAllTextAsync(ShippedPath))
            .Replace("accessibility: 2", "accessibility: heavy", StringComparison.Ordinal)
            .Replace("not-assessed: excluded", "not-assessed: 0", StringComparison.Ordinal);

        var errors = await JsonSchemaErrors.OfYamlAsync(text, "index-method.schema.json");

        Assert.Contains(errors, e => e.Path.Contains("accessibility", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path.Contains("not-assessed", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_method_loads_with_its_texts_in_english_and_spanish()
    {
        var method = IndexMethodFile.Shipped();

        Assert.Equal("1.0.0", method.Version);
        Assert.True(method.Title.Has("en") && method.Title.Has("es") && method.Summary.Has("es"));
        Assert.Equal(2, method.WeightOf("DSS-05", ["accessibility"]));
        Assert.Equal(1, method.WeightOf("DSS-01", ["user-research"]));
        Assert.Equal(0.5, method.Outcomes.NeedsReview);
    }

    [Fact]
    public void A_weight_that_is_not_a_number_is_an_error_at_its_line_and_column()
    {
        var text = File.ReadAllText(ShippedPath).Replace("accessibility: 2", "accessibility: heavy", StringComparison.Ordinal);
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("accessibility: heavy", StringComparison.Ordinal)) + 1;

        var result = IndexMethodFile.Parse(text, "index-method.yml");

        var error = Assert.Single(result.Errors);
        Assert.Equal($"index-method.yml:{line}:20: error: the weight of 'accessibility' in 'evidenceTags' in 'weights' must be a number, found the value 'heavy'", error.ToString());
    }

    [Theory]
    [InlineData("not-assessed: excluded", "not-assessed: 0", "'not-assessed' in 'outcomes' must be 'excluded'")]
    [InlineData("share: 0.25", "share: \"0.25\"", "'share' in 'findings' must be a number, not quoted text")]
    [InlineData("minimumCoverage: 0.5", "minimumCoverage: 1.5", "'minimumCoverage' in the index method must be from 0 to 1")]
    [InlineData("decimals: 1", "decimal: 1", "unknown key 'decimal' in the index method; did you mean 'decimals'?")]
    public void Each_mistake_is_named_where_it_is(string shipped, string mistake, string message)
    {
        var text = File.ReadAllText(ShippedPath).Replace(shipped, mistake, StringComparison.Ordinal);

        var result = IndexMethodFile.Parse(text, "index-method.yml");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Message.StartsWith(message, StringComparison.Ordinal) && e.Location.Line > 1);
    }
}
