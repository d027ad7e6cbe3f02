namespace ServiceStandard.Cli.Tests;

/// <summary>Help, version, the list of standards, and what happens when the command line is wrong.</summary>
public class UsageTests
{
    [Fact]
    public async Task Help_lists_the_commands_and_global_options()
    {
        var result = await CliProcess.RunAsync("--help");

        CliAssert.Exit(ExitCodes.Success, result);
        foreach (var expected in new[] { "Usage:", "servicestandard [command] [options]", "standard", "init", "--lang <en|es>", "--no-color", "--verbosity <quiet|normal|detailed>", "--version" })
        {
            Assert.Contains(expected, result.Stdout, StringComparison.Ordinal);
        }

        CliAssert.Plain(result);
    }

    [Fact]
    public async Task Help_of_a_subcommand_lists_its_subcommands()
    {
        var result = await CliProcess.RunAsync("standard", "--help");

        CliAssert.Exit(ExitCodes.Success, result);
        Assert.Contains("list", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("show", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("validate", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_is_in_spanish_with_lang_es()
    {
        var result = await CliProcess.RunAsync("--lang", "es", "--help");

        CliAssert.Exit(ExitCodes.Success, result);
        Assert.Contains("Uso:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Escribe un servicestandard.yml inicial con comentarios.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_version()
    {
        var result = await CliProcess.RunAsync("--version");

        CliAssert.Exit(ExitCodes.Success, result);
        Assert.Matches(@"^0\.1\.0(\+[0-9a-f]+)?\n$", result.Stdout);
    }

    [Fact]
    public async Task List_shows_the_shipped_standards_as_aligned_columns()
    {
        var result = await CliProcess.RunAsync("standard", "list");

        CliAssert.Exit(ExitCodes.Success, result);
        Assert.Equal(
            """
            Id                        Version  Title                     Criteria
            ------------------------  -------  ------------------------  --------
            digital-service-standard  1.0.0    Digital Service Standard        14
            public-code               0.8.0    Standard for Public Code        16

            Show one with: servicestandard standard show <id>

            """,
            result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public async Task List_in_spanish()
    {
        var result = await CliProcess.RunAsync("standard", "list", "--lang", "es");

        CliAssert.Exit(ExitCodes.Success, result);
        Assert.StartsWith("Id                        Versión  Título                           Criterios\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Estándar de Servicios Digitales", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("standard", "list", "--bogus")]
    [InlineData("standard", "frobnicate")]
    [InlineData("standard", "show")]
    [InlineData("standard", "validate")]
    [InlineData("init", "--path")]
    public async Task Bad_usage_exits_2_with_the_parsers_message_and_no_stack_trace(params string[] args)
    {
        var result = await CliProcess.RunAsync(args);

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.StartsWith("servicestandard: error: ", result.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"Run 'servicestandard[a-z ]*--help' for usage\.\n$", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
        CliAssert.NoStackTrace(result);
    }

    [Fact]
    public async Task An_unknown_option_is_named()
    {
        var result = await CliProcess.RunAsync("standard", "list", "--bogus");

        Assert.Equal(
            "servicestandard: error: Unrecognized command or argument '--bogus'.\nRun 'servicestandard standard list --help' for usage.\n",
            result.Stderr);
    }

    [Fact]
    public async Task No_command_is_bad_usage()
    {
        var result = await CliProcess.RunAsync();

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.Equal("servicestandard: error: Required command was not provided.\nRun 'servicestandard --help' for usage.\n", result.Stderr);
    }

    [Fact]
    public async Task An_unsupported_language_is_bad_usage_with_a_clear_message()
    {
        var result = await CliProcess.RunAsync("standard", "list", "--lang", "fr");

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.Equal(
            "servicestandard: error: 'fr' is not a supported language; use en or es.\nRun 'servicestandard standard list --help' for usage.\n",
            result.Stderr);
        CliAssert.NoStackTrace(result);
    }

    [Fact]
    public async Task An_unknown_verbosity_is_bad_usage()
    {
        var result = await CliProcess.RunAsync("standard", "list", "--verbosity", "loud");

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.StartsWith("servicestandard: error: 'loud' is not a verbosity; use quiet, normal or detailed.\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parser_messages_follow_lang()
    {
        var result = await CliProcess.RunAsync("--lang", "es", "standard", "show");

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.EndsWith("Ejecute 'servicestandard standard show --help' para ver el uso.\n", result.Stderr, StringComparison.Ordinal);
    }
}
