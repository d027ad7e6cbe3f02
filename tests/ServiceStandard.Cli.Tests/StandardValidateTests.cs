using ServiceStandard.Standard;

namespace ServiceStandard.Cli.Tests;

public class StandardValidateTests
{
    public static TheoryData<string> Fixtures => [.. FixtureFiles()];

    private static IEnumerable<string> FixtureFiles() =>
        Directory.GetFiles(CliProcess.FixturesDirectory, "*.yml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task A_malformed_standard_exits_2_with_every_located_message(string file)
    {
        var expected = StandardLoader.Parse(await File.ReadAllTextAsync(Path.Combine(CliProcess.FixturesDirectory, file)), file)
            .Diagnostics.Select(d => d.ToString()).ToList();

        var result = await CliProcess.RunAsync(["standard", "validate", file], CliProcess.FixturesDirectory);

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.NotEmpty(expected);
        Assert.All(expected, d => Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(file)}:[0-9]+:[0-9]+: error: ", d));
        var lines = result.Stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(expected, lines[..^1]);
        Assert.StartsWith("servicestandard: error: files with errors: 1 of 1 (errors: ", lines[^1], StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
        CliAssert.NoStackTrace(result);
        CliAssert.Plain(result);
    }

    [Fact]
    public async Task Several_files_are_all_checked_and_summarised()
    {
        var files = FixtureFiles().ToList();
        var shipped = Path.Combine(ServiceStandard.Testing.RepositoryPaths.Root, "standard", "standards", "digital-service-standard.yml");

        var result = await CliProcess.RunAsync(["standard", "validate", .. files, shipped], CliProcess.FixturesDirectory);

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.EndsWith($"servicestandard: error: files with errors: {files.Count} of {files.Count + 1} (errors: 21, warnings: 0)\n", result.Stderr, StringComparison.Ordinal);
        Assert.Equal($"OK {shipped}: digital-service-standard 1.0.0, criteria: 14, warnings: 0\n", result.Stdout);
    }

    [Fact]
    public async Task A_valid_standard_exits_0_with_a_one_line_summary()
    {
        var directory = Directory.CreateTempSubdirectory("servicestandard-validate-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "mine.yml"), TeamStandards.Valid);

            var result = await CliProcess.RunAsync(["standard", "validate", "mine.yml"], directory.FullName);

            CliAssert.Exit(ExitCodes.Success, result);
            Assert.Equal("OK mine.yml: council-standard 1.0.0, criteria: 1, warnings: 0\n", result.Stdout);
            Assert.Equal(string.Empty, result.Stderr);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Warnings_are_printed_but_do_not_fail()
    {
        var directory = Directory.CreateTempSubdirectory("servicestandard-validate-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "mine.yml"), TeamStandards.WithWarning);

            var result = await CliProcess.RunAsync(["standard", "validate", "mine.yml"], directory.FullName);

            CliAssert.Exit(ExitCodes.Success, result);
            Assert.Equal("mine.yml:9:12: warning: the title of criterion CS-01 has no 'es' text; readers in 'es' will see 'en'\n", result.Stderr);
            Assert.Equal("OK mine.yml: council-standard 1.0.0, criteria: 1, warnings: 1\n", result.Stdout);

            var quiet = await CliProcess.RunAsync(["standard", "validate", "mine.yml", "--verbosity", "quiet"], directory.FullName);
            CliAssert.Exit(ExitCodes.Success, quiet);
            Assert.Equal(string.Empty, quiet.Stdout + quiet.Stderr);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_file_is_bad_input()
    {
        var result = await CliProcess.RunAsync(["standard", "validate", "nowhere.yml"], CliProcess.FixturesDirectory);

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.StartsWith("nowhere.yml:1:1: error: the file does not exist\n", result.Stderr, StringComparison.Ordinal);
        CliAssert.NoStackTrace(result);
    }

    [Fact]
    public async Task Summary_is_in_spanish_with_lang_es_but_diagnostics_keep_their_form()
    {
        var result = await CliProcess.RunAsync(["standard", "validate", "missing-slug.yml", "--lang", "es"], CliProcess.FixturesDirectory);

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.Equal(
            "missing-slug.yml:6:5: error: criterion CS-01 is missing the required key 'slug'\n" +
            "servicestandard: error: archivos con errores: 1 de 1 (errores: 1, advertencias: 0)\n",
            result.Stderr);
    }
}
