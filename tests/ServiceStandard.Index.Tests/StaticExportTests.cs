using ServiceStandard.Index.Server.Site;
using ServiceStandard.Testing;

namespace ServiceStandard.Index.Tests;

/// <summary><c>index build</c> writes, file for file and byte for byte, what <c>index serve</c> serves for the same period.</summary>
public sealed class StaticExportTests
{
    [Fact]
    public async Task Index_build_writes_the_files_the_server_serves()
    {
        await using var index = await SeededIndex.StartAsync("sqlite");
        var folder = Path.Combine(TestOutput.Create("index-build").FullName, "site");

        var run = await Cli.RunAsync("index", "build", "--db", index.Db, "--period", "2026", "--out", folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        var expected = IndexSite.Paths(await index.SnapshotAsync());
        Assert.Contains($"Wrote {expected.Count} files of the index for 2026 (method 1.0.0)", run.Stdout + run.Stderr, StringComparison.Ordinal);
        var written = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), written);
        Assert.Contains("en/institutions/hostile/services/tramites/index.html", written);
        Assert.Contains("data/institutions-2026.csv", written);
        Assert.Contains("assets/components/header/header.js", written);

        foreach (var path in written.Where(p => p != "index.html"))
        {
            var served = await index.GetAsync(path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);
            Assert.True(served.Status == 200, $"GET {path}: {served.Status}");
            var file = await File.ReadAllBytesAsync(Path.Combine(folder, path));
            Assert.True(served.Body.SequenceEqual(file), $"{path} differs from what the server serves");
        }
    }

    [Fact]
    public async Task A_bad_period_or_method_is_one_line_and_exit_2()
    {
        await using var index = await SeededIndex.StartAsync("sqlite");
        var folder = TestOutput.Create("index-build-bad").FullName;

        var period = await Cli.RunAsync("index", "build", "--db", index.Db, "--period", "2026-Q5", "--out", folder);
        Assert.True(period.ExitCode == 2, period.ToString());
        Assert.Contains("'2026-Q5' is not a period", period.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", period.Stderr, StringComparison.Ordinal);

        var method = Path.Combine(folder, "method.yml");
        await File.WriteAllTextAsync(method, (await File.ReadAllTextAsync(RepositoryPaths.Combine("index", "ServiceStandard.Index", "Method", "index-method.yml"))).Replace("default: 1", "default: heavy", StringComparison.Ordinal));
        var bad = await Cli.RunAsync("index", "build", "--db", index.Db, "--period", "2026", "--method", method, "--out", folder);
        Assert.True(bad.ExitCode == 2, bad.ToString());
        Assert.Matches(@"method\.yml:\d+:\d+", bad.Stderr);
    }
}
