using System.Globalization;
using System.Text.RegularExpressions;
using ServiceStandard.Standard;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Kernel.Yaml;
using YamlDotNet.RepresentationModel;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Configuration;

/// <summary>
/// Reads the node tree of one <c>servicestandard.yml</c> into a <see cref="ServiceConfig"/>,
/// starting every section from <see cref="ConfigDefaults"/> and recording every problem in the
/// <see cref="YamlReadContext"/>. Relative paths resolve against <c>baseDirectory</c>.
/// </summary>
internal sealed partial class ConfigReader(YamlReadContext context, string baseDirectory)
{
    private static readonly string[] TopLevelKeys =
        ["schemaVersion", "service", "standard", "language", "target", "source", "designSystem", "accessibility", "checks", "failOn", "newOnly", "baseline", "output", "suppressions", "statement", "sample"];

    private static readonly string[] SampleKeys = ["seed", "randomShare", "pages"];
    private static readonly string[] SamplePageKeys = ["url", "reasons"];

    private static readonly string[] StatementKeys = ["organisation", "legislation", "feedback", "enforcement", "method", "disproportionateBurden", "outOfScope"];
    private static readonly string[] FeedbackKeys = ["email", "phone", "url"];
    private static readonly string[] EnforcementKeys = ["name", "url"];
    private static readonly string[] StatementMethods = ["self-assessment", "third-party"];
    private static readonly string[] ServiceKeys = ["name", "phase", "languages", "owner"];
    private static readonly string[] TargetKeys = ["baseUrl", "allowedOrigins", "pages", "crawl", "journeys", "auth", "timeouts", "concurrency", "maxRequestsPerSecond", "contact", "browserPath", "browserEndpoint", "cdpEndpoint", "viewport"];
    private static readonly string[] CrawlKeys = ["enabled", "maxPages", "maxDepth", "include", "exclude", "respectRobotsTxt"];
    private static readonly string[] JourneyKeys = ["name", "steps"];
    private static readonly string[] AuthKeys = ["loginUrl", "steps"];
    private static readonly string[] TimeoutKeys = ["pageSeconds", "navigationSeconds"];
    private static readonly string[] ViewportKeys = ["width", "height"];
    private static readonly string[] SourceKeys = ["path", "exclude", "restore", "feeds", "threatModels"];
    private static readonly string[] DesignSystemKeys = ["pack", "minimumVersion", "palette", "paletteTolerance"];
    private static readonly string[] AccessibilityKeys = ["level", "bestPractice", "keyboard", "reflow"];
    private static readonly string[] ChecksKeys = ["enable", "disable"];
    private static readonly string[] OutputKeys = ["dir", "formats"];
    private static readonly string[] SuppressionKeys = ["check", "fingerprint", "url", "path", "reason"];
    private static readonly string[] SelectorValueKeys = ["selector", "value"];
    private static readonly string[] PressKeys = ["selector", "key"];
    private static readonly string[] ExpectKeys = ["selector", "text"];

    private readonly string _baseDirectory = Path.GetFullPath(baseDirectory);

    public ServiceConfig? Read(YamlNode root)
    {
        RejectMisplacedEnvironmentReferences(root);
        var top = YamlMapping.Read(root, "the config", context, TopLevelKeys);
        if (top is null)
        {
            return null;
        }

        var schemaVersion = top.GetInt("schemaVersion", required: true);
        if (schemaVersion is not null and not ConfigDefaults.SchemaVersion)
        {
            context.Error(top.Get("schemaVersion")!, $"schemaVersion {schemaVersion} is not supported; this version of ServiceStandard reads schemaVersion {ConfigDefaults.SchemaVersion}");
        }

        var service = ReadService(top);
        var standard = ReadStandard(top);
        var language = ReadWord(top, "language", ConfigKeywords.ReportLanguages) ?? ConfigDefaults.Language;
        var target = Section(top, "target", "target", TargetKeys) is { } targetMap ? ReadTarget(targetMap) : null;
        var sourceMap = Section(top, "source", "source", SourceKeys);
        var source = sourceMap is null ? null : ReadSource(sourceMap);
        var sourceSettings = source is null && sourceMap is not null ? ReadSourceSettings(sourceMap, string.Empty) : null;
        var designSystem = ReadDesignSystem(top);
        var accessibility = ReadAccessibility(top);
        var checks = ReadChecks(top);
        var failOn = ReadKeyword(top, "failOn", ConfigKeywords.FailThresholds) ?? ConfigDefaults.FailOn;
        var newOnly = top.GetBool("newOnly") ?? ConfigDefaults.NewOnly;
        var baseline = ReadBaseline(top, newOnly);
        var output = ReadOutput(top);
        var suppressions = ReadSuppressions(top);
        var statement = ReadStatement(top);
        var sample = ReadSample(top, target);

        if (schemaVersion is null || context.HasErrors)
        {
            return null;
        }

        return new ServiceConfig(
            schemaVersion.Value, service, standard, language, target, source, designSystem, accessibility,
            checks, failOn, newOnly, baseline, output, suppressions, _baseDirectory, context.FileName)
        {
            SourceSettings = sourceSettings,
            Statement = statement,
            Sample = sample,
        };
    }

    /// <summary>The WCAG-EM sample (<c>sample:</c>); null when the config has none.</summary>
    private SampleConfig? ReadSample(YamlMapping top, TargetConfig? target)
    {
        var map = Section(top, "sample", "sample", SampleKeys);
        if (map is null)
        {
            return null;
        }

        var seed = ReadCount(map, "seed", minimum: 0);
        var share = ReadNumber(map, "randomShare", minimum: 0);
        if (share is > 1 or 0)
        {
            context.Error(map.Get("randomShare")!, $"'randomShare' in sample must be more than 0 and at most 1, found {share.Value.ToString(CultureInfo.InvariantCulture)}");
        }

        if (target is null && map.Has("pages"))
        {
            context.Error(map.Get("pages")!, "sample.pages needs a target.baseUrl to visit them on");
        }

        var pages = new List<SampleEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in map.GetList("pages", required: true))
        {
            var entry = YamlMapping.Read(item, "an item of 'pages' in sample", context, SamplePageKeys);
            var url = entry?.GetString("url", required: true);
            if (entry is null || url is null || !CheckUrl(entry.Get("url")!, url, "sample.pages", target?.AllowedOrigins))
            {
                continue;
            }

            if (!seen.Add(url))
            {
                context.Error(entry.Get("url")!, $"'{url}' appears twice in sample.pages");
                continue;
            }

            pages.Add(new SampleEntry(url, entry.GetStringList("reasons")));
        }

        if (map.Get("pages") is YamlSequenceNode { Children.Count: 0 } empty)
        {
            context.Error(empty, "sample.pages is empty; run servicestandard sample --write to choose the pages, or remove the sample section");
        }

        return new SampleConfig(seed, share, pages, context.Locate(map.Node));
    }

    /// <summary>The accessibility statement's facts (<c>statement:</c>); null when the config has none.</summary>
    private StatementDetails? ReadStatement(YamlMapping top)
    {
        var map = Section(top, "statement", "statement", StatementKeys);
        if (map is null)
        {
            return null;
        }

        var feedback = Section(map, "feedback", "statement.feedback", FeedbackKeys);
        var enforcement = Section(map, "enforcement", "statement.enforcement", EnforcementKeys);
        var method = map.GetString("method");
        if (method is not null && !StatementMethods.Contains(method, StringComparer.Ordinal))
        {
            context.Error(map.Get("method")!, $"statement.method must be one of {string.Join(", ", StatementMethods)}, found '{method}'");
        }

        foreach (var (section, key) in new[] { (feedback, "url"), (enforcement, "url") })
        {
            if (section?.GetString(key) is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" or "mailto"))
            {
                context.Error(section.Get(key)!, $"'{url}' is not an absolute http(s) URL");
            }
        }

        return new StatementDetails(
            map.GetString("organisation"),
            map.GetString("legislation"),
            feedback?.GetString("email"),
            feedback?.GetString("phone"),
            feedback?.GetString("url"),
            enforcement?.GetString("name"),
            enforcement?.GetString("url"),
            method,
            map.GetStringList("disproportionateBurden"),
            map.GetStringList("outOfScope"));
    }

    private ServiceInfo ReadService(YamlMapping top)
    {
        var map = Section(top, "service", "service", ServiceKeys);
        if (map is null)
        {
            return new ServiceInfo(Name: null, Phase: null, ConfigDefaults.ServiceLanguages, Owner: null);
        }

        var languages = ReadServiceLanguages(map);
        var name = map.Get("name") is { } nameNode
            ? LocalizedTextReader.Read(nameNode, "the service name", context, new LanguageSettings(languages[0], languages))
            : null;
        return new ServiceInfo(name, ReadKeyword(map, "phase", ConfigKeywords.Phases), languages, map.GetString("owner"));
    }

    private IReadOnlyList<string> ReadServiceLanguages(YamlMapping map)
    {
        if (map.Get("languages") is not { } node)
        {
            return ConfigDefaults.ServiceLanguages;
        }

        var languages = new List<string>();
        foreach (var item in map.GetList("languages"))
        {
            var code = YamlMapping.ReadString(item, "an item of 'languages' in service", context);
            if (code is null)
            {
                continue;
            }

            if (!LanguageCode().IsMatch(code))
            {
                context.Error(item, $"'{code}' in service.languages is not a language code (use codes such as en, es)");
            }
            else if (languages.Contains(code, StringComparer.OrdinalIgnoreCase))
            {
                context.Error(item, $"'{code}' appears twice in service.languages");
            }
            else
            {
                languages.Add(code);
            }
        }

        if (node is YamlSequenceNode { Children.Count: 0 })
        {
            context.Error(node, "service.languages is empty; list the languages the service is offered in, such as [en, es]");
        }

        return languages.Count > 0 ? languages : ConfigDefaults.ServiceLanguages;
    }

    private string ReadStandard(YamlMapping top)
    {
        var text = top.GetString("standard");
        if (text is null || ShippedStandards.Ids.Contains(text, StringComparer.Ordinal))
        {
            return text ?? ConfigDefaults.Standard;
        }

        var path = ResolvePath(text);
        if (!File.Exists(path))
        {
            context.Error(top.Get("standard")!, $"'{text}' in 'standard' is neither a shipped standard ({string.Join(", ", ShippedStandards.Ids)}) nor an existing file (paths are relative to the config's folder)");
        }

        return path;
    }

    private TargetConfig? ReadTarget(YamlMapping map)
    {
        var baseUrl = ReadBaseUrl(map);
        var origins = ReadAllowedOrigins(map, baseUrl);
        var pages = map.Has("pages") ? ReadPages(map, origins) : ConfigDefaults.Pages;
        var crawl = ReadCrawl(map);
        var journeys = ReadJourneys(map, origins);
        var auth = Section(map, "auth", "target.auth", AuthKeys) is { } authMap ? ReadAuth(authMap, origins) : null;
        var timeouts = ReadTimeouts(map);
        var viewport = ReadViewport(map);
        var concurrency = ReadCount(map, "concurrency", minimum: 0) ?? ConfigDefaults.Concurrency;
        var browserPath = ReadOptionalText(map, "browserPath");

        // A bare program name (chromium) is looked up on PATH; anything with a folder is a path.
        if (browserPath is not null && (browserPath.Contains('/') || browserPath.Contains('\\')))
        {
            browserPath = ResolvePath(browserPath);
        }

        var remote = ReadRemoteBrowser(map, browserPath is not null);
        // null, as the template writes it, is the same as leaving it out: no limit.
        var rate = map.Get("maxRequestsPerSecond") is { } rateNode && IsNull(rateNode) ? null : ReadNumber(map, "maxRequestsPerSecond", minimum: 0);
        var contact = ReadOptionalText(map, "contact");
        if (contact is not null && (contact.Length == 0 || contact.Any(c => c is < ' ' or > '~' or '(' or ')')))
        {
            // It goes into an HTTP header: printable ASCII only, and no parentheses to end its comment.
            context.Error(map.Get("contact")!, "'contact' in target must be a URL or e-mail address in plain ASCII, without parentheses (it is sent in the User-Agent header)");
            contact = null;
        }

        return baseUrl is null || origins is null
            ? null
            : new TargetConfig(baseUrl, origins, pages, crawl, journeys, auth, timeouts, concurrency, browserPath, viewport)
            {
                RemoteBrowser = remote,
                MaxRequestsPerSecond = rate is > 0 ? rate : null,
                Contact = contact,
            };
    }

    /// <summary><c>browserEndpoint</c> or <c>cdpEndpoint</c>: at most one, and not with <c>browserPath</c>.</summary>
    private RemoteBrowser? ReadRemoteBrowser(YamlMapping map, bool hasBrowserPath)
    {
        RemoteBrowser? remote = null;
        string? first = hasBrowserPath ? "target.browserPath" : null;
        foreach (var protocol in new[] { RemoteBrowserProtocol.Playwright, RemoteBrowserProtocol.Cdp })
        {
            var key = RemoteBrowser.KeyOf(protocol);
            if (ReadOptionalText(map, key) is not { } text)
            {
                continue;
            }

            var node = map.Get(key)!;
            var (parsed, problem) = RemoteBrowser.Parse(protocol, text, $"'{key}' in target");
            if (problem is not null)
            {
                context.Error(node, problem);
            }
            else if (first is not null)
            {
                context.Error(node, RemoteBrowser.Conflict(first, $"target.{key}"));
            }
            else
            {
                remote = parsed;
            }

            first ??= $"target.{key}";
        }

        return remote;
    }

    private Uri? ReadBaseUrl(YamlMapping map)
    {
        var text = map.GetString("baseUrl", required: true);
        if (text is null)
        {
            return null;
        }

        if (!ConfigUrls.TryParseAbsolute(text, out var url))
        {
            context.Error(map.Get("baseUrl")!, $"'baseUrl' in target must be an absolute http:// or https:// URL, such as http://127.0.0.1:5000/; found '{text}'");
            return null;
        }

        return url;
    }

    /// <summary>The allowed origins, or null when they cannot be known (the base URL is missing or wrong).</summary>
    private IReadOnlyList<string>? ReadAllowedOrigins(YamlMapping map, Uri? baseUrl)
    {
        if (map.Get("allowedOrigins") is not { } node)
        {
            return baseUrl is null ? null : ConfigDefaults.AllowedOriginsFor(baseUrl);
        }

        var origins = new List<string>();
        foreach (var item in map.GetList("allowedOrigins"))
        {
            var text = YamlMapping.ReadString(item, "an item of 'allowedOrigins' in target", context);
            if (text is null)
            {
                continue;
            }

            if (!ConfigUrls.TryParseOrigin(text, out var origin))
            {
                context.Error(item, $"'{text}' in target.allowedOrigins must be an origin (scheme, host and port only), such as http://127.0.0.1:5000");
            }
            else if (!origins.Contains(origin, StringComparer.OrdinalIgnoreCase))
            {
                origins.Add(origin);
            }
        }

        if (node is YamlSequenceNode { Children.Count: 0 })
        {
            context.Error(node, "target.allowedOrigins is empty; leave it out to allow only the base URL's origin");
            return null;
        }

        if (baseUrl is null || origins.Count == 0)
        {
            return null;
        }

        var baseOrigin = ConfigUrls.OriginOf(baseUrl);
        if (!origins.Contains(baseOrigin, StringComparer.OrdinalIgnoreCase))
        {
            context.Error(node, $"target.allowedOrigins must include the base URL's origin {baseOrigin}");
        }

        return origins;
    }

    private List<string> ReadPages(YamlMapping map, IReadOnlyList<string>? origins)
    {
        var pages = new List<string>();
        foreach (var item in map.GetList("pages"))
        {
            var text = YamlMapping.ReadString(item, "an item of 'pages' in target", context);
            if (text is not null && CheckUrl(item, text, "target.pages", origins))
            {
                pages.Add(text);
            }
        }

        return pages;
    }

    /// <summary>A page, goto target or login URL: a path, or an absolute http(s) URL inside the allowed origins.</summary>
    private bool CheckUrl(YamlNode node, string text, string where, IReadOnlyList<string>? origins)
    {
        if (ConfigUrls.IsPath(text))
        {
            return true;
        }

        if (!ConfigUrls.TryParseAbsolute(text, out var url))
        {
            context.Error(node, $"'{text}' in {where} must be a path starting with / or an absolute http:// or https:// URL");
            return false;
        }

        if (origins is not null && !origins.Contains(ConfigUrls.OriginOf(url), StringComparer.OrdinalIgnoreCase))
        {
            context.Error(node, $"'{text}' in {where} is outside the allowed origins ({string.Join(", ", origins)}); add its origin to target.allowedOrigins to visit it");
            return false;
        }

        return true;
    }

    private CrawlConfig ReadCrawl(YamlMapping target)
    {
        var defaults = ConfigDefaults.Crawl;
        var map = Section(target, "crawl", "target.crawl", CrawlKeys);
        if (map is null)
        {
            return defaults;
        }

        return new CrawlConfig(
            map.GetBool("enabled") ?? defaults.Enabled,
            ReadCount(map, "maxPages", minimum: 1) ?? defaults.MaxPages,
            ReadCount(map, "maxDepth", minimum: 1) ?? defaults.MaxDepth,
            map.Has("include") ? ReadPathGlobs(map, "include") : defaults.Include,
            map.Has("exclude") ? ReadPathGlobs(map, "exclude") : defaults.Exclude,
            map.GetBool("respectRobotsTxt") ?? defaults.RespectRobotsTxt);
    }

    private List<string> ReadPathGlobs(YamlMapping map, string key)
    {
        var globs = new List<string>();
        foreach (var item in map.GetList(key))
        {
            var glob = YamlMapping.ReadString(item, $"an item of '{key}' in {map.What}", context);
            if (glob is null)
            {
                continue;
            }

            if (!glob.StartsWith('/') && !glob.StartsWith('*'))
            {
                context.Error(item, $"'{glob}' in {map.What}.{key} must be a glob on the URL path, starting with / (such as /** or /admin/**)");
                continue;
            }

            globs.Add(glob);
        }

        return globs;
    }

    private List<Journey> ReadJourneys(YamlMapping target, IReadOnlyList<string>? origins)
    {
        var journeys = new List<Journey>();
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var items = target.GetList("journeys");
        for (var index = 0; index < items.Count; index++)
        {
            var node = items[index];
            var written = (node as YamlMappingNode)?.Children
                .FirstOrDefault(c => c.Key is YamlScalarNode { Value: "name" }).Value as YamlScalarNode;
            var what = written?.Value is { Length: > 0 } label ? $"journey {label}" : $"journey {index + 1}";
            var map = YamlMapping.Read(node, what, context, JourneyKeys);
            if (map is null)
            {
                continue;
            }

            var name = map.GetString("name", required: true);
            if (name is not null)
            {
                if (!KebabCase().IsMatch(name))
                {
                    context.Error(map.Get("name")!, $"the journey name '{name}' must be lowercase words joined by hyphens, such as apply-for-a-permit");
                }
                else if (seen.TryGetValue(name, out var first))
                {
                    context.Error(map.Get("name")!, $"duplicate journey name '{name}' (first used at line {first.Start.Line})");
                }
                else
                {
                    seen[name] = map.Get("name")!;
                }
            }

            var steps = ReadSteps(map, what, origins);
            if (name is not null)
            {
                journeys.Add(new Journey(name, steps, context.Locate(node)));
            }
        }

        return journeys;
    }

    private AuthConfig ReadAuth(YamlMapping map, IReadOnlyList<string>? origins)
    {
        var loginUrl = map.GetString("loginUrl");
        if (loginUrl is not null && !CheckUrl(map.Get("loginUrl")!, loginUrl, "target.auth.loginUrl", origins))
        {
            loginUrl = null;
        }

        return new AuthConfig(loginUrl, ReadSteps(map, "target.auth", origins), context.Locate(map.Node));
    }

    private List<JourneyStep> ReadSteps(YamlMapping parent, string owner, IReadOnlyList<string>? origins)
    {
        var steps = new List<JourneyStep>();
        var items = parent.GetList("steps", required: true);
        if (parent.Get("steps") is YamlSequenceNode { Children.Count: 0 } empty)
        {
            context.Error(empty, $"{owner} has no steps; add at least one");
        }

        for (var index = 0; index < items.Count; index++)
        {
            if (ReadStep(items[index], index + 1, owner, origins) is { } step)
            {
                steps.Add(step);
            }
        }

        return steps;
    }

    private JourneyStep? ReadStep(YamlNode node, int index, string owner, IReadOnlyList<string>? origins)
    {
        var what = $"{owner}, step {index}";
        var map = YamlMapping.Read(node, what, context, ConfigKeywords.StepKinds);
        if (map is null)
        {
            return null;
        }

        var kinds = map.Node.Children.Keys
            .OfType<YamlScalarNode>()
            .Select(k => k.Value!)
            .Where(k => ConfigKeywords.StepKinds.Contains(k, StringComparer.Ordinal))
            .ToList();
        if (kinds.Count == 0)
        {
            // Unknown keys were reported already; only a step with nothing in it needs saying.
            if (map.Node.Children.Count == 0)
            {
                context.Error(node, $"{what} is empty; give it exactly one of: {string.Join(", ", ConfigKeywords.StepKinds)}");
            }

            return null;
        }

        if (kinds.Count > 1)
        {
            context.Error(node, $"{what} has {kinds.Count} actions ({string.Join(", ", kinds)}); a step does exactly one thing, so split it into separate steps");
            return null;
        }

        var location = context.Locate(node);
        var kind = kinds[0];
        switch (kind)
        {
            case "goto":
                var url = ReadPlainText(map, kind, what);
                return url is not null && CheckUrl(map.Get(kind)!, url, what, origins) ? new GotoStep(index, location, url) : null;
            case "click":
                return ReadPlainText(map, kind, what) is { } clicked ? new ClickStep(index, location, clicked) : null;
            case "check":
                return ReadPlainText(map, kind, what) is { } checkedBox ? new CheckStep(index, location, checkedBox) : null;
            case "waitFor":
                return ReadPlainText(map, kind, what) is { } awaited ? new WaitForStep(index, location, awaited) : null;
            case "fill":
            case "select":
                return ReadSelectorValue(map.Get(kind)!, kind, what, index, location);
            case "press":
                return ReadPress(map.Get(kind)!, what, index, location);
            default:
                return ReadExpect(map.Get(kind)!, what, index, location);
        }
    }

    private JourneyStep? ReadSelectorValue(YamlNode node, string kind, string what, int index, SourceLocation location)
    {
        var map = YamlMapping.Read(node, $"'{kind}' in {what}", context, SelectorValueKeys);
        if (map is null)
        {
            return null;
        }

        var selector = ReadPlainText(map, "selector", what);
        var valueNode = map.Require("value");

        // An empty value is allowed: filling "" clears a field.
        var text = valueNode is null ? null : YamlMapping.ReadString(valueNode, $"'value' in {map.What}", context);
        var value = text is null ? null : ReadConfigValue(valueNode!, text);
        if (selector is null || value is null)
        {
            return null;
        }

        return kind == "fill" ? new FillStep(index, location, selector, value) : new SelectStep(index, location, selector, value);
    }

    private PressStep? ReadPress(YamlNode node, string what, int index, SourceLocation location)
    {
        var map = YamlMapping.Read(node, $"'press' in {what}", context, PressKeys);
        if (map is null)
        {
            return null;
        }

        var selector = ReadPlainText(map, "selector", what, required: false);
        var key = ReadPlainText(map, "key", what);
        return key is null ? null : new PressStep(index, location, selector, key);
    }

    private ExpectStep? ReadExpect(YamlNode node, string what, int index, SourceLocation location)
    {
        var map = YamlMapping.Read(node, $"'expect' in {what}", context, ExpectKeys);
        if (map is null)
        {
            return null;
        }

        var selector = ReadPlainText(map, "selector", what);
        var text = ReadPlainText(map, "text", what, required: false);
        return selector is null ? null : new ExpectStep(index, location, selector, text);
    }

    /// <summary>
    /// <c>${env:NAME}</c> is read only in the <c>value</c> of fill and select steps. Anywhere else
    /// it would be kept as written (a service named "${env:NAME}", a page of that path), so it is
    /// an error where it is written. Steps are left to their own readers, which say which of their
    /// keys may read the environment. Walked with a stack: a deep document must not overflow ours.
    /// </summary>
    private void RejectMisplacedEnvironmentReferences(YamlNode root)
    {
        var pending = new Stack<(YamlNode Node, string Key, bool InSteps)>();
        pending.Push((root, "the config", false));
        while (pending.Count > 0)
        {
            var (node, key, inSteps) = pending.Pop();
            switch (node)
            {
                case YamlMappingNode map:
                    foreach (var (name, value) in map.Children)
                    {
                        pending.Push((value, (name as YamlScalarNode)?.Value ?? key, inSteps));
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        pending.Push((item, key, inSteps || key == "steps"));
                    }

                    break;
                case YamlScalarNode scalar when !inSteps && scalar.Value is { } text && text.Contains("${env:", StringComparison.Ordinal):
                    context.Error(scalar, $"'{key}' cannot read the environment; ${{env:NAME}} is read only in the 'value' of fill and select steps");
                    break;
            }
        }
    }

    /// <summary>Text that is used as written: environment references here would never be read, so they are an error.</summary>
    private string? ReadPlainText(YamlMapping map, string key, string step, bool required = true)
    {
        var text = map.GetString(key, required);
        if (text is not null && text.Contains("${", StringComparison.Ordinal))
        {
            context.Error(map.Get(key)!, $"'{key}' in {step} cannot read the environment; ${{env:NAME}} is read only in the 'value' of fill and select steps");
            return null;
        }

        return text;
    }

    private ConfigValue? ReadConfigValue(YamlNode node, string text)
    {
        var result = ConfigValue.Parse(text, context.Locate(node));
        foreach (var diagnostic in result.Diagnostics)
        {
            context.Add(diagnostic);
        }

        return result.Value;
    }

    private TimeoutConfig ReadTimeouts(YamlMapping target)
    {
        var defaults = ConfigDefaults.Timeouts;
        var map = Section(target, "timeouts", "target.timeouts", TimeoutKeys);
        return map is null
            ? defaults
            : new TimeoutConfig(
                ReadCount(map, "pageSeconds", minimum: 1) ?? defaults.PageSeconds,
                ReadCount(map, "navigationSeconds", minimum: 1) ?? defaults.NavigationSeconds);
    }

    private ViewportSize ReadViewport(YamlMapping target)
    {
        var defaults = ConfigDefaults.Viewport;
        var map = Section(target, "viewport", "target.viewport", ViewportKeys);
        return map is null
            ? defaults
            : new ViewportSize(
                ReadCount(map, "width", minimum: 1) ?? defaults.Width,
                ReadCount(map, "height", minimum: 1) ?? defaults.Height);
    }

    private SourceConfig? ReadSource(YamlMapping map)
    {
        var text = ReadOptionalText(map, "path");
        if (text is null)
        {
            // Without a path the settings wait for --source (ServiceConfig.SourceSettings).
            return null;
        }

        var path = ResolvePath(text);
        if (!Directory.Exists(path))
        {
            context.Error(map.Get("path")!, $"the folder '{text}' in source.path does not exist (paths are relative to the config's folder)");
        }

        return ReadSourceSettings(map, path);
    }

    private SourceConfig ReadSourceSettings(YamlMapping map, string path) =>
        new(path, map.Has("exclude") ? map.GetStringList("exclude") : ConfigDefaults.SourceExclude)
        {
            Restore = ReadKeyword(map, "restore", ConfigKeywords.PackageRestores) ?? PackageRestore.None,
            Feeds = map.Has("feeds") ? ReadFeeds(map) : ConfigDefaults.PackageFeeds,
            ThreatModels = map.Has("threatModels") ? ReadThreatModels(map) : ConfigDefaults.ThreatModels,
        };

    /// <summary>source.threatModels: words of <see cref="ConfigKeywords.ThreatModels"/>; remote is always on, so it is added when left out.</summary>
    private List<ThreatModel> ReadThreatModels(YamlMapping map)
    {
        var models = new List<ThreatModel> { ThreatModel.Remote };
        foreach (var word in map.GetStringList("threatModels"))
        {
            if (!ConfigKeywords.ThreatModels.TryParse(word, out var model))
            {
                context.Error(map.Get("threatModels")!, $"'{word}' in source.threatModels must be one of: {string.Join(", ", ConfigKeywords.ThreatModels.Names)}");
            }
            else if (!models.Contains(model))
            {
                models.Add(model);
            }
        }

        return models;
    }

    /// <summary>source.feeds: https:// (or http:// on 127.0.0.1) v3 service indexes, or folders relative to the config.</summary>
    private List<string> ReadFeeds(YamlMapping map)
    {
        var feeds = new List<string>();
        foreach (var feed in map.GetStringList("feeds"))
        {
            if (Uri.TryCreate(feed, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
            {
                if (uri.Scheme == "http" && !uri.IsLoopback)
                {
                    context.Error(map.Get("feeds")!, $"the feed '{feed}' in source.feeds must use https (http only on this machine)");
                }

                feeds.Add(feed);
            }
            else
            {
                var folder = ResolvePath(feed);
                if (!Directory.Exists(folder))
                {
                    context.Error(map.Get("feeds")!, $"the feed '{feed}' in source.feeds is neither an https URL nor a folder (paths are relative to the config's folder)");
                }

                feeds.Add(folder);
            }
        }

        return feeds;
    }

    private DesignSystemConfig ReadDesignSystem(YamlMapping top)
    {
        var defaults = ConfigDefaults.DesignSystem;
        var map = Section(top, "designSystem", "designSystem", DesignSystemKeys);
        if (map is null)
        {
            return defaults;
        }

        var pack = map.GetString("pack") ?? defaults.Pack;
        if (!ConfigKeywords.DesignSystemPacks.Contains(pack, StringComparer.Ordinal))
        {
            var text = pack;
            pack = ResolvePath(text);
            if (!Directory.Exists(pack))
            {
                context.Error(map.Get("pack")!, $"'{text}' in designSystem.pack is neither a shipped pack ({string.Join(", ", ConfigKeywords.DesignSystemPacks)}) nor an existing folder (paths are relative to the config's folder)");
            }
        }

        var minimumVersion = ReadOptionalText(map, "minimumVersion");
        if (minimumVersion is not null && !Version().IsMatch(minimumVersion))
        {
            context.Error(map.Get("minimumVersion")!, $"'minimumVersion' in designSystem must be a version such as \"5.7.0\", found '{minimumVersion}'");
        }

        var palette = map.GetString("palette") ?? defaults.Palette;
        if (palette != ConfigKeywords.TokensPalette)
        {
            var text = palette;
            palette = ResolvePath(text);
            if (!File.Exists(palette))
            {
                context.Error(map.Get("palette")!, $"'{text}' in designSystem.palette is neither '{ConfigKeywords.TokensPalette}' nor an existing tokens file (paths are relative to the config's folder)");
            }
        }

        return new DesignSystemConfig(pack, minimumVersion, palette, ReadNumber(map, "paletteTolerance", minimum: 0) ?? defaults.PaletteTolerance);
    }

    private AccessibilityConfig ReadAccessibility(YamlMapping top)
    {
        var defaults = ConfigDefaults.Accessibility;
        var map = Section(top, "accessibility", "accessibility", AccessibilityKeys);
        return map is null
            ? defaults
            : new AccessibilityConfig(
                ReadKeyword(map, "level", ConfigKeywords.AccessibilityLevels) ?? defaults.Level,
                map.GetBool("bestPractice") ?? defaults.BestPractice,
                map.GetBool("keyboard") ?? defaults.Keyboard,
                map.GetBool("reflow") ?? defaults.Reflow);
    }

    private CheckSelection ReadChecks(YamlMapping top)
    {
        var map = Section(top, "checks", "checks", ChecksKeys);
        if (map is null)
        {
            return ConfigDefaults.Checks;
        }

        var enable = ReadCheckReferences(map, "enable");
        var disable = ReadCheckReferences(map, "disable");
        foreach (var (reference, node) in disable.Where(d => enable.Any(e => e.Reference == d.Reference)))
        {
            context.Error(node, $"'{reference}' is in both checks.enable and checks.disable");
        }

        return new CheckSelection([.. enable.Select(e => e.Reference)], [.. disable.Select(d => d.Reference)]);
    }

    private List<(string Reference, YamlNode Node)> ReadCheckReferences(YamlMapping map, string key)
    {
        var references = new List<(string, YamlNode)>();
        foreach (var item in map.GetList(key))
        {
            var reference = YamlMapping.ReadString(item, $"an item of '{key}' in checks", context);
            if (reference is null)
            {
                continue;
            }

            if (CheckReferences.Problem(reference) is { } problem)
            {
                context.Error(item, $"{problem} (in checks.{key})");
            }
            else if (references.Any(r => r.Item1 == reference))
            {
                context.Error(item, $"'{reference}' appears twice in checks.{key}");
            }
            else
            {
                references.Add((reference, item));
            }
        }

        return references;
    }

    private string? ReadBaseline(YamlMapping top, bool newOnly)
    {
        var text = ReadOptionalText(top, "baseline");
        if (text is null)
        {
            if (newOnly && top.Get("newOnly") is { } newOnlyNode)
            {
                context.Error(newOnlyNode, "newOnly: true needs a baseline: the assessment.json of an earlier run to compare against");
            }

            return null;
        }

        var path = ResolvePath(text);
        if (!File.Exists(path))
        {
            context.Error(top.Get("baseline")!, $"the baseline '{text}' does not exist (paths are relative to the config's folder); it is the assessment.json of an earlier run");
        }

        return path;
    }

    private OutputConfig ReadOutput(YamlMapping top)
    {
        var map = Section(top, "output", "output", OutputKeys);
        var directory = ResolvePath(map?.GetString("dir") ?? ConfigDefaults.OutputDirectory);
        if (map?.Get("formats") is not { } node)
        {
            return new OutputConfig(directory, ConfigDefaults.Formats);
        }

        // Whether a name is a format is for the renderers' registry to say (the CLI checks it, at this location).
        var formats = new List<FormatChoice>();
        foreach (var item in map.GetList("formats"))
        {
            var name = YamlMapping.ReadString(item, "an item of 'formats' in output", context);
            if (name is null)
            {
                continue;
            }

            if (formats.Any(f => f.Name == name))
            {
                context.Error(item, $"'{name}' appears twice in output.formats");
            }
            else
            {
                formats.Add(new FormatChoice(name, context.Locate(item)));
            }
        }

        if (node is YamlSequenceNode { Children.Count: 0 })
        {
            context.Error(node, "output.formats is empty; list at least one format, or leave it out for the default (json, html)");
        }

        return new OutputConfig(directory, formats);
    }

    private List<Suppression> ReadSuppressions(YamlMapping top)
    {
        var suppressions = new List<Suppression>();
        var items = top.GetList("suppressions");
        for (var index = 0; index < items.Count; index++)
        {
            var map = YamlMapping.Read(items[index], $"suppression {index + 1}", context, SuppressionKeys);
            if (map is null)
            {
                continue;
            }

            var check = ReadOptionalText(map, "check");
            if (check is not null && CheckReferences.Problem(check) is { } problem)
            {
                context.Error(map.Get("check")!, $"{problem} (in suppression {index + 1})");
            }

            var fingerprint = ReadOptionalText(map, "fingerprint");
            var url = ReadOptionalText(map, "url");
            var path = ReadOptionalText(map, "path");
            var reason = map.GetString("reason", required: true);
            if (check is null && fingerprint is null && url is null && path is null)
            {
                context.Error(map.Node, $"suppression {index + 1} matches everything; give at least one of: check, fingerprint, url, path");
            }

            if (reason is not null)
            {
                suppressions.Add(new Suppression(check, fingerprint, url, path, reason, context.Locate(map.Node)));
            }
        }

        return suppressions;
    }

    private YamlMapping? Section(YamlMapping parent, string key, string what, IReadOnlyCollection<string> keys) =>
        parent.Get(key) is { } node ? YamlMapping.Read(node, what, context, keys) : null;

    private T? ReadKeyword<T>(YamlMapping map, string key, KeywordSet<T> keywords)
        where T : struct, Enum
    {
        var text = map.GetString(key);
        if (text is null)
        {
            return null;
        }

        if (keywords.TryParse(text, out var value))
        {
            return value;
        }

        context.Error(map.Get(key)!, $"'{key}' in {map.What} must be one of: {string.Join(", ", keywords.Names)}; found '{text}'");
        return null;
    }

    private string? ReadWord(YamlMapping map, string key, IReadOnlyList<string> words)
    {
        var text = map.GetString(key);
        if (text is null || words.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        context.Error(map.Get(key)!, $"'{key}' in {map.What} must be one of: {string.Join(", ", words)}; found '{text}'");
        return null;
    }

    private int? ReadCount(YamlMapping map, string key, int minimum)
    {
        var value = map.GetInt(key);
        if (value is not null && value < minimum)
        {
            context.Error(map.Get(key)!, $"'{key}' in {map.What} must be {(minimum == 0 ? "0 or more" : $"at least {minimum}")}, found {value}");
            return null;
        }

        return value;
    }

    private double? ReadNumber(YamlMapping map, string key, double minimum)
    {
        if (map.Get(key) is not { } node)
        {
            return null;
        }

        if (node is not YamlScalarNode { Value: { } text } || IsNull(node) ||
            !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            context.Error(node, $"'{key}' in {map.What} must be a number, found {Describe(node)}");
            return null;
        }

        if (value < minimum)
        {
            context.Error(node, $"'{key}' in {map.What} must be {minimum.ToString(CultureInfo.InvariantCulture)} or more, found {text}");
            return null;
        }

        return value;
    }

    /// <summary>A text value that may also be written as null (the same as leaving it out).</summary>
    private string? ReadOptionalText(YamlMapping map, string key) =>
        map.Get(key) is { } node && IsNull(node) ? null : map.GetString(key);

    private string ResolvePath(string path) => Path.GetFullPath(Path.Combine(_baseDirectory, path));

    private static bool IsNull(YamlNode node) => YamlNodeKind.IsNull(node);

    private static string Describe(YamlNode node) => YamlNodeKind.Describe(node);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    [GeneratedRegex("^[a-z]{2}(-[A-Z]{2})?$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex("^[0-9]+(\\.[0-9]+){0,3}([-+][0-9A-Za-z.-]+)?$")]
    private static partial Regex Version();
}
