using ServiceStandard.DesignSystem.Components;
using ServiceStandard.DesignSystem.Engine;
using ServiceStandard.Testing;

namespace ServiceStandard.DesignSystem.Tests;

/// <summary>The shipped components (designsystem/components), loaded once for every test.</summary>
public static class DesignSystemFiles
{
    private static readonly Lazy<ComponentLibrary> Shipped = new(() =>
    {
        var result = ComponentLibrary.Load(ComponentsDirectory);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the shipped components do not load:\n" + string.Join('\n', result.Diagnostics));
        }

        return result.Value!;
    });

    private static readonly Lazy<ContractEngine> ShippedEngine = new(() => Library.CreateEngine());

    public static string ComponentsDirectory => RepositoryPaths.Combine("designsystem", "components");

    public static ComponentLibrary Library => Shipped.Value;

    public static ContractEngine Engine => ShippedEngine.Value;

    public static IEnumerable<string> ComponentIds() =>
        Directory.EnumerateDirectories(ComponentsDirectory)
            .Where(d => File.Exists(Path.Combine(d, ComponentLoader.FileName)))
            .Select(d => Path.GetFileName(d)!)
            .Order(StringComparer.Ordinal);

    /// <summary>Every example as (component id, example id).</summary>
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var component in Library.Components)
        {
            foreach (var example in component.Examples)
            {
                data.Add(component.Id, example.Id);
            }
        }

        return data;
    }

    /// <summary>Every negative fixture as (component id, file name).</summary>
    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var (component, file) in FixtureFiles())
        {
            data.Add(component, Path.GetFileName(file));
        }

        return data;
    }

    public static IEnumerable<(string Component, string Path)> FixtureFiles() =>
        ComponentIds().SelectMany(id =>
        {
            var directory = Path.Combine(ComponentsDirectory, id, "fixtures");
            return Directory.Exists(directory)
                ? Directory.EnumerateFiles(directory, "bad-*.html").Order(StringComparer.Ordinal).Select(f => (id, f))
                : [];
        });

    public static string ExampleHtml(string componentId, string exampleId)
    {
        var component = Library.Find(componentId)!;
        return File.ReadAllText(component.ExamplePath(component.Examples.Single(e => e.Id == exampleId)));
    }
}
