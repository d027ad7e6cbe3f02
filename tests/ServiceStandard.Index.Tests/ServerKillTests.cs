using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ServiceStandard.Index.Catalogue;
using ServiceStandard.Index.Storage;
using ServiceStandard.Testing;

namespace ServiceStandard.Index.Tests;

/// <summary>
/// An upload the server acknowledged is kept even when the server dies the hardest way (kill -9,
/// as an out-of-memory kill or a node failure ends it) in the middle of a burst of uploads: the
/// real <c>servicestandard index serve</c> process on both databases, killed while eight CI jobs
/// upload, and every 201 it answered found in the database afterwards.
/// </summary>
public sealed class ServerKillTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task No_acknowledged_upload_is_lost_when_the_server_is_killed_during_uploads(string kind)
    {
        var db = await TestDatabases.CreateAsync(kind);
        string token;
        await using (var store = IndexStores.Open(db))
        {
            await store.MigrateAsync(CancellationToken.None);
            await store.AddInstitutionAsync(new Institution("mop", "Ministry of Public Works", "Ministerio de Obras Públicas", InstitutionLevel.Central, null), CancellationToken.None);
            await store.AddServiceAsync(new IndexedService("mop", "permisos", "Permisos de obra", null, null), CancellationToken.None);
            var issued = AccessTokens.Issue("mop", DateTimeOffset.UtcNow);
            await store.AddTokenAsync(issued.Record, CancellationToken.None);
            token = issued.Token;
        }

        var baseUrl = new Uri($"http://127.0.0.1:{SampleServiceHost.FreePort()}/");
        var start = Cli.StartInfo(["index", "serve", "--db", db, "--urls", baseUrl.AbsoluteUri.TrimEnd('/'), "--uploads-per-minute", "100000"]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var server = Process.Start(start) ?? throw new InvalidOperationException("the server did not start");
        var output = new StringBuilder();
        server.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        server.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            await WaitUntilListeningAsync(server, baseUrl, output);

            var upload = new Uri(baseUrl, "api/v1/institutions/mop/services/permisos/assessments");
            var acknowledged = new ConcurrentBag<DateTimeOffset>();
            var next = 0;
            using var killed = new CancellationTokenSource();
            async Task ClientAsync()
            {
                while (!killed.IsCancellationRequested)
                {
                    var n = Interlocked.Increment(ref next);
                    var body = AssessmentFixtures.Run(n);
                    using var request = new HttpRequestMessage(HttpMethod.Post, upload) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    try
                    {
                        using var response = await Http.SendAsync(request);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            acknowledged.Add(AssessmentFixtures.StartedAt(n));
                        }
                        else
                        {
                            Assert.Fail($"upload {n} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                        }
                    }
                    catch (HttpRequestException) when (killed.IsCancellationRequested || server.HasExited)
                    {
                        // Sent as the server died: never acknowledged, so it may or may not be kept.
                        return;
                    }
                }
            }

            var clients = Enumerable.Range(0, 8).Select(_ => Task.Run(ClientAsync)).ToList();

            // Killed in the middle of the burst: once 60 uploads are acknowledged, with more in flight.
            var clock = Stopwatch.StartNew();
            while (acknowledged.Count < 60)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), $"only {acknowledged.Count} uploads acknowledged in 3 minutes");
                Assert.False(clients.Any(c => c.IsFaulted), "a client failed before the kill");
                await Task.Delay(10);
            }

            server.Kill(entireProcessTree: true);
            await killed.CancelAsync();
            await server.WaitForExitAsync();
            await Task.WhenAll(clients);

            await using var reopened = IndexStores.Open(db);
            await reopened.MigrateAsync(CancellationToken.None);
            var kept = (await reopened.ListAssessmentsAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None))
                .Select(a => a.StartedAt)
                .ToHashSet();
            var lost = acknowledged.Where(a => !kept.Contains(a)).Order().ToList();
            Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged uploads were lost: {string.Join(", ", lost.Take(10))}");
            Assert.Equal(kept.Count, await reopened.CountAssessmentsAsync(CancellationToken.None));
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task WaitUntilListeningAsync(Process server, Uri baseUrl, StringBuilder output)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (server.HasExited)
            {
                lock (output)
                {
                    Assert.Fail($"the server ended (exit {server.ExitCode}) before it listened:\n{output}");
                }
            }

            try
            {
                using var response = await Http.GetAsync(baseUrl);
                return;
            }
            catch (HttpRequestException) when (clock.Elapsed < ChildProcess.HangGuard)
            {
                await Task.Delay(100);
            }
        }
    }
}
