using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ServiceStandard.Configuration;
using ServiceStandard.Testing;

namespace ServiceStandard.Checks.Tests.Configuration;

public class ConfigTemplateTests
{
    private static readonly string SchemaPath = RepositoryPaths.Combine("docs", "schemas", "config.schema.json");

    [Fact]
    public void The_embedded_template_is_the_file_in_the_source_tree()
    {
        var onDisk = File.ReadAllText(RepositoryPaths.Combine("config", "ServiceStandard.Configuration", "servicestandard.template.yml"));

        Assert.Equal(onDisk, ConfigTemplate.Text);
    }

    [Fact]
    public async Task The_public_code_template_is_the_file_in_the_source_tree_valid_and_loads_for_that_standard()
    {
        var onDisk = File.ReadAllText(RepositoryPaths.Combine("config", "ServiceStandard.Configuration", "servicestandard.public-code.template.yml"));
        var result = ConfigLoader.Parse(ConfigTemplate.PublicCodeText, ConfigDefaults.FileName, AppContext.BaseDirectory);

        Assert.Equal(onDisk, ConfigTemplate.PublicCodeText);
        Assert.Empty(await YamlSchemaValidation.ValidateAsync(ConfigTemplate.PublicCodeText, SchemaPath));
        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("public-code", result.Value!.Standard);
        Assert.Equal(["code/public-code"], result.Value.Checks.Enable);
        Assert.Null(result.Value.Target);
        Assert.Same(ConfigTemplate.PublicCodeText, ConfigTemplate.For("public-code"));
        Assert.Same(ConfigTemplate.Text, ConfigTemplate.For("digital-service-standard"));
        Assert.Null(ConfigTemplate.For("no-such-standard"));
    }

    [Fact]
    public void The_template_loads_with_no_diagnostics()
    {
        var result = ConfigLoader.Parse(ConfigTemplate.Text, ConfigDefaults.FileName, AppContext.BaseDirectory);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task The_template_is_valid_against_the_schema()
    {
        Assert.Empty(await YamlSchemaValidation.ValidateAsync(ConfigTemplate.Text, SchemaPath));
    }

    [Fact]
    public void The_template_spells_out_the_defaults()
    {
        var directory = AppContext.BaseDirectory;
        var config = ConfigLoader.Parse(ConfigTemplate.Text, ConfigDefaults.FileName, directory).Value!;
        var defaults = ConfigDefaults.Create(directory);

        Assert.Equal(defaults.Standard, config.Standard);
        Assert.Equal(defaults.Language, config.Language);
        Assert.Equal(defaults.Service.Languages, config.Service.Languages);
        Assert.Equivalent(defaults.DesignSystem, config.DesignSystem, strict: true);
        Assert.Equivalent(defaults.Accessibility, config.Accessibility, strict: true);
        Assert.Equivalent(defaults.Checks, config.Checks, strict: true);
        Assert.Equal(defaults.FailOn, config.FailOn);
        Assert.Equal(defaults.NewOnly, config.NewOnly);
        Assert.Equal(defaults.Baseline, config.Baseline);
        Assert.Equal(defaults.Output.Directory, config.Output.Directory);
        // The template names the default formats; the renderers' registry is what defines them.
        Assert.Equal(ServiceStandard.Reports.ReportRenderers.Defaults, config.Output.Formats.Select(f => f.Name));
        Assert.Equal(defaults.Suppressions, config.Suppressions);
        Assert.Null(config.Source);
        Assert.Equivalent(ConfigDefaults.CreateTarget(config.Target!.BaseUrl), config.Target, strict: true);
    }

    [Fact]
    public async Task The_example_in_the_reference_loads_and_is_valid_against_the_schema()
    {
        var markdown = File.ReadAllText(RepositoryPaths.Combine("docs", "config.md"));
        var example = Regex.Matches(markdown, "```yaml\n(?<yaml>.*?)```", RegexOptions.Singleline)
            .Select(m => m.Groups["yaml"].Value)
            .Single(yaml => yaml.Contains("schemaVersion", StringComparison.Ordinal));
        var directory = Directory.CreateTempSubdirectory("servicestandard-docs-");
        try
        {
            directory.CreateSubdirectory("src");

            var result = ConfigLoader.Parse(example, "config.md", directory.FullName);

            Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
            Assert.Empty(result.Diagnostics);
            Assert.Empty(await YamlSchemaValidation.ValidateAsync(example, SchemaPath));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_template_mentions_every_key_of_the_schema()
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        CollectPropertyNames(JsonNode.Parse(File.ReadAllText(SchemaPath))!, keys);

        var missing = keys.Where(key => !Regex.IsMatch(ConfigTemplate.Text, $@"\b{Regex.Escape(key)}:")).ToList();

        Assert.True(keys.Count > 50, $"only {keys.Count} keys found in the schema");
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_schema_property_is_described_and_every_object_closed()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        var problems = new List<string>();
        Inspect(schema, "#", problems);

        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)schema["$schema"]);
        Assert.Equal("https://servicestandard.dev/schemas/config.schema.json", (string?)schema["$id"]);
        Assert.Empty(problems);
    }

    private static void CollectPropertyNames(JsonNode node, ISet<string> keys)
    {
        if (node is JsonObject obj)
        {
            if (obj["properties"] is JsonObject properties)
            {
                foreach (var (name, _) in properties)
                {
                    keys.Add(name);
                }
            }

            foreach (var (_, child) in obj)
            {
                if (child is not null)
                {
                    CollectPropertyNames(child, keys);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.OfType<JsonNode>())
            {
                CollectPropertyNames(child, keys);
            }
        }
    }

    private static void Inspect(JsonNode node, string path, List<string> problems)
    {
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Inspect(array[i]!, $"{path}/{i}", problems);
            }

            return;
        }

        if (node is not JsonObject obj)
        {
            return;
        }

        if (obj["properties"] is JsonObject properties && (string?)obj["type"] == "object")
        {
            if (obj["additionalProperties"]?.GetValue<bool>() != false)
            {
                problems.Add($"{path} allows additional properties");
            }

            foreach (var (name, property) in properties)
            {
                if (property?["description"] is null)
                {
                    problems.Add($"{path}/properties/{name} has no description");
                }
            }
        }

        foreach (var (name, child) in obj)
        {
            if (child is not null)
            {
                Inspect(child, $"{path}/{name}", problems);
            }
        }
    }
}
