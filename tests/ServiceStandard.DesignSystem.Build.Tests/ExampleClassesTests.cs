using System.Text.RegularExpressions;

namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>
/// The component examples (designsystem/components/*/examples/*.html, written with GOV.UK
/// Frontend's structure and the ds- prefix) use only classes that ds.css styles or documents in a
/// component's comment (a few are structure only, as in GOV.UK Frontend: ds-table__head), so an
/// example never relies on a class nobody defined.
/// </summary>
public sealed partial class ExampleClassesTests(ShippedBuild build) : IClassFixture<ShippedBuild>
{
    // Hooks for JavaScript, not styles: ds-js-* marks what a script finds.
    private static bool IsScriptHook(string name) => name.StartsWith("ds-js-", StringComparison.Ordinal);

    [Fact]
    public void Every_ds_class_in_the_component_examples_is_known_to_ds_css()
    {
        var styled = KnownClass().Matches(build["ds.css"]).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        var examples = Directory.Exists(DesignSystemPaths.Components)
            ? Directory.GetFiles(DesignSystemPaths.Components, "*.html", SearchOption.AllDirectories)
                .Where(f => f.Split(Path.DirectorySeparatorChar).Contains("examples"))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

        var missing = examples
            .SelectMany(file => ClassAttribute().Matches(File.ReadAllText(file))
                .SelectMany(m => m.Groups["value"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(name => name.StartsWith("ds-", StringComparison.Ordinal) && !IsScriptHook(name) && !styled.Contains(name))
                .Select(name => $"{name} ({Path.GetRelativePath(DesignSystemPaths.Root, file)})"))
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, "Classes used by examples but neither styled nor documented by ds.css:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_test_pages_of_this_project_use_only_known_classes()
    {
        var styled = KnownClass().Matches(build["ds.css"]).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        var used = Directory.GetFiles(DesignSystemPaths.Pages, "*.html")
            .SelectMany(file => ClassAttribute().Matches(File.ReadAllText(file)))
            .SelectMany(m => m.Groups["value"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(name => name.StartsWith("ds-", StringComparison.Ordinal) && !IsScriptHook(name))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(used.Where(name => !styled.Contains(name)).Order(StringComparer.Ordinal));
    }

    // A class in a selector (.ds-x) or named in a comment; not the ds- inside --ds- custom properties.
    [GeneratedRegex(@"(?<![A-Za-z0-9_-])(?<name>ds-[A-Za-z0-9_-]*[A-Za-z0-9])")]
    private static partial Regex KnownClass();

    [GeneratedRegex("""class\s*=\s*"(?<value>[^"]*)"|class\s*=\s*'(?<value>[^']*)'""")]
    private static partial Regex ClassAttribute();
}
