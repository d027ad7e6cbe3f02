using System.Diagnostics;
using System.Text.RegularExpressions;
using ServiceStandard.Configuration;
using ServiceStandard.Gathering.Web;

namespace ServiceStandard.Checks.Tests.Web;

/// <summary>
/// A browser that a test starts on 127.0.0.1 for the run to connect to, as an operator would run
/// one elsewhere: a Playwright server (playwright-core's <c>chromium.launchServer</c>, from the
/// driver that Microsoft.Playwright ships into the build output, so its version is ours exactly)
/// or a Chromium with <c>--remote-debugging-port</c>. Both start the system's Chromium with the
/// flags docs/remote-browsers.md asks of an operator. Disposing kills the whole process tree.
/// </summary>
public sealed partial class RemoteBrowserProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly string? _userDataDirectory;
    private readonly RemoteBrowserProtocol _protocol;

    private RemoteBrowserProcess(Process process, RemoteBrowserProtocol protocol, string endpoint, string? userDataDirectory)
    {
        _process = process;
        Endpoint = endpoint;
        _protocol = protocol;
        _userDataDirectory = userDataDirectory;
    }

    /// <summary>What a run's request or config names to connect to this browser.</summary>
    public RemoteBrowser Remote => new(_protocol, new Uri(Endpoint));

    /// <summary><c>ws://127.0.0.1:port/…</c> for a Playwright server, <c>http://127.0.0.1:port</c> for CDP.</summary>
    public string Endpoint { get; }

    /// <summary>The operator's flags: ours, with the new headless mode named as a remote browser is started.</summary>
    public static IReadOnlyList<string> OperatorFlags => [.. ChromiumLaunchFlags.All.Where(flag => flag != "--headless")];

    /// <summary>
    /// A Playwright server. <paramref name="blockPopups"/> false leaves Playwright's default
    /// <c>--disable-popup-blocking</c> in, as an operator who missed the docs would.
    /// </summary>
    public static async Task<RemoteBrowserProcess> StartPlaywrightServerAsync(bool blockPopups = true)
    {
        var driver = Path.Combine(AppContext.BaseDirectory, ".playwright");
        var node = Path.Combine(driver, "node", "linux-x64", "node");
        var script = $$"""
            const { chromium } = require({{Quote(Path.Combine(driver, "package"))}});
            chromium.launchServer({
              executablePath: {{Quote(ChromiumPath())}},
              host: '127.0.0.1',
              port: 0,
              headless: true,
              args: {{Json(OperatorFlags)}},
              ignoreDefaultArgs: {{(blockPopups ? Json(ChromiumLaunchFlags.IgnoredDefaults) : "[]")}},
            }).then(server => console.log('endpoint ' + server.wsEndpoint()), error => { console.error(error); process.exit(1); });
            process.stdin.on('end', () => process.exit(0));
            process.stdin.resume();
            """;
        var start = new ProcessStartInfo(node) { ArgumentList = { "-e", script } };
        return await StartAsync(start, RemoteBrowserProtocol.Playwright, line => EndpointLine().Match(line) is { Success: true } match ? match.Groups[1].Value : null, null);
    }

    /// <summary>A Chromium listening for DevTools on a port it picks, headless (new mode).</summary>
    public static async Task<RemoteBrowserProcess> StartCdpChromiumAsync()
    {
        var userData = Directory.CreateTempSubdirectory("servicestandard-cdp-").FullName;
        var start = new ProcessStartInfo(ChromiumPath())
        {
            ArgumentList = { "--headless=new", "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", $"--user-data-dir={userData}" },
        };
        foreach (var flag in OperatorFlags)
        {
            start.ArgumentList.Add(flag);
        }

        start.ArgumentList.Add("about:blank");
        return await StartAsync(start, RemoteBrowserProtocol.Cdp, line => DevToolsLine().Match(line) is { Success: true } match ? $"http://127.0.0.1:{match.Groups[1].Value}" : null, userData);
    }

    /// <summary>Kills the browser (or the server and its browser) as a crash or a lost node would.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        if (_userDataDirectory is not null)
        {
            try
            {
                Directory.Delete(_userDataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still being let go of; the temp folder is the system's to clear.
            }
        }
    }

    private static async Task<RemoteBrowserProcess> StartAsync(ProcessStartInfo start, RemoteBrowserProtocol protocol, Func<string, string?> endpointIn, string? userData)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.UseShellExecute = false;
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var said = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        void Read(object? sender, DataReceivedEventArgs line)
        {
            if (line.Data is null)
            {
                return;
            }

            said.Enqueue(line.Data);
            if (endpointIn(line.Data) is { } endpoint)
            {
                found.TrySetResult(endpoint);
            }
        }

        process.OutputDataReceived += Read;
        process.ErrorDataReceived += Read;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var browser = new RemoteBrowserProcess(process, protocol, string.Empty, userData);
        try
        {
            // Until the endpoint is printed, or the process ends without one.
            await Task.WhenAny(found.Task, process.WaitForExitAsync()).WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            // Said below, with what the process printed.
        }

        if (!found.Task.IsCompletedSuccessfully)
        {
            await browser.DisposeAsync();
            throw new InvalidOperationException($"{start.FileName} gave no endpoint within {StartTimeout.TotalSeconds:0} s: {string.Join("\n", said)}");
        }

        return new RemoteBrowserProcess(process, protocol, found.Task.Result, userData);
    }

    private static string ChromiumPath()
    {
        var (path, problem) = BrowserLocator.Locate(null, Environment.GetEnvironmentVariable);
        return BrowserLocator.WrappedBinary(path ?? throw new InvalidOperationException(problem));
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static string Json(IReadOnlyList<string> items) => System.Text.Json.JsonSerializer.Serialize(items);

    [GeneratedRegex(@"^endpoint (ws://\S+)$")]
    private static partial Regex EndpointLine();

    [GeneratedRegex(@"DevTools listening on ws://127\.0\.0\.1:([0-9]+)/")]
    private static partial Regex DevToolsLine();
}
