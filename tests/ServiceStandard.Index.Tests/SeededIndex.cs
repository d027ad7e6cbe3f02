using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using ServiceStandard.Index.Catalogue;
using ServiceStandard.Index.Method;
using ServiceStandard.Index.Periods;
using ServiceStandard.Index.Publishing;
using ServiceStandard.Index.Server;
using ServiceStandard.Index.Storage;
using ServiceStandard.Index.Uploads;

namespace ServiceStandard.Index.Tests;

/// <summary>
/// A small national index to publish: three institutions (one whose names, region and service carry
/// formula and markup attacks, as a hostile registration would), four services and real
/// assessment.json uploads in 2025 and 2026 with different outcomes, served by the real server on a
/// free 127.0.0.1 port with the site showing 2026.
/// </summary>
public sealed class SeededIndex : IAsyncDisposable
{
    public const string HostileNameEn = "=HYPERLINK(\"http://evil.example\",\"x\") <script>alert(1)</script>";

    public const string HostileNameEs = "@SUM(1+1) \"quoted\", comma";

    public const string HostileRegion = "-2+3";

    public const string HostileService = "<img src=x onerror=alert(1)>";

    public static readonly IndexPeriod Period = IndexPeriod.Year(2026);

    private readonly WebApplication _app;

    private SeededIndex(WebApplication app, IIndexStore store, string db)
    {
        (_app, Store, Db) = (app, store, db);
        BaseUrl = new Uri(app.Urls.First() + "/");
    }

    public IIndexStore Store { get; }

    public string Db { get; }

    public Uri BaseUrl { get; }

    public HttpClient Client { get; } = new();

    public Task<IndexSnapshot> SnapshotAsync() => IndexSnapshot.LoadAsync(Store, IndexMethodFile.Shipped(), Period, CancellationToken.None);

    public static async Task<SeededIndex> StartAsync(string kind)
    {
        var db = await TestDatabases.CreateAsync(kind);
        var store = IndexStores.Open(db);
        await store.MigrateAsync(CancellationToken.None);
        await SeedAsync(store);
        // As index serve runs it: criterion titles from the shipped standards' own en/es text.
        var options = new IndexServerOptions(store, ["http://127.0.0.1:0"]) { Period = Period, CriterionTitles = global::ServiceStandard.Cli.Commands.IndexPublishOptions.ShippedCriterionTitles() };
        var app = await IndexServer.BuildAsync(options, CancellationToken.None);
        await app.StartAsync();
        return new SeededIndex(app, store, db);
    }

    public static async Task SeedAsync(IIndexStore store)
    {
        var none = CancellationToken.None;
        await store.AddInstitutionAsync(new Institution("mop", "Ministry of Public Works", "Ministerio de Obras Públicas", InstitutionLevel.Central, null), none);
        await store.AddInstitutionAsync(new Institution("quito", "Quito", "Quito", InstitutionLevel.Municipal, "Pichincha"), none);
        await store.AddInstitutionAsync(new Institution("hostile", HostileNameEn, HostileNameEs, InstitutionLevel.Regional, HostileRegion), none);
        await store.AddServiceAsync(new IndexedService("mop", "permisos", "Permisos de obra", "https://permisos.example.gob/", "javascript:alert(1)"), none);
        await store.AddServiceAsync(new IndexedService("mop", "licencias", "Licencias de construcción", null, null), none);
        await store.AddServiceAsync(new IndexedService("quito", "patentes", "Patentes municipales", null, null), none);
        await store.AddServiceAsync(new IndexedService("hostile", "tramites", HostileService, null, null), none);

        var validator = await AssessmentUpload.LoadAsync();
        var may2025 = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var march2026 = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var uploads = new (string Institution, string Service, string Json)[]
        {
            ("mop", "permisos", AssessmentFixtures.At(may2025)),
            ("quito", "patentes", With(may2025, ("DSS-05", "met"))),
            ("mop", "permisos", AssessmentFixtures.At(march2026)),
            ("mop", "licencias", With(march2026.AddDays(1), ("DSS-05", "met"), ("DSS-12", "met"), ("DSS-14", "met"))),
            ("quito", "patentes", With(march2026.AddDays(2), ("DSS-05", "met"))),
            ("hostile", "tramites", With(march2026.AddDays(3), ("DSS-01", "not-met"))),
        };
        foreach (var (institution, service, json) in uploads)
        {
            var check = validator.Check(Encoding.UTF8.GetBytes(json));
            var valid = check as UploadCheck.Valid ?? throw new InvalidOperationException($"{institution}/{service}: {string.Join("; ", (check as UploadCheck.Invalid)?.Problems ?? [])}");
            await store.StoreAssessmentAsync(new NewAssessment(institution, service, valid.ContentHash, valid.Report.Run.StartedAt.AddHours(1), valid.Report.Run.StartedAt,
                valid.Report.Run.ToolVersion, valid.Report.Standard.Id, valid.Report.Standard.Version, "0123abcd", valid.Text), none);
        }
    }

    /// <summary>The reference report as a run started at <paramref name="startedAt"/>, with some criteria judged by an assessor.</summary>
    public static string With(DateTimeOffset startedAt, params (string Criterion, string Outcome)[] outcomes)
    {
        var document = JsonNode.Parse(AssessmentFixtures.At(startedAt))!;
        foreach (var criterion in document["criteria"]!.AsArray())
        {
            var id = criterion!["id"]!.GetValue<string>();
            foreach (var (which, outcome) in outcomes.Where(o => o.Criterion == id))
            {
                // An assessor's judgement: automation alone never gives met.
                criterion["outcome"] = outcome;
                criterion["judgement"] = new JsonObject { ["outcome"] = outcome, ["note"] = "Checked with users.", ["assessor"] = "A. Assessor", ["date"] = "2026-03-05" };
            }
        }

        return document.ToJsonString();
    }

    public async Task<(int Status, string ContentType, byte[] Body)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(BaseUrl, path));
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? string.Empty, await response.Content.ReadAsByteArrayAsync());
    }

    public async Task<string> GetTextAsync(string path)
    {
        var (status, _, body) = await GetAsync(path);
        Assert.True(status == 200, $"GET {path}: {status.ToString(CultureInfo.InvariantCulture)}");
        return Encoding.UTF8.GetString(body);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Store.DisposeAsync();
    }
}
