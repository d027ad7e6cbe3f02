using ServiceStandard.Gathering.Web;
using ServiceStandard.Testing;
using YamlDotNet.Serialization;

namespace ServiceStandard.Checks.Tests.Web;

/// <summary>
/// One fixture case of <c>tests/fixtures/wcag/</c>: the folder path under it is the qualified rule id
/// (<c>accessibility/keyboard/trap/</c>), and each case in it is a page (<c>fail-tab-cancelled.html</c>)
/// or a folder of pages assessed together (<c>pass-same-order/</c>, its <c>index.html</c> first, with an
/// optional <c>journey.yml</c>: a list of steps like <c>{ kind: fill, selector: "#name", value: Ana }</c>,
/// whose <c>goto</c> values are relative to the case's folder). The name says what the rule must
/// report: <c>fail-</c> at least one violation; <c>review-</c> at least one needs-review finding and no
/// violation; <c>pass-</c> no finding at all.
/// </summary>
public sealed record WcagFixtureCase(string RuleId, string Name, string Folder, IReadOnlyList<string> Pages, string? Journey)
{
    public static string Root => RepositoryPaths.Combine("tests", "fixtures", "wcag");

    /// <summary>What the case expects: fail, review or pass.</summary>
    public string Expectation => Name[..Name.IndexOf('-', StringComparison.Ordinal)];

    /// <summary>"rule-id :: case", the test's display name and how <see cref="Find"/> finds it again.</summary>
    public string Key => $"{RuleId} :: {Name}";

    public static IReadOnlyList<WcagFixtureCase> All()
    {
        var cases = new List<WcagFixtureCase>();
        foreach (var ruleFolder in Directory.EnumerateDirectories(Root, "*", SearchOption.AllDirectories))
        {
            if (Path.GetRelativePath(Root, ruleFolder).Split(Path.DirectorySeparatorChar).Any(IsCaseName))
            {
                continue;
            }

            var ruleId = Path.GetRelativePath(Root, ruleFolder).Replace('\\', '/');
            foreach (var file in Directory.EnumerateFiles(ruleFolder, "*.html").Where(f => IsCaseName(Path.GetFileName(f))))
            {
                cases.Add(new WcagFixtureCase(ruleId, Path.GetFileNameWithoutExtension(file), ruleFolder, [Path.GetFileName(file)], null));
            }

            foreach (var folder in Directory.EnumerateDirectories(ruleFolder).Where(IsCaseFolder))
            {
                var pages = Directory.EnumerateFiles(folder, "*.html")
                    .Select(Path.GetFileName)
                    .OfType<string>()
                    .OrderBy(p => p == "index.html" ? 0 : 1)
                    .ThenBy(p => p, StringComparer.Ordinal)
                    .ToList();
                var journey = Path.Combine(folder, "journey.yml");
                cases.Add(new WcagFixtureCase(ruleId, Path.GetFileName(folder), folder, pages, File.Exists(journey) ? journey : null));
            }
        }

        return [.. cases.OrderBy(c => c.Key, StringComparer.Ordinal)];
    }

    public static WcagFixtureCase Find(string key) => All().Single(c => c.Key == key);

    /// <summary>Where the case's pages are, under <paramref name="baseUrl"/> (which serves <see cref="Root"/>).</summary>
    public Uri Url(Uri baseUrl) => new(baseUrl, Path.GetRelativePath(Root, Folder).Replace('\\', '/') + "/");

    /// <summary>The case's pages, when it has no journey, with <paramref name="baseUrl"/> serving <see cref="Root"/>.</summary>
    public IReadOnlyList<Uri> PageUrls(Uri baseUrl) => Journey is null ? [.. Pages.Select(p => new Uri(Url(baseUrl), p))] : [];

    /// <summary>The case's journey (named by <see cref="Key"/>), or null.</summary>
    public JourneyPlan? JourneyPlan(Uri baseUrl)
    {
        if (Journey is null)
        {
            return null;
        }

        var steps = new DeserializerBuilder().Build().Deserialize<List<Dictionary<string, string>>>(File.ReadAllText(Journey));
        return new JourneyPlan(Key, [.. steps.Select((s, i) => new JourneyAction(
            i + 1,
            s["kind"],
            s.GetValueOrDefault("selector"),
            s["kind"] == "goto" ? new Uri(Url(baseUrl), s["value"]).AbsolutePath : s.GetValueOrDefault("value")))]);
    }

    /// <summary>Whether <paramref name="page"/> was gathered for this case.</summary>
    public bool Owns(ServiceStandard.Model.Evidence.PageSnapshot page, Uri baseUrl) =>
        Journey is null
            ? page.Origin.Journey is null && PageUrls(baseUrl).Any(u => u.AbsoluteUri == page.RequestedUrl)
            : page.Origin.Journey == Key;

    /// <summary>A request that assesses <paramref name="cases"/> together, with <paramref name="baseUrl"/> serving <see cref="Root"/>.</summary>
    public static WebGatherRequest Request(IEnumerable<WcagFixtureCase> cases, Uri baseUrl, IReadOnlySet<ServiceStandard.Model.Evidence.EvidenceKind> evidence)
    {
        var list = cases.ToList();
        return new WebGatherRequest
        {
            BaseUrl = baseUrl,
            AllowedOrigins = [baseUrl.GetLeftPart(UriPartial.Authority)],
            Pages = [.. list.SelectMany(c => c.PageUrls(baseUrl))],
            Journeys = [.. list.Select(c => c.JourneyPlan(baseUrl)).OfType<JourneyPlan>()],
            Concurrency = 2,
            Evidence = evidence,
            BrowserPath = File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null,
        };
    }

    private static bool IsCaseName(string name) =>
        name.StartsWith("fail-", StringComparison.Ordinal) || name.StartsWith("pass-", StringComparison.Ordinal) || name.StartsWith("review-", StringComparison.Ordinal);

    private static bool IsCaseFolder(string folder) => IsCaseName(Path.GetFileName(folder));

    public override string ToString() => Key;
}
