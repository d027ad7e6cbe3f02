using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ServiceStandard.Index.Uploads;

/// <summary>What <c>servicestandard upload</c> sends: one assessment.json to one service of one institution.</summary>
/// <param name="Commit">The commit assessed (sent as X-ServiceStandard-Commit), or null.</param>
public sealed record UploadRequest(Uri Server, string Token, string InstitutionId, string ServiceId, byte[] Body, string? Commit);

public enum UploadStatus
{
    Created,
    Duplicate,
    Malformed,
    Unauthorized,
    Forbidden,
    NotFound,
    TooLarge,
    Invalid,
    RateLimited,
    ServerError,
    Unreachable,
}

/// <summary>How an upload ended, after any retries: the server's own sentence and problems when it refused.</summary>
public sealed record UploadResult(UploadStatus Status, int? HttpStatus, long? AssessmentId, string? Detail, IReadOnlyList<UploadProblem> Problems, int Attempts)
{
    public bool Accepted => Status is UploadStatus.Created or UploadStatus.Duplicate;
}

/// <summary>How often and how long to wait: exponential backoff from <see cref="FirstDelay"/>, a server's Retry-After honoured up to <see cref="MaxDelay"/>.</summary>
public sealed record UploadRetryPolicy(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public static UploadRetryPolicy Default { get; } = new(5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

    public TimeSpan DelayBefore(int attempt, TimeSpan? retryAfter)
    {
        var backoff = FirstDelay * Math.Pow(2, attempt - 2);
        var wait = retryAfter is { } asked && asked > backoff ? asked : backoff;
        return wait > MaxDelay ? MaxDelay : wait;
    }
}

/// <summary>
/// Uploads an assessment to an index server. It retries what may pass later (no answer, 429, 500,
/// 502, 503, 504) with backoff; the same upload twice is one record on the server, so a retry after
/// a lost answer never doubles it. A refusal (400, 401, 403, 404, 413, 422) is final.
/// </summary>
public sealed class UploadClient(HttpClient http, UploadRetryPolicy policy, Func<TimeSpan, CancellationToken, Task>? delay = null)
{
    private readonly Func<TimeSpan, CancellationToken, Task> _delay = delay ?? Task.Delay;

    public static Uri Endpoint(Uri server, string institutionId, string serviceId) =>
        new(server, $"api/v1/institutions/{Uri.EscapeDataString(institutionId)}/services/{Uri.EscapeDataString(serviceId)}/assessments");

    public async Task<UploadResult> UploadAsync(UploadRequest request, CancellationToken cancellationToken)
    {
        var endpoint = Endpoint(request.Server.AbsoluteUri.EndsWith('/') ? request.Server : new Uri(request.Server.AbsoluteUri + "/"), request.InstitutionId, request.ServiceId);
        UploadResult last = new(UploadStatus.Unreachable, null, null, null, [], 0);
        TimeSpan? retryAfter = null;
        for (var attempt = 1; attempt <= policy.MaxAttempts; attempt++)
        {
            if (attempt > 1)
            {
                await _delay(policy.DelayBefore(attempt, retryAfter), cancellationToken);
            }

            (last, retryAfter) = await SendAsync(endpoint, request, attempt, cancellationToken);
            if (last.Status is not (UploadStatus.Unreachable or UploadStatus.ServerError or UploadStatus.RateLimited))
            {
                return last;
            }
        }

        return last;
    }

    private async Task<(UploadResult, TimeSpan?)> SendAsync(Uri endpoint, UploadRequest request, int attempt, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(request.Body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", request.Token);
        if (request.Commit is not null)
        {
            message.Headers.TryAddWithoutValidation("X-ServiceStandard-Commit", request.Commit);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(message, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return (new UploadResult(UploadStatus.Unreachable, null, null, ex.Message, [], attempt), null);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return (new UploadResult(UploadStatus.Unreachable, null, null, "no answer in time: " + ex.Message, [], attempt), null);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var (id, detail, problems) = Read(text);
            var code = (int)response.StatusCode;
            var status = response.StatusCode switch
            {
                HttpStatusCode.Created => UploadStatus.Created,
                HttpStatusCode.OK => UploadStatus.Duplicate,
                HttpStatusCode.BadRequest => UploadStatus.Malformed,
                HttpStatusCode.Unauthorized => UploadStatus.Unauthorized,
                HttpStatusCode.Forbidden => UploadStatus.Forbidden,
                HttpStatusCode.NotFound => UploadStatus.NotFound,
                HttpStatusCode.RequestEntityTooLarge => UploadStatus.TooLarge,
                HttpStatusCode.UnprocessableEntity => UploadStatus.Invalid,
                HttpStatusCode.TooManyRequests => UploadStatus.RateLimited,
                _ => UploadStatus.ServerError,
            };
            var retryAfter = response.Headers.RetryAfter?.Delta
                ?? (response.Headers.RetryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
            return (new UploadResult(status, code, id, detail ?? (status == UploadStatus.ServerError ? $"HTTP {code.ToString(CultureInfo.InvariantCulture)}" : null), problems, attempt), retryAfter);
        }
    }

    /// <summary>The id of an accepted upload, or the server's detail and problems of a refusal; nothing when the body is not the server's JSON.</summary>
    private static (long? Id, string? Detail, IReadOnlyList<UploadProblem> Problems) Read(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, []);
            }

            long? id = root.TryGetProperty("id", out var idValue) && idValue.TryGetInt64(out var number) ? number : null;
            var detail = root.TryGetProperty("detail", out var detailValue) && detailValue.ValueKind == JsonValueKind.String ? detailValue.GetString() : null;
            var problems = new List<UploadProblem>();
            if (root.TryGetProperty("problems", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray().Take(AssessmentUpload.MaxProblems))
                {
                    problems.Add(new UploadProblem(
                        item.TryGetProperty("path", out var path) ? path.GetString() ?? "#" : "#",
                        item.TryGetProperty("problem", out var problem) ? problem.GetString() ?? string.Empty : string.Empty,
                        item.TryGetProperty("line", out var line) && line.TryGetInt32(out var l) ? l : null,
                        item.TryGetProperty("column", out var column) && column.TryGetInt32(out var c) ? c : null));
                }
            }

            return (id, detail, problems);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return (null, null, []);
        }
    }
}
