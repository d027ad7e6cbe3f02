using ServiceStandard.Standard;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Configuration;

/// <summary>
/// The one place where a run's configuration is layered: defaults, then the file
/// (<see cref="ConfigLoader"/> starts every section from the values here), then the command
/// line (<see cref="ApplyOverrides"/>) — command-line options override the file.
/// </summary>
public static partial class ConfigDefaults
{
    public const string FileName = "servicestandard.yml";

    public const int SchemaVersion = 1;

    public const string Language = "en";

    public const int Concurrency = 0;

    public const FailThreshold FailOn = FailThreshold.Serious;

    public const bool NewOnly = false;

    /// <summary>Relative to the config file's folder (or the working directory when there is no file).</summary>
    public const string OutputDirectory = "./servicestandard-report";

    /// <summary>Where diagnostics about command-line values point.</summary>
    public static SourceLocation CommandLine { get; } = new("command line", 1, 1);

    public static string Standard => ShippedStandards.DefaultId;

    public static IReadOnlyList<string> ServiceLanguages { get; } = ["en"];

    /// <summary>The base URL itself.</summary>
    public static IReadOnlyList<string> Pages { get; } = ["/"];

    public static CrawlConfig Crawl { get; } = new(Enabled: false, MaxPages: 50, MaxDepth: 3, Include: ["/**"], Exclude: [], RespectRobotsTxt: true);

    public static TimeoutConfig Timeouts { get; } = new(PageSeconds: 30, NavigationSeconds: 30);

    public static ViewportSize Viewport { get; } = new(Width: 1280, Height: 900);

    public static IReadOnlyList<string> SourceExclude { get; } = ["**/bin/**", "**/obj/**"];

    /// <summary>nuget.org, the feed <c>source.restore: download</c> uses unless <c>source.feeds</c> names others.</summary>
    public static IReadOnlyList<string> PackageFeeds { get; } = ["https://api.nuget.org/v3/index.json"];

    /// <summary>What a web service is attacked through: its requests and the network.</summary>
    public static IReadOnlyList<ThreatModel> ThreatModels { get; } = [ThreatModel.Remote];

    public static DesignSystemConfig DesignSystem { get; } = new(Pack: "servicestandard", MinimumVersion: null, Palette: ConfigKeywords.TokensPalette, PaletteTolerance: 2.3);

    public static AccessibilityConfig Accessibility { get; } = new(AccessibilityLevel.Wcag22AA, BestPractice: false, Keyboard: true, Reflow: true);

    public static CheckSelection Checks { get; } = new(Enable: [], Disable: []);

    /// <summary>No formats named: the renderers' defaults apply.</summary>
    public static IReadOnlyList<FormatChoice> Formats { get; } = [];

    /// <summary>The configuration of a run with no config file: every default, no target, no source.</summary>
    public static ServiceConfig Create(string baseDirectory)
    {
        var directory = Path.GetFullPath(baseDirectory);
        return new ServiceConfig(
            SchemaVersion,
            new ServiceInfo(Name: null, Phase: null, ServiceLanguages, Owner: null),
            Standard,
            Language,
            Target: null,
            Source: null,
            DesignSystem,
            Accessibility,
            Checks,
            FailOn,
            NewOnly,
            Baseline: null,
            new OutputConfig(Path.GetFullPath(Path.Combine(directory, OutputDirectory)), Formats),
            Suppressions: [],
            directory,
            ConfigFile: null);
    }

    /// <summary>A target at <paramref name="baseUrl"/> with every default: only its origin allowed, the base URL as the one page.</summary>
    public static TargetConfig CreateTarget(Uri baseUrl) =>
        new(baseUrl, AllowedOriginsFor(baseUrl), Pages, Crawl, Journeys: [], Auth: null, Timeouts, Concurrency, BrowserPath: null, Viewport);

    /// <summary>What <c>allowedOrigins</c> is when not written: the base URL's origin.</summary>
    public static IReadOnlyList<string> AllowedOriginsFor(Uri baseUrl) => [ConfigUrls.OriginOf(baseUrl)];

    /// <summary>
    /// Lays the command line over a loaded config (or over the defaults when there is no file).
    /// <c>--url</c> with no config (or a config without a target) makes a target whose base URL is the
    /// first URL's origin, whose pages are the URLs and whose allowed origins are theirs.
    /// <c>--base-url</c> moves the allowed origins with it when the file left them at their default.
    /// Bad values come back as diagnostics located at <see cref="CommandLine"/>.
    /// </summary>
    public static LoadResult<ServiceConfig> ApplyOverrides(ServiceConfig? config, ConfigOverrides overrides, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var errors = new List<Diagnostic>();
        void Error(string message) => errors.Add(Diagnostic.Error(CommandLine, message));

        var merged = config ?? Create(workingDirectory);
        var target = merged.Target;

        if (overrides.BaseUrl is not null)
        {
            if (!ConfigUrls.TryParseAbsolute(overrides.BaseUrl, out var baseUrl))
            {
                Error($"--base-url '{overrides.BaseUrl}' must be an absolute http:// or https:// URL, such as http://127.0.0.1:5000/");
            }
            else if (target is null)
            {
                target = CreateTarget(baseUrl);
            }
            else
            {
                var origins = target.AllowedOrigins.SequenceEqual(AllowedOriginsFor(target.BaseUrl), StringComparer.OrdinalIgnoreCase)
                    ? AllowedOriginsFor(baseUrl)
                    : target.AllowedOrigins;
                target = target with { BaseUrl = baseUrl, AllowedOrigins = origins };
                if (!target.IsAllowed(baseUrl))
                {
                    Error($"--base-url '{overrides.BaseUrl}' is outside target.allowedOrigins ({string.Join(", ", origins)}); add its origin to the config's allowedOrigins");
                }
            }
        }

        if (overrides.Urls.Count > 0)
        {
            target = ApplyUrls(target, overrides.Urls, Error);
        }

        if (target is not null)
        {
            target = ApplyBrowser(target, overrides, Error);

            if (overrides.Concurrency is { } concurrency)
            {
                if (concurrency < 0)
                {
                    Error($"--concurrency must be 0 (one per processor) or more, found {concurrency}");
                }
                else
                {
                    target = target with { Concurrency = concurrency };
                }
            }

            if (overrides.MaxRequestsPerSecond is { } rate)
            {
                if (rate < 0 || !double.IsFinite(rate))
                {
                    Error($"--max-requests-per-second must be 0 (no limit) or more, found {rate.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
                }
                else
                {
                    target = target with { MaxRequestsPerSecond = rate > 0 ? rate : null };
                }
            }

            errors.AddRange(OutsideAllowedOrigins(target, overrides.Urls.Count > 0 ? "--url" : "the config"));
        }

        // Pages named on the command line are the pages to visit: the config's sample is not.
        merged = merged with { Target = target, Sample = overrides.Urls.Count > 0 ? null : merged.Sample };

        if (overrides.Source is not null)
        {
            var sourcePath = Path.GetFullPath(Path.Combine(workingDirectory, overrides.Source));
            if (Directory.Exists(sourcePath))
            {
                // The config's source settings apply to --source's folder, whether or not it gave a path.
                var settings = merged.Source ?? merged.SourceSettings;
                merged = merged with
                {
                    Source = new SourceConfig(sourcePath, settings?.Exclude ?? SourceExclude)
                    {
                        Restore = settings?.Restore ?? PackageRestore.None,
                        Feeds = settings?.Feeds ?? PackageFeeds,
                        ThreatModels = settings?.ThreatModels ?? ThreatModels,
                    },
                };
            }
            else
            {
                Error($"--source '{overrides.Source}' is not a folder");
            }
        }

        if (overrides.Formats.Count > 0)
        {
            var formats = overrides.Formats.Distinct(StringComparer.Ordinal).Select(name => new FormatChoice(name, CommandLine)).ToList();
            merged = merged with { Output = merged.Output with { Formats = formats } };
        }

        if (overrides.OutDir is not null)
        {
            merged = merged with { Output = merged.Output with { Directory = Path.GetFullPath(Path.Combine(workingDirectory, overrides.OutDir)) } };
        }

        if (overrides.FailOn is not null)
        {
            if (ConfigKeywords.FailThresholds.TryParse(overrides.FailOn, out var failOn))
            {
                merged = merged with { FailOn = failOn };
            }
            else
            {
                Error($"--fail-on '{overrides.FailOn}' is not one of: {string.Join(", ", ConfigKeywords.FailThresholds.Names)}");
            }
        }

        if (overrides.Language is not null)
        {
            if (ConfigKeywords.ReportLanguages.Contains(overrides.Language, StringComparer.Ordinal))
            {
                merged = merged with { Language = overrides.Language };
            }
            else
            {
                Error($"--language '{overrides.Language}' is not one of: {string.Join(", ", ConfigKeywords.ReportLanguages)}");
            }
        }

        if (overrides.Baseline is not null)
        {
            var baseline = Path.GetFullPath(Path.Combine(workingDirectory, overrides.Baseline));
            if (File.Exists(baseline))
            {
                merged = merged with { Baseline = baseline };
            }
            else
            {
                Error($"--baseline '{overrides.Baseline}' does not exist; it is the assessment.json of an earlier run");
            }
        }

        if (overrides.NewOnly is { } newOnly)
        {
            merged = merged with { NewOnly = newOnly };
        }

        if (merged.NewOnly && merged.Baseline is null && overrides.Baseline is null)
        {
            Error("--new-only needs a baseline: give --baseline with the assessment.json of an earlier run (or baseline in servicestandard.yml)");
        }

        if (overrides.Checks.Count > 0)
        {
            foreach (var check in overrides.Checks)
            {
                if (CheckReferences.Problem(check) is { } problem)
                {
                    Error($"--checks {problem}");
                }
            }

            merged = merged with { Checks = merged.Checks with { Enable = [.. overrides.Checks.Distinct(StringComparer.Ordinal)] } };
        }

        return errors.Count > 0 ? LoadResult<ServiceConfig>.Failed(errors) : new LoadResult<ServiceConfig>(merged, []);
    }

    private static TargetConfig? ApplyUrls(TargetConfig? target, IReadOnlyList<string> urls, Action<string> error)
    {
        var absolute = new List<Uri>();
        foreach (var text in urls)
        {
            if (ConfigUrls.TryParseAbsolute(text, out var url))
            {
                absolute.Add(url);
            }
            else if (target is null || !ConfigUrls.IsPath(text))
            {
                error(target is null
                    ? $"--url '{text}' must be an absolute http:// or https:// URL (paths need a base URL: --base-url or target.baseUrl in the config)"
                    : $"--url '{text}' must be a path starting with / or an absolute http:// or https:// URL");
            }
        }

        if (target is not null)
        {
            return target with { Pages = [.. urls] };
        }

        if (absolute.Count == 0)
        {
            return null;
        }

        var baseUrl = new Uri(ConfigUrls.OriginOf(absolute[0]) + "/");
        return CreateTarget(baseUrl) with
        {
            AllowedOrigins = [.. absolute.Select(ConfigUrls.OriginOf).Distinct(StringComparer.OrdinalIgnoreCase)],
            Pages = [.. absolute.Select(u => u.AbsoluteUri)],
        };
    }

    /// <summary>Pages, goto steps and the login URL that the merged target would not be allowed to visit.</summary>
    private static IEnumerable<Diagnostic> OutsideAllowedOrigins(TargetConfig target, string pagesFrom)
    {
        var origins = string.Join(", ", target.AllowedOrigins);
        foreach (var page in target.Pages.Where(p => !ConfigUrls.IsPath(p)))
        {
            if (ConfigUrls.TryParseAbsolute(page, out var url) && !target.IsAllowed(url))
            {
                yield return Diagnostic.Error(CommandLine, $"the page '{page}' from {pagesFrom} is outside the allowed origins ({origins})");
            }
        }

        var steps = target.Journeys.SelectMany(j => j.Steps).Concat(target.Auth?.Steps ?? []);
        foreach (var step in steps.OfType<GotoStep>().Where(s => !ConfigUrls.IsPath(s.Url)))
        {
            if (ConfigUrls.TryParseAbsolute(step.Url, out var url) && !target.IsAllowed(url))
            {
                yield return Diagnostic.Error(step.Location, $"'{step.Url}' is outside the allowed origins ({origins}) once the command line's base URL applies");
            }
        }

        if (target.Auth?.LoginUrl is { } login && ConfigUrls.TryParseAbsolute(login, out var loginUrl) && !target.IsAllowed(loginUrl))
        {
            yield return Diagnostic.Error(target.Auth.Location, $"the login URL '{login}' is outside the allowed origins ({origins}) once the command line's base URL applies");
        }
    }
}
