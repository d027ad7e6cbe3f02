using ServiceStandard.Standard;
using ServiceStandard.Testing;
using ServiceStandard.Testing.Properties;

namespace ServiceStandard.Checks.Tests.InputProperties;

/// <summary>A standard's YAML: any text gives a standard or located errors.</summary>
public sealed class StandardProperties
{
    private static readonly string[] Valid =
    [
        File.ReadAllText(RepositoryPaths.Combine("standard", "standards", "digital-service-standard.yml")),
        .. new[] { "several-errors.yml", "unknown-language.yml", "duplicate-slug.yml" }.Select(f => File.ReadAllText(RepositoryPaths.Combine("tests", "ServiceStandard.Standard.Tests", "Fixtures", f))),
    ];

    [Fact(Timeout = 300_000)]
    public Task Any_standard_text_gives_a_standard_or_located_errors() => Task.Run(() =>
        PropertyRun.Holds(InputMutations.NearValid(Valid), text =>
            LocatedOutcome.Holds(StandardLoader.Parse(text, "standard.yml"), "standard.yml", text), count: 150, InputMutations.Print));
}
