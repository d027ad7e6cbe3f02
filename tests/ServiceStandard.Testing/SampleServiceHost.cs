using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ServiceStandard.Testing;

/// <summary>
/// Starts the real sample candidate service (tests/SampleService) on a free loopback port, as
/// its own process, and stops it when disposed. Shared by a test class through IClassFixture.
/// </summary>
public sealed class SampleServiceHost : IAsyncDisposable, IDisposable
{
    private readonly Process _process;

    public SampleServiceHost()
    {
        Port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{Port}/");
        var dll = Path.Combine(RepositoryPaths.Root, "tests", "SampleService", "bin", BuildConfiguration, "net10.0", "SampleService.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The sample service is not built: {dll} (run ./build.sh test, which builds everything first).");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", BaseUrl.GetLeftPart(UriPartial.Authority) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start the sample service");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilHealthy();
    }

    public int Port { get; }

    public Uri BaseUrl { get; }

    /// <summary>Debug or Release: whichever configuration the tests themselves were built in.</summary>
    public static string BuildConfiguration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public Uri Url(string path) => new(BaseUrl, path);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void WaitUntilHealthy()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the sample service exited with code {_process.ExitCode}");
            }

            try
            {
                if (client.GetAsync(Url("/health")).GetAwaiter().GetResult().IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            Thread.Sleep(100);
        }

        throw new InvalidOperationException("the sample service did not become healthy within 30 s");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
