using System.Text.RegularExpressions;
using ServiceStandard.Testing;

namespace ServiceStandard.Cli.Tests;

/// <summary><c>assess --source</c>: the code checks on their own, over the sample service's source, with no browser.</summary>
public sealed class AssessSourceTests : IDisposable
{
    private readonly DirectoryInfo _out = Directory.CreateTempSubdirectory("servicestandard-source-");

    public void Dispose() => _out.Delete(recursive: true);

    [Fact]
    public async Task Code_defects_fail_the_run_and_land_under_the_security_criterion()
    {
        var result = await CliProcess.RunAsync(
            "assess", "--source", RepositoryPaths.Combine("tests", "SampleService"), "--checks", "code", "--out", _out.FullName, "--format", "json,sarif");

        CliAssert.Exit(ExitCodes.FindingsAtOrAboveThreshold, result);
        CliAssert.NoStackTrace(result);
        Assert.Matches(new Regex(@"^DSS-09\s+.+\s+Not met\s+[1-9]\d*\s+\d+$", RegexOptions.Multiline), result.Stdout);

        using var assessment = AssessmentFiles.Read(_out, "assessment.json");
        var secret = Assert.Single(AssessmentFiles.Findings(assessment), f => f.GetProperty("ruleId").GetString() == "SS0001");
        var location = secret.GetProperty("location");
        Assert.Equal("source", location.GetProperty("type").GetString());
        Assert.StartsWith("CodeDefects/", location.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.True(location.GetProperty("startLine").GetInt32() > 0);
        Assert.True(File.Exists(Path.Combine(_out.FullName, "report.sarif")));
    }

    [Fact]
    public async Task A_source_folder_that_does_not_exist_is_bad_input()
    {
        var result = await CliProcess.RunAsync("assess", "--source", Path.Combine(_out.FullName, "nope"), "--out", _out.FullName);

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.Contains("is not a folder", result.Stderr, StringComparison.Ordinal);
    }
}
