using System.CommandLine;
using ServiceStandard.Configuration;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// The options that say which service to visit and with which browser, shared by <c>plan</c> and
/// <c>assess</c> so both read a target the same way (and a plan's shards are given it alike).
/// </summary>
internal sealed class TargetOptions(Localization.Labels labels)
{
    public Option<string?> Config { get; } = new("--config", "-c") { Description = labels.ConfigOptionDescription };

    public Option<string[]> Urls { get; } = new("--url", "-u") { Description = labels.UrlOptionDescription, AllowMultipleArgumentsPerToken = false };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = labels.BaseUrlOptionDescription };

    public Option<string?> BrowserPath { get; } = new("--browser-path") { Description = labels.BrowserPathOptionDescription };

    public Option<string?> BrowserEndpoint { get; } = new("--browser-endpoint") { Description = labels.BrowserEndpointOptionDescription, HelpName = "ws://host:port/path" };

    public Option<string?> CdpEndpoint { get; } = new("--cdp-endpoint") { Description = labels.CdpEndpointOptionDescription, HelpName = "http://host:port" };

    public Option<int?> Concurrency { get; } = new("--concurrency") { Description = labels.ConcurrencyOptionDescription };

    public Option<double?> MaxRequestsPerSecond { get; } = new("--max-requests-per-second") { Description = labels.MaxRequestsPerSecondOptionDescription };

    /// <summary>What these options (and an explicit <c>--lang</c>) override in the configuration.</summary>
    public ConfigOverrides Overrides(ParseResult parseResult, GlobalOptions global) => new()
    {
        Urls = parseResult.GetValue(Urls) ?? [],
        BaseUrl = parseResult.GetValue(BaseUrl),
        Language = global.ExplicitLanguage(parseResult),
        BrowserPath = parseResult.GetValue(BrowserPath),
        BrowserEndpoint = parseResult.GetValue(BrowserEndpoint),
        CdpEndpoint = parseResult.GetValue(CdpEndpoint),
        Concurrency = parseResult.GetValue(Concurrency),
        MaxRequestsPerSecond = parseResult.GetValue(MaxRequestsPerSecond),
    };
}
