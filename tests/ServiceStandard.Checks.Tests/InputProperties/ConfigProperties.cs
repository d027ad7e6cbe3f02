using ServiceStandard.Configuration;
using ServiceStandard.Testing;
using ServiceStandard.Testing.Properties;

namespace ServiceStandard.Checks.Tests.InputProperties;

/// <summary>servicestandard.yml: any text gives a config or located errors; nothing throws, nothing hangs.</summary>
public sealed class ConfigProperties
{
    private static readonly string[] Valid =
    [
        .. new[] { "servicestandard.good.yml", "servicestandard.bad.yml" }.Select(f => File.ReadAllText(RepositoryPaths.Combine("tests", "SampleService", f))),
        File.ReadAllText(RepositoryPaths.Combine("config", "ServiceStandard.Configuration", "servicestandard.template.yml")),
        .. new[] { "journeys.yml", "step-kinds.yml", "suppressions.yml", "limits.yml" }.Select(f => File.ReadAllText(RepositoryPaths.Combine("tests", "ServiceStandard.Checks.Tests", "Configuration", "Fixtures", f))),
    ];

    [Fact(Timeout = 300_000)]
    public Task Any_config_text_gives_a_config_or_located_errors() => Task.Run(() =>
        PropertyRun.Holds(InputMutations.NearValid(Valid), text =>
            LocatedOutcome.Holds(ConfigLoader.Parse(text, "servicestandard.yml", Path.GetTempPath()), "servicestandard.yml", text), count: 300, InputMutations.Print));
}
