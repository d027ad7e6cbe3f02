using ServiceStandard.Cli.Output;

namespace ServiceStandard.Cli.Tests;

public class OutputSettingsTests
{
    [Theory]
    [InlineData(false, false, null, null, null, false)]
    [InlineData(true, false, null, null, null, true)]
    [InlineData(false, true, null, null, null, true)]
    [InlineData(false, false, "1", null, null, true)]
    [InlineData(false, false, "", null, null, false)]
    [InlineData(false, false, null, "true", null, true)]
    [InlineData(false, false, null, "false", null, false)]
    [InlineData(false, false, null, null, "dumb", true)]
    [InlineData(false, false, null, null, "xterm-256color", false)]
    public void Plain_unless_an_interactive_terminal_allows_colour(bool noColorOption, bool redirected, string? noColor, string? ci, string? term, bool plain)
    {
        var environment = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["CI"] = ci, ["TERM"] = term };

        var settings = OutputSettings.Detect(noColorOption, Verbosity.Normal, name => environment.GetValueOrDefault(name), redirected, () => 80);

        Assert.Equal(plain, settings.Plain);
    }

    [Fact]
    public void Width_is_fixed_when_redirected_and_follows_the_terminal_otherwise()
    {
        Assert.Equal(100, OutputSettings.Detect(false, Verbosity.Normal, _ => null, outputRedirected: true, () => 80).Width);
        Assert.Equal(80, OutputSettings.Detect(false, Verbosity.Normal, _ => null, outputRedirected: false, () => 80).Width);
        Assert.Equal(100, OutputSettings.Detect(false, Verbosity.Normal, _ => null, outputRedirected: false, () => 300).Width);
    }
}
