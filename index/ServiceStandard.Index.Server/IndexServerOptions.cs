using ServiceStandard.Index.Method;
using ServiceStandard.Index.Periods;
using ServiceStandard.Index.Publishing;
using ServiceStandard.Index.Storage;

namespace ServiceStandard.Index.Server;

/// <summary>How the index's server runs: its store, where it listens, the upload API's limits, and the method and period the site publishes.</summary>
public sealed record IndexServerOptions(IIndexStore Store, IReadOnlyList<string> Urls)
{
    /// <summary>The largest assessment.json accepted (413 above it). A 500-page run's report is a few MB.</summary>
    public long MaxUploadBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Uploads one token (or one address without a token) may make per window; 429 beyond.</summary>
    public int UploadsPerWindow { get; init; } = 120;

    public TimeSpan RateWindow { get; init; } = TimeSpan.FromMinutes(1);

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The method the read API, the open data and the site compute the index by.</summary>
    public IndexMethod Method { get; init; } = IndexMethodFile.Shipped();

    /// <summary>The period the public site shows; null: the current year (UTC). The read API takes its period in the URL.</summary>
    public IndexPeriod? Period { get; init; }

    /// <summary>The standards' criterion titles in the site's languages (the CLI gives the shipped standards'); none: the assessments' own titles.</summary>
    public CriterionTitles CriterionTitles { get; init; } = CriterionTitles.None;
}
