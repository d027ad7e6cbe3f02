using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ServiceStandard.Index.Catalogue;
using ServiceStandard.Index.Periods;
using ServiceStandard.Index.Publishing;
using ServiceStandard.Index.Server.Site;

namespace ServiceStandard.Index.Server;

/// <summary>
/// The read API (JSON, every document naming the method version that computed it) and the public
/// site with its open data. Requests are answered from a snapshot computed once per period and kept
/// until the store changes (<see cref="SnapshotCache"/>), so what is read is what is stored now; the site shows <see cref="IndexServerOptions.Period"/> (by default the
/// current year). Answers: 200, 400 a period that is not a year or a quarter, 404 an unknown
/// institution or service or page.
/// </summary>
public static class ReadEndpoints
{
    public const string Prefix = "/api/v1/index/{period}";

    public static void Map(WebApplication app, IndexServerOptions options)
    {
        var snapshots = new SnapshotCache(options.Store, options.Method, options.CriterionTitles);
        var api = app.MapGroup(Prefix);
        api.MapGet("/ranking", (string period, CancellationToken token) =>
            WithSnapshot(snapshots, period, null, null, s => Results.Json(IndexDocuments.Ranking(s), IndexDocuments.Json), token));
        api.MapGet("/institutions/{institutionId}", (string period, string institutionId, CancellationToken token) =>
            WithSnapshot(snapshots, period, institutionId, null, s => Results.Json(IndexDocuments.Institution(s, institutionId), IndexDocuments.Json), token));
        api.MapGet("/institutions/{institutionId}/services/{serviceId}", (string period, string institutionId, string serviceId, CancellationToken token) =>
            WithSnapshot(snapshots, period, institutionId, serviceId, s => Results.Json(IndexDocuments.Service(s, institutionId, serviceId), IndexDocuments.Json), token));
        api.MapGet("/heat-map", (string period, CancellationToken token) =>
            WithSnapshot(snapshots, period, null, null, s => Results.Json(IndexDocuments.HeatMap(s), IndexDocuments.Json), token));
        api.MapGet("/criteria-not-met", (string period, CancellationToken token) =>
            WithSnapshot(snapshots, period, null, null, s => Results.Json(IndexDocuments.MostOftenNotMet(s), IndexDocuments.Json), token));

        app.MapGet("/", () => Results.Redirect("/en/"));
        app.MapGet("/{**path}", async (HttpContext http, string path, CancellationToken token) =>
        {
            http.Response.Headers.XContentTypeOptions = "nosniff";
            if (SiteAssets.Get(path) is { } asset)
            {
                return Results.Bytes(asset.Content, asset.ContentType);
            }

            var snapshot = await snapshots.GetAsync(SitePeriod(options), token);

            // A folder's page without its slash would break the relative links: send the browser to the slash.
            if (!path.EndsWith('/') && !Path.HasExtension(path) && IndexSite.Render(snapshot, path + "/") is not null)
            {
                return Results.Redirect("/" + path + "/");
            }

            var file = IndexSite.Render(snapshot, path);
            if (file is null)
            {
                var language = path.StartsWith("es/", StringComparison.Ordinal) ? "es" : "en";
                return Results.Content(IndexSite.NotFound(snapshot, language), "text/html; charset=utf-8", null, StatusCodes.Status404NotFound);
            }

            return Results.Bytes(file.Content, file.ContentType);
        });
    }

    /// <summary>The period the site shows: the configured one, else the current year.</summary>
    public static IndexPeriod SitePeriod(IndexServerOptions options) => options.Period ?? IndexPeriod.Year(options.Clock.GetUtcNow().Year);

    private static async Task<IResult> WithSnapshot(SnapshotCache snapshots, string periodText, string? institutionId, string? serviceId, Func<IndexSnapshot, IResult> answer, CancellationToken token)
    {
        if (IndexPeriod.Parse(periodText) is not { } period)
        {
            return UploadEndpoint.Problem(StatusCodes.Status400BadRequest, "the period must be a year (2026) or a quarter (2026-Q2)");
        }

        if (institutionId is not null && !IndexIds.IsValid(institutionId))
        {
            return UploadEndpoint.Problem(StatusCodes.Status404NotFound, "no such institution");
        }

        var snapshot = await snapshots.GetAsync(period, token);
        if (institutionId is not null && snapshot.Institution(institutionId) is null)
        {
            return UploadEndpoint.Problem(StatusCodes.Status404NotFound, $"there is no institution '{institutionId}'");
        }

        if (serviceId is not null && snapshot.Service(institutionId!, serviceId) is null)
        {
            return UploadEndpoint.Problem(StatusCodes.Status404NotFound, $"institution '{institutionId}' has no service '{(IndexIds.IsValid(serviceId) ? serviceId : "?")}'");
        }

        return answer(snapshot);
    }
}
