using ServiceStandard.Index.Storage;

namespace ServiceStandard.Index.Server;

/// <summary>How the index's server runs: its store, where it listens, and the upload API's limits.</summary>
public sealed record IndexServerOptions(IIndexStore Store, IReadOnlyList<string> Urls)
{
    /// <summary>The largest assessment.json accepted (413 above it). A 500-page run's report is a few MB.</summary>
    public long MaxUploadBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Uploads one token (or one address without a token) may make per window; 429 beyond.</summary>
    public int UploadsPerWindow { get; init; } = 120;

    public TimeSpan RateWindow { get; init; } = TimeSpan.FromMinutes(1);

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
