using ServiceStandard.Checks.Code;
using ServiceStandard.Gathering.Source;

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
}
