using ServiceStandard.Testing;

namespace ServiceStandard.Cli.Tests;

public class StandardShowTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Shows_the_whole_standard_as_plain_text_when_redirected(string language)
    {
        var result = await CliProcess.RunAsync("standard", "show", "digital-service-standard", "--lang", language);

        CliAssert.Exit(ExitCodes.Success, result);
        Assert.Equal(string.Empty, result.Stderr);
        CliAssert.Plain(result);
        Snapshot.Verify(result.Stdout, $"standard-show.{language}");
    }

    [Fact]
    public async Task Shows_one_criterion_in_spanish()
    {
        var result = await CliProcess.RunAsync("standard", "show", "digital-service-standard", "--lang", "es", "--criterion", "DSS-05");

        CliAssert.Exit(ExitCodes.Success, result);
        Snapshot.Verify(result.Stdout, "standard-show.es.DSS-05");
    }

    [Fact]
    public async Task Finds_a_criterion_by_slug_and_options_may_come_first()
    {
        var result = await CliProcess.RunAsync("--lang", "es", "standard", "show", "-c", "make-sure-everyone-can-use-the-service", "digital-service-standard");

        CliAssert.Exit(ExitCodes.Success, result);
        Assert.Contains("DSS-05  Asegurar que todas las personas puedan usar el servicio", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("DSS-04", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detailed_verbosity_also_says_where_the_standard_came_from()
    {
        var result = await CliProcess.RunAsync("standard", "show", "digital-service-standard", "-c", "DSS-01", "--verbosity", "detailed");

        CliAssert.Exit(ExitCodes.Success, result);
        Assert.Contains("Source     standards/digital-service-standard.yml", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_a_teams_own_standard_from_a_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"team-standard-{Guid.NewGuid():N}.yml");
        await File.WriteAllTextAsync(path, TeamStandards.Valid);
        try
        {
            var result = await CliProcess.RunAsync("standard", "show", path);

            CliAssert.Exit(ExitCodes.Success, result);
            Assert.StartsWith("Council Service Standard\n========================\n", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("CS-01  Understand users", result.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Warns_when_the_standard_lacks_the_chosen_language()
    {
        var path = Path.Combine(Path.GetTempPath(), $"team-standard-{Guid.NewGuid():N}.yml");
        await File.WriteAllTextAsync(path, TeamStandards.Valid);
        try
        {
            var result = await CliProcess.RunAsync("standard", "show", path, "--lang", "es");

            CliAssert.Exit(ExitCodes.Success, result);
            Assert.Equal("servicestandard: warning: council-standard no tiene textos en 'es'; se muestran en 'en'\n", result.Stderr);
            Assert.Contains("Resumen", result.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task An_unknown_standard_is_bad_input_with_the_shipped_ids()
    {
        var result = await CliProcess.RunAsync("standard", "show", "no-such-standard");

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.Equal(
            "servicestandard: error: no shipped standard is called 'no-such-standard' and there is no such file; shipped standards: digital-service-standard, public-code\n",
            result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public async Task An_unknown_criterion_is_bad_input_with_the_criteria_listed()
    {
        var result = await CliProcess.RunAsync("standard", "show", "digital-service-standard", "--criterion", "DSS-99");

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.StartsWith("servicestandard: error: 'DSS-99' is not a criterion of digital-service-standard; its criteria are DSS-01, DSS-02,", result.Stderr, StringComparison.Ordinal);
        CliAssert.NoStackTrace(result);
    }

    [Fact]
    public async Task An_invalid_standard_file_shows_its_errors_instead()
    {
        var result = await CliProcess.RunAsync(["standard", "show", "missing-slug.yml"], CliProcess.FixturesDirectory);

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.Equal("missing-slug.yml:6:5: error: criterion CS-01 is missing the required key 'slug'\n", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }
}
