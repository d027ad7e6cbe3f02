using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceStandard.Index.Catalogue;
using ServiceStandard.Index.Server;
using ServiceStandard.Index.Storage;
using ServiceStandard.Index.Uploads;
using ServiceStandard.Standard;

// The implementation index's benchmark (issue 19). Two parts:
//   generate <db> <institutions> [seed]   a synthetic national portfolio written to a database
//   upload <sqlite|postgresql> <clients> <uploads> [seed]   the upload API's throughput and latency
// A PostgreSQL database is a connection string (SERVICESTANDARD_TEST_POSTGRES for upload).
return args switch
{
    ["generate", var db, var count, .. var rest] => await Portfolio.GenerateAsync(db, int.Parse(count, CultureInfo.InvariantCulture), Seed(rest)),
    ["upload", var kind, var clients, var uploads, .. var rest] => await UploadBench.RunAsync(kind, int.Parse(clients, CultureInfo.InvariantCulture), int.Parse(uploads, CultureInfo.InvariantCulture), Seed(rest)),
    _ => Usage(),
};

static int Seed(string[] rest) => rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 2026;

static int Usage()
{
    Console.Error.WriteLine("usage: generate <db> <institutions> [seed] | upload <sqlite|postgresql> <clients> <uploads> [seed]");
    return 2;
}

/// <summary>
/// Realistic assessment.json documents: the tool's reference report (the schema tests' snapshot)
/// with the shipped standard's 14 criteria, outcomes drawn from an institution's maturity that
/// improves period on period, findings and pages to match, a start time inside the period.
/// </summary>
internal sealed class AssessmentFactory
{
    private static readonly string[] Outcomes = ["met", "not-met", "needs-review", "not-assessed"];
    private readonly JsonNode _reference;
    private readonly IReadOnlyList<Criterion> _criteria;

    public AssessmentFactory()
    {
        var path = Path.Combine("tests", "ServiceStandard.Checks.Tests", "Schemas", "assessment.verified.json");
        _reference = JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidOperationException(path);
        _criteria = ShippedStandards.Load(ShippedStandards.DefaultId).Value?.Criteria ?? throw new InvalidOperationException("the shipped standard did not load");
    }

    /// <param name="maturity">0 (nothing met) to 1 (everything met) for this institution in this period.</param>
    public string Create(Random random, string serviceName, DateTimeOffset startedAt, double maturity)
    {
        var document = _reference.DeepClone();
        document["run"]!["startedAt"] = startedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
        document["run"]!["durationSeconds"] = Math.Round(20 + (random.NextDouble() * 600), 2);
        document["service"]!["name"] = serviceName;
        var pages = 5 + random.Next(200);
        var criteria = new JsonArray();
        var totalViolations = 0;
        var totalReview = 0;
        foreach (var criterion in _criteria)
        {
            var roll = random.NextDouble();
            var outcome = roll < maturity ? Outcomes[0] : roll < maturity + ((1 - maturity) * 0.6) ? Outcomes[1] : roll < 0.97 ? Outcomes[2] : Outcomes[3];
            var violations = outcome == "not-met" ? 1 + random.Next(pages * 3) : 0;
            var review = outcome is "needs-review" or "not-met" ? random.Next(pages) : 0;
            totalViolations += violations;
            totalReview += review;
            criteria.Add(new JsonObject
            {
                ["id"] = criterion.Id,
                ["slug"] = criterion.Slug,
                ["title"] = criterion.Title.Get("en"),
                ["outcome"] = outcome,
                ["evidenceTags"] = new JsonArray([.. criterion.EvidenceTags.Select(t => (JsonNode)JsonValue.Create(t))]),
                ["violations"] = violations,
                ["needsReview"] = review,
                ["reason"] = outcome == "not-assessed" ? "no automated check gathers evidence for this criterion; an assessor judges it" : $"{violations} violation(s), {review} to review",
                // Automation never says met (the schema holds it): a met criterion is an assessor's judgement.
                ["automatedOutcome"] = outcome == "met" ? "needs-review" : outcome,
                ["assessorQuestions"] = new JsonArray(),
                ["judgement"] = outcome == "met"
                    ? new JsonObject { ["outcome"] = "met", ["note"] = "Seen in the service's research and in use.", ["assessor"] = "Assessor", ["date"] = startedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
                    : null,
            });
        }

        document["criteria"] = criteria;
        var totals = document["totals"]!;
        totals["violations"] = totalViolations;
        totals["needsReview"] = totalReview;
        totals["pagesAssessed"] = pages;
        totals["pageErrors"] = random.Next(3);
        return document.ToJsonString();
    }
}

internal static class Portfolio
{
    public const int ServicesPerInstitution = 5;
    public static readonly int[] Years = [2023, 2024, 2025, 2026];

    public static async Task<int> GenerateAsync(string db, int institutions, int seed)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(seed);
        var factory = new AssessmentFactory();
        await using var store = IndexStores.Open(db);
        await store.MigrateAsync(CancellationToken.None);
        var levels = new[] { InstitutionLevel.Central, InstitutionLevel.Regional, InstitutionLevel.Municipal };
        var regions = new[] { "Arica y Parinacota", "Tarapacá", "Antofagasta", "Atacama", "Coquimbo", "Valparaíso", "Metropolitana", "O'Higgins", "Maule", "Ñuble", "Biobío", "Araucanía", "Los Ríos", "Los Lagos", "Aysén", "Magallanes" };
        var documents = 0;
        for (var i = 1; i <= institutions; i++)
        {
            var id = $"inst-{i:D4}";
            var level = levels[random.Next(levels.Length)];
            await store.AddInstitutionAsync(new Institution(id, $"Institution {i}", $"Institución {i}", level, level == InstitutionLevel.Central ? null : regions[random.Next(regions.Length)]), CancellationToken.None);
            var maturity = random.NextDouble() * 0.7;
            for (var s = 1; s <= ServicesPerInstitution; s++)
            {
                var serviceId = $"service-{s}";
                var name = $"Service {s} of institution {i}";
                await store.AddServiceAsync(new IndexedService(id, serviceId, name, null, null), CancellationToken.None);
                foreach (var year in Years)
                {
                    var startedAt = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(360 * 24 * 60));
                    var periodMaturity = Math.Min(0.95, maturity + ((year - Years[0]) * random.NextDouble() * 0.1));
                    var text = factory.Create(random, name, startedAt, periodMaturity);
                    var bytes = Encoding.UTF8.GetBytes(text);
                    await store.StoreAssessmentAsync(new NewAssessment(id, serviceId, AssessmentUpload.Hash(bytes), startedAt.AddHours(1), startedAt, "0.1.0", "digital-service-standard", "1.0.0", null, text), CancellationToken.None);
                    documents++;
                }
            }
        }

        Console.WriteLine(FormattableString.Invariant($"generated {institutions} institutions, {institutions * ServicesPerInstitution} services, {documents} assessments (seed {seed}) in {clock.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }
}

/// <summary>
/// The upload API on the real server at 127.0.0.1: <c>clients</c> CI jobs, each its own
/// institution and token, posting distinct realistic assessments back to back; throughput over the
/// whole burst, latency per request (p50, p95, max), and the count in the database afterwards.
/// </summary>
internal static class UploadBench
{
    public static async Task<int> RunAsync(string kind, int clients, int uploads, int seed)
    {
        string db;
        if (kind == "sqlite")
        {
            var folder = Path.Combine(Path.GetTempPath(), "servicestandard-index-bench", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            db = Path.Combine(folder, "index.db");
        }
        else
        {
            var server = Environment.GetEnvironmentVariable("SERVICESTANDARD_TEST_POSTGRES") ?? throw new InvalidOperationException("set SERVICESTANDARD_TEST_POSTGRES");
            var name = "ssbench_" + Guid.NewGuid().ToString("N")[..12];
            await using (var admin = new Npgsql.NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", admin);
                await create.ExecuteNonQueryAsync();
            }

            db = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        }

        await using var store = IndexStores.Open(db);
        await store.MigrateAsync(CancellationToken.None);
        var tokens = new string[clients];
        for (var c = 0; c < clients; c++)
        {
            await store.AddInstitutionAsync(new Institution($"inst-{c}", $"Institution {c}", $"Institución {c}", InstitutionLevel.Municipal, null), CancellationToken.None);
            await store.AddServiceAsync(new IndexedService($"inst-{c}", "service", "Service", null, null), CancellationToken.None);
            var issued = AccessTokens.Issue($"inst-{c}", DateTimeOffset.UtcNow);
            await store.AddTokenAsync(issued.Record, CancellationToken.None);
            tokens[c] = issued.Token;
        }

        // Made before the clock starts: the bench measures the server, not the generator.
        var factory = new AssessmentFactory();
        var random = new Random(seed);
        var bodies = Enumerable.Range(0, uploads)
            .Select(n => factory.Create(random, "Service", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(n), random.NextDouble()))
            .ToArray();
        Console.WriteLine(FormattableString.Invariant($"{uploads} documents, median {bodies.Select(b => b.Length).Order().ElementAt(uploads / 2) / 1024.0:0.0} KiB"));

        var options = new IndexServerOptions(store, ["http://127.0.0.1:0"]) { UploadsPerWindow = int.MaxValue };
        await using var app = await IndexServer.BuildAsync(options, CancellationToken.None);
        await app.StartAsync();
        var baseUrl = new Uri(app.Urls.First() + "/");
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };

        var latencies = new double[uploads];
        var statuses = new HttpStatusCode[uploads];
        var next = -1;
        var shown = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var url = new Uri(baseUrl, $"api/v1/institutions/inst-{c}/services/service/assessments");
            int n;
            while ((n = Interlocked.Increment(ref next)) < uploads)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(bodies[n], Encoding.UTF8, "application/json") };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[c]);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                latencies[n] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                statuses[n] = response.StatusCode;
                if (response.StatusCode != HttpStatusCode.Created && Interlocked.Increment(ref shown) == 1)
                {
                    Console.Error.WriteLine($"upload {n}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        })));
        var elapsed = clock.Elapsed;
        await app.StopAsync();

        var sorted = latencies.Order().ToArray();
        double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        var created = statuses.Count(s => s == HttpStatusCode.Created);
        var stored = await store.CountAssessmentsAsync(CancellationToken.None);
        var result = new
        {
            kind,
            clients,
            uploads,
            seconds = Math.Round(elapsed.TotalSeconds, 2),
            perSecond = Math.Round(uploads / elapsed.TotalSeconds, 1),
            p50Ms = Math.Round(Percentile(0.50), 1),
            p95Ms = Math.Round(Percentile(0.95), 1),
            maxMs = Math.Round(sorted[^1], 1),
            created,
            stored,
            other = statuses.Where(s => s != HttpStatusCode.Created).GroupBy(s => (int)s).ToDictionary(g => g.Key.ToString(CultureInfo.InvariantCulture), g => g.Count()),
        };
        Console.WriteLine(JsonSerializer.Serialize(result));
        return created == uploads && stored == uploads ? 0 : 1;
    }
}
