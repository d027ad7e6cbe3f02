namespace ServiceStandard.Configuration;

/// <summary>
/// What the command line says about a run. Each value given replaces the config file's
/// (see <see cref="ConfigDefaults.ApplyOverrides"/>); null or empty means "not given".
/// Enumerated values are the config's own words (<c>serious</c>, <c>sarif</c>), validated on merge.
/// </summary>
public sealed record ConfigOverrides
{
    public static ConfigOverrides None { get; } = new();

    /// <summary><c>--url</c>: pages to assess, replacing <c>target.pages</c>. Absolute URLs, or paths when the config has a base URL.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary><c>--base-url</c>: replaces <c>target.baseUrl</c>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary><c>--format</c>: replaces <c>output.formats</c> (json, html, sarif, junit, md).</summary>
    public IReadOnlyList<string> Formats { get; init; } = [];

    /// <summary><c>--out</c>: replaces <c>output.dir</c>; relative to the working directory.</summary>
    public string? OutDir { get; init; }

    /// <summary><c>--fail-on</c>: critical, serious, moderate, minor or none.</summary>
    public string? FailOn { get; init; }

    /// <summary><c>--language</c>: the report language (en, es).</summary>
    public string? Language { get; init; }

    /// <summary><c>--checks</c>: check families or ids to run, replacing <c>checks.enable</c>.</summary>
    public IReadOnlyList<string> Checks { get; init; } = [];

    /// <summary><c>--browser-path</c>: replaces <c>target.browserPath</c>.</summary>
    public string? BrowserPath { get; init; }

    /// <summary><c>--browser-endpoint</c>: a Playwright server to connect to, replacing the config's browser.</summary>
    public string? BrowserEndpoint { get; init; }

    /// <summary><c>--cdp-endpoint</c>: a Chromium to connect to over CDP, replacing the config's browser.</summary>
    public string? CdpEndpoint { get; init; }

    /// <summary>--source: a folder of C# source to run the code checks over (replaces source.path).</summary>
    public string? Source { get; init; }

    /// <summary><c>--concurrency</c>: replaces <c>target.concurrency</c> (0 = number of cores).</summary>
    public int? Concurrency { get; init; }

    /// <summary><c>--max-requests-per-second</c>: replaces <c>target.maxRequestsPerSecond</c> (0 = no limit).</summary>
    public double? MaxRequestsPerSecond { get; init; }

    /// <summary><c>--baseline</c>: an earlier run's assessment.json, replacing <c>baseline</c>; relative to the working directory.</summary>
    public string? Baseline { get; init; }

    /// <summary><c>--new-only</c>: only new findings (against the baseline) decide the exit code.</summary>
    public bool? NewOnly { get; init; }
}
