using NJsonSchema.Validation;
using ServiceStandard.Checks.Tests.Accessibility;
using ServiceStandard.Testing;

namespace ServiceStandard.Checks.Tests.Schemas;

/// <summary>checks.yml validates against docs/schemas/checks.schema.json, which catches what an editor can.</summary>
public class CheckCatalogSchemaTests
{
    private const string SchemaFile = "checks.schema.json";

    private static string Catalog => File.ReadAllText(TestCatalog.FilePath);

    [Fact]
    public async Task The_shipped_catalogue_is_valid()
    {
        var errors = await JsonSchemaErrors.OfYamlAsync(Catalog, SchemaFile);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [InlineData("        severity: critical\n", "        severity: blocker\n", "#/checks[1].rules[0].severity", ValidationErrorKind.NotInEnumeration)]
    [InlineData("        severity: critical\n", "        severity: critical\n        owner: a11y-team\n", "#/checks[1].rules[0].owner", ValidationErrorKind.NoAdditionalPropertiesAllowed)]
    [InlineData("actIds: [80af7b, a1b64e, ebe86a]", "actIds: [80af7b, a1b6, ebe86a]", "#/checks[1].rules[0].actIds[1]", ValidationErrorKind.PatternMismatch)]
    [InlineData("wcag: [\"2.1.2\"]", "wcag: [\"2.1\"]", "#/checks[1].rules[0].wcag[0]", ValidationErrorKind.PatternMismatch)]
    [InlineData("  - id: accessibility/keyboard\n", "  - id: Accessibility/Keyboard\n", "#/checks[1].id", ValidationErrorKind.PatternMismatch)]
    [InlineData("schemaVersion: 1", "schemaVersion: 2", "#/schemaVersion", ValidationErrorKind.NotInEnumeration)]
    public async Task A_broken_catalogue_is_invalid(string find, string replace, string path, ValidationErrorKind kind)
    {
        var text = Catalog;
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, $"checks.yml no longer contains {find}; update the test");
        var broken = string.Concat(text.AsSpan(0, index), replace, text.AsSpan(index + find.Length));

        var errors = await JsonSchemaErrors.OfYamlAsync(broken, SchemaFile);

        Assert.True(errors.Contains((path, kind)), $"expected {kind} at {path}; got: {string.Join("; ", errors)}");
    }
}
