using System.Text.Json.Nodes;
using NJsonSchema;
using ServiceStandard.Testing;

namespace ServiceStandard.DesignSystem.Tests;

/// <summary>component.schema.json follows the conventions of the project's other published schemas.</summary>
public class SchemaConventionTests
{
    private const string File = "component.schema.json";

    [Fact]
    public async Task Is_a_draft_07_schema_with_its_published_id()
    {
        var schema = Read();

        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)schema["$schema"]);
        Assert.Equal($"https://servicestandard.dev/schemas/{File}", (string?)schema["$id"]);
        Assert.NotNull(await JsonSchema.FromFileAsync(JsonSchemaErrors.SchemaPath(File)));
    }

    [Fact]
    public void Every_property_and_definition_has_a_description_and_objects_are_closed()
    {
        var missing = new List<string>();
        var open = new List<string>();
        Walk(Read(), "#", (node, path) =>
        {
            foreach (var group in new[] { "properties", "definitions" })
            {
                if (node[group] is JsonObject members)
                {
                    missing.AddRange(members.Where(m => m.Value?["description"] is null).Select(m => $"{path}/{group}/{m.Key}"));
                }
            }

            if (node["properties"] is JsonObject && node["additionalProperties"]?.GetValue<bool>() != false)
            {
                open.Add(path);
            }
        });

        Assert.True(missing.Count == 0, "no description: " + string.Join(", ", missing));
        Assert.True(open.Count == 0, "additionalProperties is not false at: " + string.Join(", ", open));
    }

    [Fact]
    public void The_schema_and_the_loader_know_the_same_keys()
    {
        var rule = Read()["definitions"]!["rule"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        var contract = Read()["definitions"]!["contract"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);

        Assert.Equal(Contracts.ContractReader.RuleKeys.Concat(Contracts.ContractReader.AssertionKeys).Order(StringComparer.Ordinal), rule);
        Assert.Equal(Contracts.ContractReader.ContractKeys.Order(StringComparer.Ordinal), contract);
    }

    [Theory]
    [InlineData("misspelled-key.yml", "mesage")]
    [InlineData("two-assertions.yml", "rules[0]")]
    [InlineData("unknown-severity-and-criterion.yml", "severity")]
    public async Task The_schema_also_rejects_broken_contracts(string file, string where)
    {
        var text = await System.IO.File.ReadAllTextAsync(RepositoryPaths.Combine("tests", "ServiceStandard.DesignSystem.Tests", "Malformed", file));

        var errors = await JsonSchemaErrors.OfYamlAsync(text, File);

        Assert.Contains(errors, e => e.Path.Contains(where, StringComparison.Ordinal));
    }

    private static JsonObject Read() => JsonNode.Parse(System.IO.File.ReadAllText(JsonSchemaErrors.SchemaPath(File)))!.AsObject();

    private static void Walk(JsonNode? node, string path, Action<JsonObject, string> visit)
    {
        switch (node)
        {
            case JsonObject obj:
                visit(obj, path);
                foreach (var (key, child) in obj)
                {
                    Walk(child, $"{path}/{key}", visit);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}/{i}", visit);
                }

                break;
        }
    }
}
