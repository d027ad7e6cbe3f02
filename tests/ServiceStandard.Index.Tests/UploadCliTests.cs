using System.Diagnostics;
using System.Text;
using ServiceStandard.Testing;

namespace ServiceStandard.Index.Tests;

/// <summary>
/// <c>servicestandard upload</c> as CI runs it, against the real server (in this process, or the
/// CLI's own <c>index serve</c>), with real assessment.json files: what a user reads for each answer.
/// </summary>
public sealed class UploadCliTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Upload_says_what_was_kept_and_names_each_refusal(string kind)
    {
        await using var host = await IndexServerHost.StartAsync(kind, o => o with { MaxUploadBytes = 64 * 1024 });
        var folder = Folder();
        var good = Write(folder, "assessment.json", AssessmentFixtures.Run(1));
        var invalid = Write(folder, "invalid.json", AssessmentFixtures.Run(2).Replace("\"outcome\": \"not-met\"", "\"outcome\": \"failed\"", StringComparison.Ordinal));
        var large = Write(folder, "large.json", AssessmentFixtures.Run(3).Replace("\"findings\": [", "\"padding\": \"" + new string('x', 70 * 1024) + "\", \"findings\": [", StringComparison.Ordinal));
        string[] Upload(string token, string service, string file) => ["upload", "--server", host.BaseUrl.AbsoluteUri, "--token", token, "--service", service, file];

        var created = await Cli.RunAsync(Upload(host.MopToken, "mop/permisos", good));
        var again = await Cli.RunAsync(Upload(host.MopToken, "mop/permisos", good));
        var forbidden = await Cli.RunAsync(Upload(host.MopToken, "quito/licencias", good));
        var unauthorized = await Cli.RunAsync(Upload("ssi_nothing_here", "mop/permisos", good));
        var unprocessable = await Cli.RunAsync(Upload(host.MopToken, "mop/permisos", invalid));
        var tooLarge = await Cli.RunAsync(Upload(host.MopToken, "mop/permisos", large));
        var spanish = await Cli.RunAsync(["--lang", "es", .. Upload(host.QuitoToken, "mop/permisos", good)]);

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains($"Uploaded {good} to mop/permisos: assessment 1.", created.Stdout, StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains($"{good} was already uploaded to mop/permisos (assessment 1); nothing changed.", again.Stdout, StringComparison.Ordinal);
        Assert.Equal((2, "servicestandard: error: this token may not upload for that institution (403): this token uploads only for institution 'mop', not 'quito'"), (forbidden.ExitCode, forbidden.Stderr.Trim()));
        Assert.Equal((2, "servicestandard: error: the server refused the token (401): the token is not one this index issued"), (unauthorized.ExitCode, unauthorized.Stderr.Trim()));
        Assert.Equal(2, unprocessable.ExitCode);
        Assert.Contains("the server found the assessment invalid (422)", unprocessable.Stderr, StringComparison.Ordinal);
        Assert.Contains("servicestandard: error: problem: #/criteria[0].outcome", unprocessable.Stderr, StringComparison.Ordinal);
        Assert.Equal((2, "servicestandard: error: the assessment is larger than the server accepts (413): the assessment is larger than this index accepts (65536 bytes)"), (tooLarge.ExitCode, tooLarge.Stderr.Trim()));
        Assert.Equal(2, spanish.ExitCode);
        Assert.StartsWith("servicestandard: error: este token no puede subir evaluaciones de esa institución (403)", spanish.Stderr.Trim(), StringComparison.Ordinal);
        Assert.Equal(1, await host.Store.CountAssessmentsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Upload_retries_a_failing_server_with_backoff_and_then_succeeds()
    {
        var answers = 0;
        await using var server = new LoopbackHttpServer("/", _ =>
        {
            var n = Interlocked.Increment(ref answers);
            return Task.FromResult(n <= 2
                ? new LoopbackAnswer(503, "application/problem+json", Encoding.UTF8.GetBytes("{\"status\":503,\"detail\":\"busy\"}"))
                : new LoopbackAnswer(201, "application/json", Encoding.UTF8.GetBytes("{\"id\":42,\"created\":true}")));
        });
        var file = Write(Folder(), "assessment.json", AssessmentFixtures.Run(1));

        var run = await Cli.RunAsync("upload", "--server", server.BaseUrl.AbsoluteUri, "--token", "t", "--service", "mop/permisos", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("assessment 42", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(3, answers);
    }

    [Fact]
    public async Task Upload_to_no_server_is_one_line_and_exit_3_after_its_attempts()
    {
        var file = Write(Folder(), "assessment.json", AssessmentFixtures.Run(1));
        var port = SampleServiceHost.FreePort();

        var run = await Cli.RunAsync("upload", "--server", $"http://127.0.0.1:{port}/", "--token", "t", "--service", "mop/permisos", file);

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith($"servicestandard: error: cannot reach http://127.0.0.1:{port}/ after 5 attempts:", run.Stderr.Trim(), StringComparison.Ordinal);
        Assert.Single(run.Stderr.Trim().Split('\n'));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Index_serve_takes_uploads_from_the_upload_command(string kind)
    {
        var db = await TestDatabases.CreateAsync(kind);
        Assert.Equal(0, (await Cli.RunAsync("index", "init", "--db", db)).ExitCode);
        Assert.Equal(0, (await Cli.RunAsync("index", "institution", "add", "mop", "--name", "MOP", "--level", "central", "--db", db)).ExitCode);
        Assert.Equal(0, (await Cli.RunAsync("index", "service", "add", "mop/permisos", "--name", "Permisos", "--db", db)).ExitCode);
        var token = (await Cli.RunAsync("index", "token", "issue", "mop", "--db", db)).Stdout.Split('\n')[0].Trim();
        var port = SampleServiceHost.FreePort();
        var url = $"http://127.0.0.1:{port}";
        var file = Write(Folder(), "assessment.json", AssessmentFixtures.Run(7));

        var start = Cli.StartInfo(["index", "serve", "--db", db, "--urls", url]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var serve = Process.Start(start)!;
        var output = new StringBuilder();
        serve.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        serve.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        serve.BeginOutputReadLine();
        serve.BeginErrorReadLine();
        try
        {
            await WaitForHealthAsync(url, serve, output);

            var upload = await Cli.RunAsync("upload", "--server", url, "--token", token, "--service", "mop/permisos", "--commit", "0123abcd", file);

            Assert.True(upload.ExitCode == 0, upload.ToString());
            lock (output)
            {
                Assert.Contains($"Index server listening on {url} ({kind})", output.ToString(), StringComparison.Ordinal);
            }
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }

        await using var store = ServiceStandard.Index.Storage.IndexStores.Open(db);
        var kept = Assert.Single(await store.ListAssessmentsAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None));
        Assert.Equal("0123abcd", kept.Commit);
    }

    private static async Task WaitForHealthAsync(string url, Process serve, StringBuilder output)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var guard = Stopwatch.StartNew();
        while (guard.Elapsed < ChildProcess.HangGuard)
        {
            if (serve.HasExited)
            {
                Assert.Fail($"index serve ended with {serve.ExitCode} before answering: {output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(url + "/api/v1/health"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        Assert.Fail($"index serve did not answer on {url} within {ChildProcess.HangGuard}: {output}");
    }

    private static string Folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "servicestandard-index-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
