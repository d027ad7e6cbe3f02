using ServiceStandard.DesignSystem.Docs;
using ServiceStandard.Testing;

namespace ServiceStandard.DesignSystem.Docs.Tests;

/// <summary>The docs site built once from the repository's design system, into a temporary folder, for every test that only reads it.</summary>
public static class BuiltSite
{
    private static readonly Lazy<(string Directory, DocsSiteResult Result)> Site = new(() =>
    {
        var directory = NewDirectory();
        var result = Build(directory);
        return (directory, result);
    });

    public static string DesignSystemDirectory => RepositoryPaths.Combine("designsystem");

    public static string Directory => Site.Value.Directory;

    public static DocsSiteResult Result => Site.Value.Result;

    public static DocsSiteResult Build(string directory, IReadOnlyList<string>? languages = null)
    {
        var result = new DocsSiteBuilder().Build(DocsSiteSource.FromDesignSystem(DesignSystemDirectory), directory, languages ?? ["en", "es"]);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the docs site did not build:\n" + string.Join('\n', result.Diagnostics));
        }

        return result;
    }

    public static string NewDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "ss-docs-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>The documentation pages (not the live examples).</summary>
    public static IEnumerable<string> DocsPages => Result.Pages.Where(p => !p.StartsWith("examples/", StringComparison.Ordinal));

    public static IEnumerable<string> ExamplePages => Result.Pages.Where(p => p.StartsWith("examples/", StringComparison.Ordinal));
}
