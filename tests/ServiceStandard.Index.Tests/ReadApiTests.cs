using System.Text.Json;

namespace ServiceStandard.Index.Tests;

/// <summary>
/// The read API on both databases, over the seeded index (hand-computed under the shipped method,
/// docs/index-method.md): reference report 49.79; all four criteria met 96.67; DSS-05 met 87.29;
/// DSS-01 not met as well 31.04 (each with the reference's findings score 0.8667).
/// </summary>
public sealed class ReadApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_ranking_names_the_method_and_ranks_by_the_hand_computed_scores(string kind)
    {
        await using var index = await SeededIndex.StartAsync(kind);
        using var ranking = JsonDocument.Parse(await index.GetTextAsync("api/v1/index/2026/ranking"));
        var root = ranking.RootElement;

        Assert.Equal("1.0.0", root.GetProperty("method").GetProperty("version").GetString());
        Assert.Equal("2026", root.GetProperty("period").GetString());
        var rows = root.GetProperty("institutions").EnumerateArray()
            .Select(i => (Id: i.GetProperty("id").GetString(), Rank: i.GetProperty("rank").GetInt32(), Score: i.GetProperty("score").GetDouble())).ToList();
        Assert.Equal([("quito", 1, 87.3), ("mop", 2, 73.2), ("hostile", 3, 31.0)], rows);

        var mop = root.GetProperty("institutions").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "mop");
        Assert.Equal(23.4, mop.GetProperty("scoreChange").GetDouble());
        Assert.Equal(0, mop.GetProperty("rankChange").GetInt32());
        Assert.True(root.GetProperty("institutions").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "hostile").GetProperty("isNew").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task An_institution_has_its_services_and_history_and_a_service_its_latest_assessment(string kind)
    {
        await using var index = await SeededIndex.StartAsync(kind);
        using var institution = JsonDocument.Parse(await index.GetTextAsync("api/v1/index/2026/institutions/mop"));
        var root = institution.RootElement;
        Assert.Equal("1.0.0", root.GetProperty("method").GetProperty("version").GetString());
        Assert.Equal(["licencias", "permisos"], root.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        var history = root.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["2022", "2023", "2024", "2025", "2026"], history.Select(h => h.GetProperty("period").GetString()));
        Assert.Equal(49.8, history[3].GetProperty("score").GetDouble());
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("score").ValueKind);
        Assert.Equal("not-assessed", history[0].GetProperty("status").GetString());

        using var service = JsonDocument.Parse(await index.GetTextAsync("api/v1/index/2026/institutions/mop/services/permisos"));
        var latest = service.RootElement.GetProperty("latestAssessment");
        Assert.Equal("1.0.0", service.RootElement.GetProperty("method").GetProperty("version").GetString());
        Assert.Equal(49.8, service.RootElement.GetProperty("service").GetProperty("score").GetDouble());
        Assert.Equal((1, 1, 1, 1), (latest.GetProperty("met").GetInt32(), latest.GetProperty("needsReview").GetInt32(), latest.GetProperty("notMet").GetInt32(), latest.GetProperty("notAssessed").GetInt32()));
        Assert.Equal((3, 4), (latest.GetProperty("pagesAssessed").GetInt32(), latest.GetProperty("violations").GetInt32()));
        Assert.Equal("0123abcd", latest.GetProperty("commit").GetString());
    }

    [Fact]
    public async Task The_heat_map_and_the_criteria_most_often_not_met_name_the_method()
    {
        await using var index = await SeededIndex.StartAsync("sqlite");
        using var heat = JsonDocument.Parse(await index.GetTextAsync("api/v1/index/2026/heat-map"));
        Assert.Equal("1.0.0", heat.RootElement.GetProperty("method").GetProperty("version").GetString());
        var cells = heat.RootElement.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(3 * 4, cells.Count);
        // mop on DSS-05: not met in permisos (0), met in licencias (1): mean 0.5.
        var mop05 = cells.Single(c => c.GetProperty("institutionId").GetString() == "mop" && c.GetProperty("criterionId").GetString() == "DSS-05");
        Assert.Equal((1, 1, 0.5), (mop05.GetProperty("met").GetInt32(), mop05.GetProperty("notMet").GetInt32(), mop05.GetProperty("score").GetDouble()));
        var quito14 = cells.Single(c => c.GetProperty("institutionId").GetString() == "quito" && c.GetProperty("criterionId").GetString() == "DSS-14");
        Assert.Equal(JsonValueKind.Null, quito14.GetProperty("score").ValueKind);

        using var notMet = JsonDocument.Parse(await index.GetTextAsync("api/v1/index/2026/criteria-not-met"));
        Assert.Equal("1.0.0", notMet.RootElement.GetProperty("method").GetProperty("version").GetString());
        Assert.Equal([("DSS-05", 2), ("DSS-01", 1)], notMet.RootElement.GetProperty("criteria").EnumerateArray().Select(c => (c.GetProperty("criterionId").GetString(), c.GetProperty("notMet").GetInt32())));
    }

    [Fact]
    public async Task A_bad_period_is_400_and_an_unknown_institution_or_service_404()
    {
        await using var index = await SeededIndex.StartAsync("sqlite");
        var (status, type, body) = await index.GetAsync("api/v1/index/26/ranking");
        Assert.Equal(400, status);
        Assert.StartsWith("application/problem+json", type, StringComparison.Ordinal);
        Assert.Contains("a year (2026) or a quarter (2026-Q2)", System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        Assert.Equal(404, (await index.GetAsync("api/v1/index/2026/institutions/nobody")).Status);
        Assert.Equal(404, (await index.GetAsync("api/v1/index/2026/institutions/mop/services/nothing")).Status);
        Assert.Equal(404, (await index.GetAsync("api/v1/index/2026/institutions/NOT..VALID")).Status);
    }
}
