using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceStandard.Index.Storage;
using ServiceStandard.Index.Uploads;

namespace ServiceStandard.Index.Server;

/// <summary>
/// The index's server on Kestrel: the upload API (<see cref="UploadEndpoint"/>) and a health check.
/// The read API, the open data and the public site (<see cref="ReadEndpoints"/>). The store is migrated before the server listens.
/// </summary>
public static class IndexServer
{
    public const string UploadPolicy = "uploads";

    public static async Task<WebApplication> BuildAsync(IndexServerOptions options, CancellationToken cancellationToken)
    {
        await options.Store.MigrateAsync(cancellationToken);
        var validator = await AssessmentUpload.LoadAsync();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes + 1;
        });
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(UploadPolicy, http => RateLimitPartition.GetFixedWindowLimiter(Partition(http), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.UploadsPerWindow,
                Window = options.RateWindow,
                QueueLimit = 0,
            }));
            limiter.OnRejected = async (context, token) =>
            {
                var http = context.HttpContext;
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : (int)options.RateWindow.TotalSeconds;
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await options.Store.AppendAuditAsync(new AuditEntry(options.Clock.GetUtcNow(), Route(http, "institutionId"), Route(http, "serviceId"), null,
                    StatusCodes.Status429TooManyRequests, "rate-limited", null, null, http.Connection.RemoteIpAddress?.ToString(), $"more than {options.UploadsPerWindow} uploads in {options.RateWindow.TotalSeconds:0} s"), CancellationToken.None);
                await UploadEndpoint.Problem(StatusCodes.Status429TooManyRequests, $"too many uploads: at most {options.UploadsPerWindow} per {options.RateWindow.TotalSeconds:0} s per token; retry after {seconds} s").ExecuteAsync(http);
            };
        });

        var app = builder.Build();
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (IndexStoreException ex) when (!http.Response.HasStarted)
            {
                await UploadEndpoint.Problem(StatusCodes.Status503ServiceUnavailable, "the index's database is unavailable: " + ex.Message).ExecuteAsync(http);
            }
        });
        app.UseRateLimiter();
        var endpoint = new UploadEndpoint(options, validator);
        app.MapPost(UploadEndpoint.Route, (HttpContext http, string institutionId, string serviceId, CancellationToken token) => endpoint.HandleAsync(http, institutionId, serviceId, token))
            .RequireRateLimiting(UploadPolicy);
        app.MapGet("/api/v1/health", () => Results.Json(new { status = "ok", database = options.Store.Kind }));
        ReadEndpoints.Map(app, options);
        return app;
    }

    /// <summary>Uploads are counted per token (its hash, never the token), or per address when there is none.</summary>
    private static string Partition(HttpContext http)
    {
        var authorization = http.Request.Headers.Authorization.ToString();
        return authorization.Length > 0
            ? "token:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(authorization)))
            : "address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    private static string? Route(HttpContext http, string key) => http.Request.RouteValues.TryGetValue(key, out var value) ? value?.ToString() : null;
}
