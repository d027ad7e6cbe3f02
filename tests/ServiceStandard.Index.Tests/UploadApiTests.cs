using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ServiceStandard.Index.Tests;

/// <summary>
/// The upload API on the real server (Kestrel on 127.0.0.1), with real assessment.json files, on
/// SQLite and PostgreSQL: who may upload what, what is refused and how precisely, and that
/// concurrent uploads are neither lost nor doubled.
/// </summary>
public sealed class UploadApiTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMinutes(2) };

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task An_upload_is_kept_once_and_the_same_content_again_gives_the_same_record(string kind)
    {
        await using var host = await IndexServerHost.StartAsync(kind);
        var body = AssessmentFixtures.Run(1);

        using var first = await PostAsync(host.UploadUrl("mop", "permisos"), host.MopToken, body);
        using var again = await PostAsync(host.UploadUrl("mop", "permisos"), host.MopToken, body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var created = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        var repeated = JsonNode.Parse(await again.Content.ReadAsStringAsync())!;
        Assert.Equal((long)created["id"]!, (long)repeated["id"]!);
        Assert.False((bool)repeated["created"]!);
        Assert.Equal(1, await host.Store.CountAssessmentsAsync(CancellationToken.None));
        var kept = Assert.Single(await host.Store.ListAssessmentsAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None));
        Assert.Equal(body, kept.Document);
        Assert.Equal(("mop", "permisos", "digital-service-standard", "0.1.0"), (kept.InstitutionId, kept.ServiceId, kept.StandardId, kept.ToolVersion));
        Assert.Equal(["created", "duplicate"], (await host.Store.ListAuditAsync(CancellationToken.None)).Select(a => a.Outcome));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task An_institutions_token_can_never_write_another_institutions_service(string kind)
    {
        await using var host = await IndexServerHost.StartAsync(kind);

        using var response = await PostAsync(host.UploadUrl("quito", "licencias"), host.MopToken, AssessmentFixtures.Run(2));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("this token uploads only for institution 'mop', not 'quito'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await host.Store.CountAssessmentsAsync(CancellationToken.None));
        var audit = Assert.Single(await host.Store.ListAuditAsync(CancellationToken.None));
        Assert.Equal((403, "forbidden", "quito", host.MopTokenId), (audit.Status, audit.Outcome, audit.InstitutionId, audit.TokenId));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task No_unknown_or_revoked_token_is_401(string kind)
    {
        await using var host = await IndexServerHost.StartAsync(kind);
        var url = host.UploadUrl("mop", "permisos");

        using var none = await PostAsync(url, null, AssessmentFixtures.Run(3));
        using var unknown = await PostAsync(url, "ssi_000000000000_forged", AssessmentFixtures.Run(3));
        await host.Store.RevokeTokenAsync(host.MopTokenId, DateTimeOffset.UtcNow, CancellationToken.None);
        using var revoked = await PostAsync(url, host.MopToken, AssessmentFixtures.Run(3));

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], new[] { none.StatusCode, unknown.StatusCode, revoked.StatusCode });
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("the token was revoked", await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await host.Store.CountAssessmentsAsync(CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_document_that_is_not_an_assessment_is_refused_naming_what_is_wrong(string kind)
    {
        await using var host = await IndexServerHost.StartAsync(kind);
        var url = host.UploadUrl("mop", "permisos");
        var wrong = JsonNode.Parse(AssessmentFixtures.Run(4))!;
        wrong["criteria"]![0]!["outcome"] = "passed";
        wrong["run"]!.AsObject().Remove("toolVersion");

        using var notJson = await PostAsync(url, host.MopToken, "{\"schemaVersion\": 1,\n  \"run\": [");
        using var invalid = await PostAsync(url, host.MopToken, wrong.ToJsonString());
        using var unknownService = await PostAsync(host.UploadUrl("mop", "nope"), host.MopToken, AssessmentFixtures.Run(4));

        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Contains("the body is not JSON", await notJson.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var problems = JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!["problems"]!.AsArray().Select(p => $"{p!["path"]}: {p["problem"]}").ToList();
        Assert.Contains(problems, p => p.Contains("criteria[0].outcome", StringComparison.Ordinal) && p.Contains("not one of those the schema allows", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("the required property 'toolVersion' is missing", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, unknownService.StatusCode);
        Assert.Contains("institution 'mop' has no service 'nope'", await unknownService.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await host.Store.CountAssessmentsAsync(CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task An_upload_over_the_size_limit_is_413(string kind)
    {
        await using var host = await IndexServerHost.StartAsync(kind, o => o with { MaxUploadBytes = 4096 });

        using var response = await PostAsync(host.UploadUrl("mop", "permisos"), host.MopToken, AssessmentFixtures.Run(5));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than this index accepts (4096 bytes)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("too-large", Assert.Single(await host.Store.ListAuditAsync(CancellationToken.None)).Outcome);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Uploads_beyond_the_rate_limit_are_429_with_retry_after(string kind)
    {
        await using var host = await IndexServerHost.StartAsync(kind, o => o with { UploadsPerWindow = 2, RateWindow = TimeSpan.FromMinutes(5) });

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await PostAsync(host.UploadUrl("mop", "permisos"), host.MopToken, AssessmentFixtures.Run(10 + i));
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(last!.Headers.RetryAfter);
        last.Dispose();
        Assert.Equal(2, await host.Store.CountAssessmentsAsync(CancellationToken.None));
        Assert.Equal("rate-limited", (await host.Store.ListAuditAsync(CancellationToken.None))[^1].Outcome);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Two_hundred_concurrent_uploads_are_neither_lost_nor_doubled(string kind)
    {
        await using var host = await IndexServerHost.StartAsync(kind);
        // 200 different runs, and 50 of them sent a second time in the same burst.
        var bodies = Enumerable.Range(0, 200).Select(n => AssessmentFixtures.Run(1000 + n)).ToList();
        var requests = bodies.Concat(bodies.Take(50)).ToList();

        var statuses = await Task.WhenAll(requests.Select(async body =>
        {
            using var response = await PostAsync(host.UploadUrl("mop", "permisos"), host.MopToken, body);
            return response.StatusCode;
        }));

        Assert.True(statuses.All(s => s is HttpStatusCode.Created or HttpStatusCode.OK), string.Join(", ", statuses.Distinct()));
        Assert.Equal(200, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(50, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(200, await host.Store.CountAssessmentsAsync(CancellationToken.None));
        var kept = await host.Store.ListAssessmentsAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None);
        Assert.Equal(200, kept.Select(a => a.ContentHash).Distinct().Count());
        Assert.Equal(250, (await host.Store.ListAuditAsync(CancellationToken.None)).Count);
    }

    public static async Task<HttpResponseMessage> PostAsync(Uri url, string? token, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Http.SendAsync(request);
    }
}
