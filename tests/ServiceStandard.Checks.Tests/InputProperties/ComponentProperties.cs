using ServiceStandard.DesignSystem.Components;
using ServiceStandard.Testing;
using ServiceStandard.Testing.Properties;

namespace ServiceStandard.Checks.Tests.InputProperties;

/// <summary>component.yml (guidance, examples and the contract language): any text gives a component or located errors.</summary>
public sealed class ComponentProperties
{
    private static readonly string[] Valid = [.. Directory.GetFiles(RepositoryPaths.Combine("designsystem", "components"), ComponentLoader.FileName, SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)];

    [Fact(Timeout = 300_000)]
    public Task Any_component_text_gives_a_component_or_located_errors() => Task.Run(() =>
        PropertyRun.Holds(InputMutations.NearValid(Valid), text =>
            LocatedOutcome.Holds(ComponentLoader.Parse(text, "component.yml"), "component.yml", text), count: 300, InputMutations.Print));
}
