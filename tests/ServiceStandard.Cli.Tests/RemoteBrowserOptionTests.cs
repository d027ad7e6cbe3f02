using ServiceStandard.Testing;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// <c>assess --browser-endpoint</c> and <c>--cdp-endpoint</c> from the command line: an endpoint
/// nothing answers at is exit 3 with one plain line (no stack trace, no token), a malformed one or
/// two browsers at once is bad usage (exit 2). Nothing here needs a browser or a service to run.
/// </summary>
public sealed class RemoteBrowserOptionTests
{
    private readonly DirectoryInfo _directory = TestOutput.Create("remote-browser-options");

    [Theory]
    [InlineData("--browser-endpoint", "ws")]
    [InlineData("--cdp-endpoint", "http")]
    public async Task An_endpoint_nothing_answers_at_is_not_assessable_and_says_so_plainly(string option, string scheme)
    {
        var endpoint = $"{scheme}://127.0.0.1:{SampleServiceHost.FreePort()}/";
        var url = $"http://127.0.0.1:{SampleServiceHost.FreePort()}/";

        var result = await CliProcess.RunAsync(["assess", "--url", url, option, endpoint + "?token=secret", "--out", Path.Combine(_directory.FullName, "out")], _directory.FullName);

        CliAssert.Exit(ExitCodes.TargetNotAssessable, result);
        CliAssert.NoStackTrace(result);
        Assert.Contains($"the service could not be assessed: nothing answered at the remote browser {endpoint} ({option}): ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--cdp-endpoint", "ftp://chrome:9222" }, "--cdp-endpoint must be an absolute http://, https://, ws://, wss:// URL")]
    [InlineData(new[] { "--browser-endpoint", "ws://pw:3000/", "--cdp-endpoint", "http://chrome:9222" }, "--browser-endpoint and --cdp-endpoint both say which browser to use")]
    public async Task A_wrong_or_doubled_endpoint_is_bad_usage(string[] options, string error)
    {
        var result = await CliProcess.RunAsync(["assess", "--url", "http://127.0.0.1:9/", .. options, "--out", Path.Combine(_directory.FullName, "bad")], _directory.FullName);

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.Contains(error, result.Stderr, StringComparison.Ordinal);
    }
}
