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
