namespace ServiceStandard.DesignSystem.Tests;

/// <summary>
/// Negative fixtures (components/&lt;id&gt;/fixtures/bad-*.html): each declares, in its first
/// comment, exactly the rules it breaks; the engine must report those and no others. Every rule
/// of every contract is broken by at least one fixture.
/// </summary>
public class FixtureTests
{
    public static TheoryData<string, string> Fixtures() => DesignSystemFiles.Fixtures();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_breaks_exactly_the_rules_it_declares(string component, string file)
    {
        var html = File.ReadAllText(Path.Combine(DesignSystemFiles.ComponentsDirectory, component, "fixtures", file));
        var expected = ExamplePage.ExpectedRules(html);
        Assert.True(expected.Count > 0, $"{file} declares no rules: start it with <!-- expect: {component}/rule-id -->");

        var evaluation = DesignSystemFiles.Engine.Evaluate(ExamplePage.Wrap(html, $"{component}: {file}"));
        var actual = evaluation.Violations.Select(v => v.RuleId).ToHashSet(StringComparer.Ordinal);

        Assert.True(
            expected.SetEquals(actual),
            $"expected {string.Join(", ", expected.Order())}; found:\n{string.Join('\n', evaluation.Violations)}");
    }

    [Fact]
    public void Every_rule_has_a_negative_fixture()
    {
        var covered = DesignSystemFiles.FixtureFiles()
            .SelectMany(f => ExamplePage.ExpectedRules(File.ReadAllText(f.Path)))
            .ToHashSet(StringComparer.Ordinal);

        var uncovered = DesignSystemFiles.Library.Contracts
            .SelectMany(c => c.Rules)
            .Select(r => r.QualifiedId)
            .Where(id => !covered.Contains(id))
            .ToList();

        Assert.True(uncovered.Count == 0, "rules no fixture breaks: " + string.Join(", ", uncovered));
    }

    [Fact]
    public void Every_declared_rule_exists()
    {
        var rules = DesignSystemFiles.Library.Contracts.SelectMany(c => c.Rules).Select(r => r.QualifiedId).ToHashSet(StringComparer.Ordinal);

        var unknown = DesignSystemFiles.FixtureFiles()
            .SelectMany(f => ExamplePage.ExpectedRules(File.ReadAllText(f.Path)).Select(r => (File: Path.GetFileName(f.Path), Rule: r)))
            .Where(x => !rules.Contains(x.Rule))
            .ToList();

        Assert.True(unknown.Count == 0, "fixtures expect rules that do not exist: " + string.Join(", ", unknown));
    }
}
