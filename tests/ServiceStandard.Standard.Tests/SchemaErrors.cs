using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;
using ServiceStandard.Testing;

namespace ServiceStandard.Standard.Tests;

/// <summary>
/// Every schema error of a YAML file as "path: kind", including those nested inside array items
/// and oneOf branches, so a test can ask whether the schema saw a problem at a given place.
/// </summary>
public static class SchemaErrors
{
    public static async Task<IReadOnlyList<(string Path, ValidationErrorKind Kind)>> OfAsync(string yamlText, string schemaFile)
    {
        var schemaPath = RepositoryPaths.Combine("docs", "schemas", schemaFile);
        var schema = await JsonSchema.FromFileAsync(schemaPath);
        var document = YamlSchemaValidation.ToJson(yamlText);
        var errors = new List<(string, ValidationErrorKind)>();
        foreach (var error in schema.Validate(document.ToJsonString()))
        {
            Flatten(error, errors);
        }

        errors.AddRange(TopLevelConstErrors(JsonNode.Parse(await File.ReadAllTextAsync(schemaPath))!, document));
        return errors;
    }

    /// <summary>
    /// NJsonSchema 11 does not enforce <c>const</c> (editors using the schema do), so a top-level
    /// property's <c>const</c> is checked here. Using <c>enum: [value]</c> in the schema would make
    /// this unnecessary.
    /// </summary>
    private static IEnumerable<(string, ValidationErrorKind)> TopLevelConstErrors(JsonNode schema, JsonNode document)
    {
        if (schema["properties"] is not JsonObject properties || document is not JsonObject values)
        {
            yield break;
        }

        foreach (var (name, definition) in properties)
        {
            if (definition?["const"] is { } constant && values.TryGetPropertyValue(name, out var value) && !JsonNode.DeepEquals(constant, value))
            {
                yield return ($"#/{name}", ValidationErrorKind.NotInEnumeration);
            }
        }
    }

    private static void Flatten(ValidationError error, List<(string, ValidationErrorKind)> into)
    {
        into.Add((error.Path ?? "#", error.Kind));
        if (error is ChildSchemaValidationError child)
        {
            foreach (var nested in child.Errors.Values.SelectMany(e => e))
            {
                Flatten(nested, into);
            }
        }
    }
}
