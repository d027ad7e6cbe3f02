namespace ServiceStandard.Cli.Tests;

/// <summary>Whatever asks for plain output gets no ANSI escapes and no box drawing.</summary>
public class PlainOutputTests
{
    public static TheoryData<string[]> Commands => new()
    {
        { new[] { "standard", "list" } },
        { new[] { "standard", "show", "digital-service-standard", "--criterion", "DSS-05" } },
        { new[] { "standard", "validate", "several-errors.yml" } },
        { new[] { "--help" } },
        { new[] { "--bogus" } },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task NO_COLOR_gives_plain_output(string[] args)
    {
        var result = await CliProcess.RunAsync(args, CliProcess.FixturesDirectory, new Dictionary<string, string?> { ["NO_COLOR"] = "1", ["TERM"] = "xterm-256color" });

        CliAssert.Plain(result);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Redirected_output_is_plain_even_when_the_terminal_claims_colour(string[] args)
    {
        var result = await CliProcess.RunAsync(args, CliProcess.FixturesDirectory, new Dictionary<string, string?> { ["TERM"] = "xterm-256color", ["COLORTERM"] = "truecolor" });

        CliAssert.Plain(result);
    }

    [Fact]
    public async Task No_color_option_and_CI_give_the_same_text_as_redirection()
    {
        string[] args = ["standard", "show", "digital-service-standard", "-c", "DSS-01"];
        var redirected = await CliProcess.RunAsync(args);
        var noColor = await CliProcess.RunAsync([.. args, "--no-color"], workingDirectory: null);
        var ci = await CliProcess.RunAsync(args, workingDirectory: null, new Dictionary<string, string?> { ["CI"] = "true" });

        Assert.Equal(redirected.Stdout, noColor.Stdout);
        Assert.Equal(redirected.Stdout, ci.Stdout);
    }
}
