using System.Text.Json.Nodes;
using NJsonSchema;
using ServiceStandard.Testing;

namespace ServiceStandard.Checks.Tests.Schemas;

/// <summary>
/// The published schemas of the formats this project owns follow the same conventions: draft-07,
/// an $id under servicestandard.dev, a description on every property and closed objects (except
/// the parts of evidence.json copied from axe-core, which grows).
/// </summary>
public class SchemaConventionTests
{
    public static TheoryData<string> Schemas => new() { "assessment.schema.json", "evidence.schema.json", "checks.schema.json", "judgements.schema.json", "plan.schema.json" };

    private static readonly HashSet<string> OpenObjects = new(StringComparer.Ordinal)
    {
        "evidence.schema.json#/definitions/axeRun",
        "evidence.schema.json#/definitions/axeRuleResult",
        "evidence.schema.json#/definitions/axeNode",
    };

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Is_a_draft_07_schema_with_its_published_id(string file)
    {
        var schema = Read(file);

        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)schema["$schema"]);
        Assert.Equal($"https://servicestandard.dev/schemas/{file}", (string?)schema["$id"]);
        Assert.NotNull(await JsonSchema.FromFileAsync(JsonSchemaErrors.SchemaPath(file)));
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Every_property_and_definition_has_a_description(string file)
    {
        var missing = new List<string>();
        Walk(Read(file), "#", (node, path) =>
        {
            foreach (var group in new[] { "properties", "definitions" })
            {
                if (node[group] is JsonObject members)
                {
                    missing.AddRange(members.Where(m => m.Value?["description"] is null).Select(m => $"{path}/{group}/{m.Key}"));
                }
            }
        });

        Assert.True(missing.Count == 0, "no description: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Every_object_with_properties_is_closed(string file)
    {
        var open = new List<string>();
        Walk(Read(file), "#", (node, path) =>
        {
            if (node["properties"] is JsonObject && !OpenObjects.Contains(file + path) && node["additionalProperties"]?.GetValue<bool>() != false)
            {
                open.Add(path);
            }
        });

        Assert.True(open.Count == 0, "additionalProperties is not false at: " + string.Join(", ", open));
    }

    private static JsonObject Read(string file) => JsonNode.Parse(File.ReadAllText(JsonSchemaErrors.SchemaPath(file)))!.AsObject();

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
