using System.Diagnostics;
using ServiceStandard.Testing;

namespace ServiceStandard.DesignSystem.Docs.Tests;

/// <summary><c>servicestandard designsystem docs</c>, run as the real process from the repository.</summary>
public class CliTests
{
    [Fact]
    public async Task Docs_writes_the_site_in_both_languages_and_exits_0()
    {
        var directory = BuiltSite.NewDirectory();
        var (exitCode, stdout, stderr) = await RunAsync("designsystem", "docs", "--out", directory);
        Assert.True(exitCode == 0, $"exit {exitCode}\n{stdout}\n{stderr}");
        Assert.True(File.Exists(Path.Combine(directory, "index.html")));
        Assert.True(File.Exists(Path.Combine(directory, "en", "index.html")));
        Assert.True(File.Exists(Path.Combine(directory, "es", "index.html")));
        Assert.Contains(directory, stdout, StringComparison.Ordinal);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Docs_with_an_unknown_language_is_bad_usage()
    {
        var directory = BuiltSite.NewDirectory();
        var (exitCode, _, stderr) = await RunAsync("designsystem", "docs", "--out", directory, "--lang", "fr");
        Assert.Equal(2, exitCode);
        Assert.Contains("'fr'", stderr, StringComparison.Ordinal);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Docs_in_spanish_speaks_spanish_and_builds_only_spanish()
    {
        var directory = BuiltSite.NewDirectory();
        var (exitCode, stdout, stderr) = await RunAsync("designsystem", "docs", "--out", directory, "--lang", "es");
        Assert.True(exitCode == 0, $"exit {exitCode}\n{stdout}\n{stderr}");
        Assert.Contains("páginas", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(directory, "es", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(directory, "en")));
        Directory.Delete(directory, recursive: true);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "servicestandard.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        var outcome = await ChildProcess.RunAsync(start);
        return (outcome.ExitCode, outcome.Stdout, outcome.Stderr);
    }
}
