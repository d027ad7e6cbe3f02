using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ServiceStandard.Testing;

/// <summary>
/// Every error one of the repository's JSON Schemas (docs/schemas) reports for a document, as
/// (path, kind), including those NJsonSchema nests inside array items and oneOf branches
/// (it reports them only as ArrayItemNotValid / NotOneOf at the top), so a test can ask whether
/// the schema saw a problem at a given place.
/// </summary>
public static class JsonSchemaErrors
{
    public static string SchemaPath(string schemaFile) => RepositoryPaths.Combine("docs", "schemas", schemaFile);

    /// <summary>The errors of a YAML document, read as an editor using the schema reads it.</summary>
    public static Task<IReadOnlyList<(string Path, ValidationErrorKind Kind)>> OfYamlAsync(string yamlText, string schemaFile) =>
        OfAsync(YamlSchemaValidation.ToJson(yamlText), schemaFile);

    /// <summary>The errors of a JSON document.</summary>
    public static Task<IReadOnlyList<(string Path, ValidationErrorKind Kind)>> OfJsonAsync(string json, string schemaFile) =>
        OfAsync(JsonNode.Parse(json) ?? throw new ArgumentException("the JSON document is null", nameof(json)), schemaFile);

    /// <summary>The errors, nested ones included, each as its path and kind.</summary>
    public static IReadOnlyList<(string Path, ValidationErrorKind Kind)> Flatten(IEnumerable<ValidationError> errors)
    {
        var flat = new List<(string, ValidationErrorKind)>();
        foreach (var error in errors)
        {
            Flatten(error, flat);
        }

        return flat;
    }

    private static async Task<IReadOnlyList<(string Path, ValidationErrorKind Kind)>> OfAsync(JsonNode document, string schemaFile)
    {
        var schemaPath = SchemaPath(schemaFile);
        var schema = await JsonSchema.FromFileAsync(schemaPath);
        var errors = new List<(string, ValidationErrorKind)>(Flatten(schema.Validate(document.ToJsonString())));
        errors.AddRange(TopLevelConstErrors(JsonNode.Parse(await File.ReadAllTextAsync(schemaPath))!, document));
        return errors;
    }

    /// <summary>
    /// NJsonSchema 11 does not enforce <c>const</c> (editors using the schema do), so a top-level
    /// property's <c>const</c> is checked here. Using <c>enum: [value]</c> in the schema makes
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
