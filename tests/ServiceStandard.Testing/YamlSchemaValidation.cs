using System.Globalization;
using System.Text.Json.Nodes;
using NJsonSchema;
using YamlDotNet.RepresentationModel;

namespace ServiceStandard.Testing;

/// <summary>Validates a YAML file against one of the repository's JSON Schemas, as an editor would.</summary>
public static class YamlSchemaValidation
{
    public static async Task<IReadOnlyList<string>> ValidateAsync(string yamlText, string schemaPath)
    {
        var schema = await JsonSchema.FromFileAsync(schemaPath);
        var json = ToJson(yamlText).ToJsonString();
        return [.. schema.Validate(json).Select(e => $"{e.Path}: {e.Kind} (line {e.LineNumber})")];
    }

    public static JsonNode ToJson(string yamlText)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yamlText));
        return Convert(stream.Documents[0].RootNode) ?? throw new InvalidOperationException("empty YAML");
    }

    // YAML 1.2 core schema scalars: plain true/false/null/numbers are typed, quoted ones are strings.
    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(Convert)]),
        YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.Plain } s => JsonValue.Create(s.Value),
        YamlScalarNode s => Scalar(s.Value),
        _ => null,
    };

    private static JsonNode? Scalar(string? value)
    {
        if (value is null or "" or "~" or "null")
        {
            return null;
        }

        if (value is "true" or "false")
        {
            return JsonValue.Create(value == "true");
        }

        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && value.Contains('.') && !value.EndsWith('.'))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(value);
    }
}
