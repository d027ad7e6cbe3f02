namespace ServiceStandard.Index.Storage;

/// <summary>An uploaded assessment.json as the index keeps it: the whole document, and what it says about itself.</summary>
/// <param name="ContentHash">SHA-256 of the uploaded bytes, lower-case hex: the same upload twice is one record.</param>
/// <param name="StartedAt">When the assessed run started (run.startedAt): it decides the period the assessment counts in.</param>
/// <param name="Commit">The commit the uploading CI said it assessed, or null.</param>
/// <param name="Document">The assessment.json exactly as uploaded.</param>
public sealed record StoredAssessment(
    long Id,
    string InstitutionId,
    string ServiceId,
    string ContentHash,
    DateTimeOffset ReceivedAt,
    DateTimeOffset StartedAt,
    string ToolVersion,
    string StandardId,
    string StandardVersion,
    string? Commit,
    string Document);

/// <summary>
/// A stored assessment without its document: the columns the store keeps beside it. Enough to choose
/// which assessment of a service counts in a period before any document is read.
/// </summary>
public sealed record AssessmentHeader(
    long Id,
    string InstitutionId,
    string ServiceId,
    DateTimeOffset ReceivedAt,
    DateTimeOffset StartedAt,
    string ToolVersion,
    string StandardId,
    string StandardVersion,
    string? Commit);

/// <summary>What the store holds now, cheaply: when any of it changes, an index computed before is out of date.</summary>
/// <param name="LatestAssessmentId">The highest assessment id (0 when there is none): every new upload raises it.</param>
public sealed record StoreVersion(long LatestAssessmentId, long Assessments, long Institutions, long Services);

/// <summary>What an upload asks the store to keep.</summary>
public sealed record NewAssessment(
    string InstitutionId,
    string ServiceId,
    string ContentHash,
    DateTimeOffset ReceivedAt,
    DateTimeOffset StartedAt,
    string ToolVersion,
    string StandardId,
    string StandardVersion,
    string? Commit,
    string Document);

/// <summary>The stored record, and whether this upload created it (false: the same content was already there).</summary>
public sealed record StoreOutcome(StoredAssessment Assessment, bool Created);

/// <summary>An access token as stored: never the token itself, only its SHA-256.</summary>
/// <param name="Id">The token's public id, printed with it and used to revoke it.</param>
public sealed record AccessTokenRecord(string Id, string InstitutionId, string TokenHash, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool IsActive => RevokedAt is null;
}

/// <summary>One line of the upload audit log: every request to the upload API, accepted or not.</summary>
/// <param name="Outcome">created, duplicate, or why it was refused (unauthenticated, forbidden, too-large, invalid, unknown-service, rate-limited).</param>
public sealed record AuditEntry(
    DateTimeOffset At,
    string? InstitutionId,
    string? ServiceId,
    string? TokenId,
    int Status,
    string Outcome,
    string? ContentHash,
    long? AssessmentId,
    string? RemoteAddress,
    string? Detail);
