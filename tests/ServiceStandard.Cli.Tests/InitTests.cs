using ServiceStandard.Configuration;
using ServiceStandard.Testing;

namespace ServiceStandard.Cli.Tests;

public sealed class InitTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("servicestandard-init-");

    private string ConfigPath => Path.Combine(_directory.FullName, "servicestandard.yml");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task Writes_the_commented_template()
    {
        var result = await CliProcess.RunAsync(["init"], _directory.FullName);

        CliAssert.Exit(ExitCodes.Success, result);
        Assert.Equal(ConfigTemplate.Text, await File.ReadAllTextAsync(ConfigPath));
        Assert.Equal("Wrote servicestandard.yml. Edit it to describe your service; every key is explained in its comments.\n", result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public async Task Writes_a_config_for_the_standard_for_public_code_that_assesses_a_repository()
    {
        var result = await CliProcess.RunAsync(["init", "--standard", "public-code"], _directory.FullName);

        CliAssert.Exit(ExitCodes.Success, result);
        Assert.Equal(ConfigTemplate.PublicCodeText, await File.ReadAllTextAsync(ConfigPath));

        // The config's folder is the repository: no licence and no publiccode.yml yet.
        await File.WriteAllTextAsync(Path.Combine(_directory.FullName, "README.md"), "# Permits\n\nThis codebase lets a town publish its permit applications online and handle them from one place.\n");
        var assessed = await CliProcess.RunAsync(["assess", "--config", ConfigPath], _directory.FullName);

        CliAssert.Exit(ExitCodes.FindingsAtOrAboveThreshold, assessed);
        CliAssert.NoStackTrace(assessed);
        Assert.Matches(new System.Text.RegularExpressions.Regex(@"^PC-13\s+.+\s+Not met", System.Text.RegularExpressions.RegexOptions.Multiline), assessed.Stdout);
        var output = new DirectoryInfo(Path.Combine(_directory.FullName, "servicestandard-report-public-code"));
        using var assessment = AssessmentFiles.Read(output, "assessment.json");
        Assert.Equal("public-code", assessment.RootElement.GetProperty("standard").GetProperty("id").GetString());
        var found = AssessmentFiles.Findings(assessment)
            .Select(f => $"{f.GetProperty("checkId").GetString()}/{f.GetProperty("ruleId").GetString()} {f.GetProperty("location").GetProperty("path").GetString()}")
            .ToList();
        Assert.Contains("code/public-code/licence .", found);
        Assert.Contains("code/public-code/publiccode-yml .", found);
        Assert.DoesNotContain(found, f => !f.StartsWith("code/public-code/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_standard_is_bad_input_naming_the_shipped_ones()
    {
        var result = await CliProcess.RunAsync(["init", "--standard", "iso-9001"], _directory.FullName);

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.Equal("servicestandard: error: --standard: no shipped standard is called 'iso-9001'; shipped standards: digital-service-standard, public-code\n", result.Stderr);
        Assert.False(File.Exists(ConfigPath));
    }

    [Fact]
    public async Task Refuses_to_overwrite_without_force()
    {
        await File.WriteAllTextAsync(ConfigPath, "# my own config\n");

        var result = await CliProcess.RunAsync(["init"], _directory.FullName);

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.Equal("servicestandard: error: servicestandard.yml already exists; run again with --force to overwrite it\n", result.Stderr);
        Assert.Equal("# my own config\n", await File.ReadAllTextAsync(ConfigPath));
        CliAssert.NoStackTrace(result);
    }

    [Fact]
    public async Task Overwrites_with_force()
    {
        await File.WriteAllTextAsync(ConfigPath, "# my own config\n");

        var result = await CliProcess.RunAsync(["init", "--force"], _directory.FullName);

        CliAssert.Exit(ExitCodes.Success, result);
        Assert.Equal(ConfigTemplate.Text, await File.ReadAllTextAsync(ConfigPath));
    }

    [Fact]
    public async Task Second_run_refuses_and_the_first_file_stays()
    {
        CliAssert.Exit(ExitCodes.Success, await CliProcess.RunAsync(["init"], _directory.FullName));
        var second = await CliProcess.RunAsync(["init"], _directory.FullName);

        CliAssert.Exit(ExitCodes.BadInput, second);
        Assert.Equal(ConfigTemplate.Text, await File.ReadAllTextAsync(ConfigPath));
    }

    [Fact]
    public async Task Writes_to_another_path_and_reports_a_missing_folder()
    {
        var written = await CliProcess.RunAsync(["init", "--path", "ci.yml", "--verbosity", "quiet"], _directory.FullName);
        CliAssert.Exit(ExitCodes.Success, written);
        Assert.Equal(string.Empty, written.Stdout);
        Assert.True(File.Exists(Path.Combine(_directory.FullName, "ci.yml")));

        var missing = await CliProcess.RunAsync(["init", "--path", Path.Combine("no-such-folder", "servicestandard.yml")], _directory.FullName);
        CliAssert.Exit(ExitCodes.BadInput, missing);
        Assert.StartsWith("servicestandard: error: cannot write no-such-folder/servicestandard.yml: the folder ", missing.Stderr, StringComparison.Ordinal);
        CliAssert.NoStackTrace(missing);
    }

    [Fact]
    public async Task The_written_file_validates_against_the_config_schema_and_loads()
    {
        CliAssert.Exit(ExitCodes.Success, await CliProcess.RunAsync(["init"], _directory.FullName));
        var text = await File.ReadAllTextAsync(ConfigPath);

        Assert.Empty(await YamlSchemaValidation.ValidateAsync(text, RepositoryPaths.Combine("docs", "schemas", "config.schema.json")));
        var loaded = ConfigLoader.LoadFile(ConfigPath);
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Diagnostics));
    }
}
