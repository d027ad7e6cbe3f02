using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using ServiceStandard.Index.Catalogue;
using ServiceStandard.Index.Storage;
using ServiceStandard.Index.Uploads;

namespace ServiceStandard.Index.Server;

/// <summary>
/// <c>POST /api/v1/institutions/{institutionId}/services/{serviceId}/assessments</c>: a team's CI
/// uploads its assessment.json with its institution's bearer token. Every request, accepted or not,
/// is a line of the audit log. Answers (JSON, problem details): 201 kept, 200 the same content was
/// already kept (same record), 400 not JSON, 401 no or unknown or revoked token, 403 another
/// institution's token, 404 unknown service, 413 too large, 422 not a valid assessment.json,
/// 429 too many uploads, 503 the database is unavailable.
/// </summary>
public sealed partial class UploadEndpoint(IndexServerOptions options, AssessmentUpload validator)
{
    public const string Route = "/api/v1/institutions/{institutionId}/services/{serviceId}/assessments";

    public const string CommitHeader = "X-ServiceStandard-Commit";

    public async Task<IResult> HandleAsync(HttpContext http, string institutionId, string serviceId, CancellationToken cancellationToken)
    {
        var store = options.Store;
        var audit = new AuditEntry(options.Clock.GetUtcNow(), Bounded(institutionId), Bounded(serviceId), null, 0, string.Empty, null, null, http.Connection.RemoteIpAddress?.ToString(), null);

        async Task<IResult> Refuse(int status, string outcome, string detail, IReadOnlyList<UploadProblem>? problems = null)
        {
            await store.AppendAuditAsync(audit with { Status = status, Outcome = outcome, Detail = detail }, CancellationToken.None);
            return Problem(status, detail, problems);
        }

        var token = BearerToken(http.Request.Headers.Authorization.ToString());
        if (token is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return await Refuse(StatusCodes.Status401Unauthorized, "unauthenticated", "send the institution's upload token as 'Authorization: Bearer <token>'");
        }

        var record = await store.FindTokenAsync(AccessTokens.Hash(token), cancellationToken);
        if (record is null || !record.IsActive)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return await Refuse(StatusCodes.Status401Unauthorized, "unauthenticated", record is null ? "the token is not one this index issued" : "the token was revoked; ask for a new one");
        }

        audit = audit with { TokenId = record.Id };
        if (!string.Equals(record.InstitutionId, institutionId, StringComparison.Ordinal))
        {
            return await Refuse(StatusCodes.Status403Forbidden, "forbidden", $"this token uploads only for institution '{record.InstitutionId}', not '{Bounded(institutionId)}'");
        }

        if (!IndexIds.IsValid(serviceId) || await store.GetServiceAsync(institutionId, serviceId, cancellationToken) is null)
        {
            return await Refuse(StatusCodes.Status404NotFound, "unknown-service", $"institution '{institutionId}' has no service '{Bounded(serviceId)}'; register it with: servicestandard index service add {institutionId}/{Bounded(serviceId)} --name \"...\"");
        }

        var commit = http.Request.Headers[CommitHeader].ToString();
        if (commit.Length > 0 && !CommitText().IsMatch(commit))
        {
            return await Refuse(StatusCodes.Status400BadRequest, "invalid", $"{CommitHeader} must be a commit id (7 to 64 hexadecimal digits)");
        }

        var body = await ReadLimitedAsync(http, options.MaxUploadBytes, cancellationToken);
        if (body is null)
        {
            return await Refuse(StatusCodes.Status413PayloadTooLarge, "too-large", $"the assessment is larger than this index accepts ({options.MaxUploadBytes} bytes)");
        }

        switch (validator.Check(body))
        {
            case UploadCheck.Malformed malformed:
                return await Refuse(StatusCodes.Status400BadRequest, "invalid", malformed.Problem.ToString(), [malformed.Problem]);
            case UploadCheck.Invalid invalid:
                return await Refuse(StatusCodes.Status422UnprocessableEntity, "invalid",
                    $"the body is not a valid assessment.json: {invalid.Problems.Count}{(invalid.Problems.Count == AssessmentUpload.MaxProblems ? " or more" : string.Empty)} problem(s), the first: {invalid.Problems[0]}",
                    invalid.Problems);
            case UploadCheck.Valid valid:
                var report = valid.Report;
                var outcome = await store.StoreAssessmentAsync(new NewAssessment(institutionId, serviceId, valid.ContentHash, options.Clock.GetUtcNow(), report.Run.StartedAt,
                    report.Run.ToolVersion, report.Standard.Id, report.Standard.Version, commit.Length > 0 ? commit : null, valid.Text), cancellationToken);
                var status = outcome.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK;
                await store.AppendAuditAsync(audit with { Status = status, Outcome = outcome.Created ? "created" : "duplicate", ContentHash = valid.ContentHash, AssessmentId = outcome.Assessment.Id }, CancellationToken.None);
                var location = $"/api/v1/institutions/{institutionId}/services/{serviceId}/assessments/{outcome.Assessment.Id}";
                var answer = new UploadAnswer(outcome.Assessment.Id, valid.ContentHash, outcome.Created, outcome.Assessment.StartedAt, location);
                return outcome.Created ? Results.Created(location, answer) : Results.Ok(answer);
            default:
                throw new InvalidOperationException("unknown upload check");
        }
    }

    public static IResult Problem(int status, string detail, IReadOnlyList<UploadProblem>? problems = null) =>
        Results.Json(new ProblemAnswer(status, detail, problems?.Select(p => new ProblemItem(p.Path, p.Problem, p.Line, p.Column)).ToList()), statusCode: status, contentType: "application/problem+json");

    private static string? BearerToken(string header)
    {
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[scheme.Length..].Trim();
        return token.Length is > 0 and <= 256 ? token : null;
    }

    /// <summary>Reads the body up to <paramref name="limit"/> bytes; null when it is larger.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(HttpContext http, long limit, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > limit)
        {
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Ids from the URL as they go into the log: at most 64 characters, control characters replaced.</summary>
    private static string Bounded(string value)
    {
        var cut = value.Length > 64 ? value[..64] : value;
        return new string([.. cut.Select(c => char.IsControl(c) ? '?' : c)]);
    }

    [GeneratedRegex("^[0-9a-f]{7,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex CommitText();
}

/// <summary>The answer to an accepted upload.</summary>
public sealed record UploadAnswer(long Id, string ContentHash, bool Created, DateTimeOffset StartedAt, string Location);

/// <summary>The answer to a refused request (application/problem+json).</summary>
public sealed record ProblemAnswer(int Status, string Detail, IReadOnlyList<ProblemItem>? Problems);

public sealed record ProblemItem(string Path, string Problem, int? Line, int? Column);
