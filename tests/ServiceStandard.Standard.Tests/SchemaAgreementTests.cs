using ServiceStandard.Testing;

namespace ServiceStandard.Standard.Tests;

/// <summary>
/// docs/schemas/standard.schema.json (what editors check as a team types) and the loader (what the
/// tool enforces) must agree: every problem the schema can express, it catches at the same place.
/// </summary>
public class SchemaAgreementTests
{
    [Theory]
    [MemberData(nameof(MalformedFixtures.SchemaExpressible), MemberType = typeof(MalformedFixtures))]
    public async Task Schema_catches_the_problem_where_the_loader_does(string file)
    {
        var errors = await JsonSchemaErrors.OfYamlAsync(MalformedFixtures.Read(file), "standard.schema.json");

        var paths = errors.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var missed = MalformedFixtures.Get(file).SchemaPaths!.Where(p => !paths.Contains(p)).ToList();
        Assert.True(missed.Count == 0, $"The schema does not catch the problem at {string.Join(", ", missed)}; it reported: {string.Join("; ", errors)}");
    }

    [Fact]
    public void Every_fixture_either_names_where_the_schema_catches_it_or_why_it_cannot()
    {
        Assert.All(MalformedFixtures.All, f => Assert.True((f.SchemaPaths is { Count: > 0 }) ^ (f.SchemaCannotSee is not null), f.File));
    }
}
