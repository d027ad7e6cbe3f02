using ServiceStandard.Gathering.Source;
using ServiceStandard.Kernel;

namespace ServiceStandard.Checks.Tests.Code;

public sealed class PathGlobTests
{
    [Theory]
    [InlineData("**/bin/**", "bin/Debug/App.dll", true)]
    [InlineData("**/bin/**", "src/App/bin/Debug/App.dll", true)]
    [InlineData("**/bin/**", "src/binary/App.cs", false)]
    [InlineData("**/*.g.cs", "Views/Index.g.cs", true)]
    [InlineData("**/*.g.cs", "Index.g.cs", true)]
    [InlineData("src/*.cs", "src/App.cs", true)]
    [InlineData("src/*.cs", "src/Deep/App.cs", false)]
    [InlineData("**/tests/**", "Tests/UnitTests.cs", true)]
    public void Globs_match_repository_relative_paths(string glob, string path, bool matches) =>
        Assert.Equal(matches, new PathGlob(glob).IsMatch(path));

    /// <summary>
    /// Issue 14, item 9: as a backtracking regex, ten <c>**/</c> against 30 folders took longer than
    /// the regex's 1-second timeout (the run then failed); the automaton reads each character once
    /// per pattern state. Bounded by counting steps, not by a clock.
    /// </summary>
    [Theory]
    [InlineData(10, 30)]
    [InlineData(20, 1_000)]
    [InlineData(50, 10_000)]
    public void Repeated_double_stars_match_in_linear_steps(int stars, int folders)
    {
        var pattern = string.Concat(Enumerable.Repeat("**/", stars)) + "x";
        var path = string.Join('/', Enumerable.Repeat("a", folders)) + "/y";

        var matched = Glob.Parse(pattern).IsMatch(path, out var steps);

        Assert.False(matched);
        Assert.InRange(steps, 1, (long)(path.Length + 1) * (stars + 2));
        Assert.True(Glob.Parse(pattern).IsMatch(path[..^1] + "x"));
    }

    /// <summary>The same through the public globs, with the harness's timeout as the only clock (generous: the machine is shared).</summary>
    [Fact(Timeout = 60_000)]
    public async Task A_pathological_exclude_pattern_finishes_under_the_harness_timeout()
    {
        var pattern = string.Concat(Enumerable.Repeat("**/", 30)) + "*.generated.cs";
        var path = string.Join('/', Enumerable.Repeat("folder", 2_000)) + "/Program.cs";

        var matched = await Task.Run(() => new PathGlob(pattern).IsMatch(path));

        Assert.False(matched);
    }
}
