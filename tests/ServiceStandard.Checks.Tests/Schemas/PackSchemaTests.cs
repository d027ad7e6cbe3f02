using ServiceStandard.Testing;

namespace ServiceStandard.Checks.Tests.Schemas;

/// <summary>pack.yml is a public format (a team can point designSystem.pack at its own): the shipped packs follow its schema.</summary>
public class PackSchemaTests
{
    private static readonly string Schema = RepositoryPaths.Combine("docs", "schemas", "pack.schema.json");

    [Theory]
    [InlineData("designsystem/pack.yml")]
    [InlineData("designsystem/contracts/govuk-frontend/pack.yml")]
    [InlineData("designsystem/contracts/nhsuk-frontend/pack.yml")]
    public async Task Shipped_packs_validate(string path)
    {
        var errors = await YamlSchemaValidation.ValidateAsync(File.ReadAllText(RepositoryPaths.Combine(path.Split('/'))), Schema);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_pack_with_an_unknown_key_or_no_prefix_is_rejected()
    {
        var errors = await YamlSchemaValidation.ValidateAsync("schemaVersion: 1\nid: mine\ncomponents: .\nprefx: my-\n", Schema);

        Assert.NotEmpty(errors);
    }
}
