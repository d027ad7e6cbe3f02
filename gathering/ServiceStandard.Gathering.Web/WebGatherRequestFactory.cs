using ServiceStandard.Configuration;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Privacy;

namespace ServiceStandard.Gathering.Web;

/// <summary>
/// Turns a loaded config into the gatherer's input. Environment references are resolved here,
/// at the last moment, so secrets live only in the request handed to the browser.
/// </summary>
public static class WebGatherRequestFactory
{
    public static LoadResult<WebGatherRequest> Create(ServiceConfig config, Func<string, string?> environment, string? screenshotDirectory)
    {
        var target = config.Target;
        if (target is null)
        {
            return LoadResult<WebGatherRequest>.Failed([Diagnostic.Error(ConfigDefaults.CommandLine, "no target to assess: give --url or a target.baseUrl in servicestandard.yml")]);
        }

        var errors = new List<Diagnostic>();
        var journeys = target.Journeys.Select(j => new JourneyPlan(j.Name, [.. j.Steps.Select(s => ToAction(s, environment, errors))])).ToList();
        var signIn = target.Auth is null ? [] : target.Auth.Steps.Select(s => ToAction(s, environment, errors)).ToList();
        var redactor = new Redactor();
        foreach (var action in journeys.SelectMany(j => j.Steps).Concat(signIn).Where(a => a.Sensitive))
        {
            redactor.AddSecret(action.Value);
        }

        if (target.Auth?.LoginUrl is { } loginUrl)
        {
            signIn.Insert(0, new JourneyAction(0, "goto", Value: loginUrl));
        }

        if (errors.Count > 0)
        {
            return LoadResult<WebGatherRequest>.Failed(errors);
        }

        var level = config.Accessibility;
        var axeTags = level.BestPractice ? [.. level.AxeTags, "best-practice"] : level.AxeTags;
        // axe's messages and our own page errors speak the run's language.
        var language = config.Language == "es" ? "es" : "en";
        var request = new WebGatherRequest
        {
            BaseUrl = target.BaseUrl,
            Redactor = redactor,
            AllowedOrigins = target.AllowedOrigins,
            // A WCAG-EM sample in the config is the set of pages: exactly those, and no crawl.
            Pages = config.Sample is { Pages.Count: > 0 } sample
                ? [.. sample.Pages.Select(p => target.Resolve(p.Url))]
                : target.Crawl.Enabled && target.Pages.Count == 0 ? [] : target.PageUrls,
            Crawl = target.Crawl.Enabled && config.Sample is not { Pages.Count: > 0 }
                ? new CrawlPlan(target.Crawl.MaxPages, target.Crawl.MaxDepth, target.Crawl.Include, target.Crawl.Exclude, target.Crawl.RespectRobotsTxt)
                : null,
            Journeys = journeys,
            SignIn = signIn,
            Concurrency = target.EffectiveConcurrency(Environment.ProcessorCount),
            Pacer = new RequestPacer(target.MaxRequestsPerSecond),
            UserAgentProduct = UserAgentProduct(target.Contact),
            PageTimeout = TimeSpan.FromSeconds(target.Timeouts.PageSeconds),
            StepTimeout = TimeSpan.FromSeconds(Math.Min(10, target.Timeouts.NavigationSeconds)),
            BrowserPath = target.BrowserPath,
            RemoteBrowser = target.RemoteBrowser,
            ViewportWidth = target.Viewport.Width,
            ViewportHeight = target.Viewport.Height,
            Axe = new AxeSettings { Tags = axeTags, Locale = language },
            // Every kind the configuration allows; the run narrows it to what its checks require.
            Evidence = Enum.GetValues<EvidenceKind>()
                .Where(kind => kind switch
                {
                    EvidenceKind.Keyboard => level.Keyboard,
                    EvidenceKind.Reflow or EvidenceKind.TextSpacing => level.Reflow,
                    _ => true,
                })
                .ToHashSet(),
            ScreenshotDirectory = screenshotDirectory,
            Language = language,
        };
        return new LoadResult<WebGatherRequest>(request, []);
    }

    private static JourneyAction ToAction(JourneyStep step, Func<string, string?> environment, List<Diagnostic> errors)
    {
        string? Resolve(ConfigValue value)
        {
            var resolution = value.Resolve(environment);
            errors.AddRange(resolution.Errors);
            return resolution.Value;
        }

        return step switch
        {
            GotoStep s => new JourneyAction(s.Index, "goto", Value: s.Url),
            ClickStep s => new JourneyAction(s.Index, "click", s.Selector),
            FillStep s => new JourneyAction(s.Index, "fill", s.Selector, Resolve(s.Value), s.Value.ReadsEnvironment),
            SelectStep s => new JourneyAction(s.Index, "select", s.Selector, Resolve(s.Value), s.Value.ReadsEnvironment),
            CheckStep s => new JourneyAction(s.Index, "check", s.Selector),
            PressStep s => new JourneyAction(s.Index, "press", s.Selector, s.Key),
            WaitForStep s => new JourneyAction(s.Index, "waitFor", s.Selector),
            ExpectStep s => new JourneyAction(s.Index, "expect", s.Selector, s.Text),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step.Kind, "unknown journey step"),
        };
    }

    /// <summary>The tool's own product token for the User-Agent, with the team's contact when the configuration gives one.</summary>
    internal static string UserAgentProduct(string? contact)
    {
        var version = typeof(WebGatherRequestFactory).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        return contact is null ? $"{RobotsTxt.UserAgent}/{version}" : $"{RobotsTxt.UserAgent}/{version} (+{contact})";
    }
}
