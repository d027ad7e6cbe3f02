using ServiceStandard.Checks.Accessibility.Consistency;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Tests.Accessibility;

/// <summary>The consistency rules on evidence literals: page structures built in document order.</summary>
public class ConsistencyCheckTests
{
    private static readonly ConsistencyCheck Check = new(TestCatalog.Instance);

    private static List<Finding> Run(string rule, params PageSnapshot[] pages) =>
        [.. Snapshots.Run(Check, pages).Where(f => f.QualifiedRuleId == $"accessibility/consistency/{rule}")];

    /// <summary>A page with a header (the service-name link), a main menu, main content and a footer.</summary>
    private static PageSnapshot Page(string path, string[]? menu = null, string[]? footer = null, bool helpInHeader = false, string lang = "en", PageOrigin? origin = null, string host = "https://s.test")
    {
        var page = new Structure($"{host}{path}").Open("banner").Link("Fishing", "/");
        if (helpInHeader)
        {
            page.Link("Help", "/help");
        }

        page.Open("navigation", "Main");
        foreach (var item in menu ?? ["Home:/", "Apply:/apply", "Contact:/contact"])
        {
            page.Link(item.Split(':')[0], item.Split(':')[1]);
        }

        page.Close().Close().Open("main").Link("Read more", "/more").Close().Open("contentinfo");
        foreach (var item in footer ?? ["Help:/help", "Cookies:/cookies"])
        {
            page.Link(item.Split(':')[0], item.Split(':')[1]);
        }

        return page.Close().Build(lang, origin);
    }

    [Fact]
    public void Requires_the_page_structure()
    {
        Assert.Equal(["page-structure"], Snapshots.Missing(Check, Snapshots.Page()));
    }

    [Fact]
    public void Same_order_everywhere_reports_nothing()
    {
        Assert.DoesNotContain(Snapshots.Run(Check, [Page("/a"), Page("/b"), Page("/c", menu: ["Home:/", "Apply:/apply", "Guidance:/guidance", "Contact:/contact"])]), f => f.Kind == FindingKind.Violation);
    }

    [Fact]
    public void Menu_links_in_another_order_are_reported_on_the_page_that_differs()
    {
        var findings = Run("consistent-navigation", Page("/a"), Page("/b"), Page("/c", menu: ["Apply:/apply", "Home:/", "Contact:/contact"]));

        var finding = Assert.Single(findings);
        Assert.Equal("https://s.test/c", ((PageLocation)finding.Location).Url);
        Assert.Equal("In the navigation \"Main\", \"Apply\" comes before \"Home\" on this page; on /a, /b it comes after it.", finding.Message);
    }

    [Fact]
    public void Fingerprints_stay_when_the_service_moves_host()
    {
        static List<string> Fingerprints(string host) =>
        [
            .. Snapshots.Run(Check, [
                Page("/a", host: host),
                Page("/b", host: host),
                Page("/c", menu: ["Apply:/apply", "Home:/", "Get in touch:/contact"], helpInHeader: true, footer: ["Cookies:/cookies"], host: host)])
            .Select(f => f.Fingerprint),
        ];

        var local = Fingerprints("http://localhost:5001");
        Assert.Equal(4, local.Count);
        Assert.Equal(local, Fingerprints("https://staging.example"));
    }

    [Fact]
    public void Pages_in_another_language_are_another_set()
    {
        Assert.Empty(Run("consistent-navigation", Page("/a"), Page("/b"), Page("/c", menu: ["Apply:/apply", "Home:/", "Contact:/contact"], lang: "es")));
    }

    [Fact]
    public void A_link_renamed_is_a_violation_and_a_name_that_contains_the_other_needs_review()
    {
        var renamed = Run("consistent-identification", Page("/a"), Page("/b"), Page("/c", menu: ["Home:/", "Apply:/apply", "Get in touch:/contact"]));
        var extended = Run("consistent-identification", Page("/a"), Page("/b"), Page("/c", menu: ["Home:/", "Apply:/apply", "Contact us:/contact"]));

        Assert.Equal(FindingKind.Violation, Assert.Single(renamed).Kind);
        Assert.Equal("The link or button to /contact in the navigation \"Main\" is named \"Get in touch\" here but \"Contact\" on /a, /b.", renamed[0].Message);
        Assert.Equal(FindingKind.NeedsReview, Assert.Single(extended).Kind);
    }

    [Fact]
    public void Help_moved_before_the_main_content_is_reported()
    {
        var findings = Run("consistent-help", Page("/a"), Page("/b"), Page("/c", helpInHeader: true, footer: ["Cookies:/cookies"]));

        var finding = Assert.Single(findings);
        Assert.Equal("https://s.test/c", ((PageLocation)finding.Location).Url);
        Assert.Equal("The help link \"Help\" comes before the main content on this page; on /a, /b it comes after it.", finding.Message);
    }

    [Fact]
    public void Consistent_help_added_in_wcag_22_at_level_a_is_in_scope_of_a_wcag22aa_run_only()
    {
        var pages = new WebEvidence([Page("/a"), Page("/b"), Page("/c", helpInHeader: true, footer: ["Cookies:/cookies"])]);
        var aa22 = new CheckContext { WcagLevelTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] };

        Assert.Contains(new WebCheckRunner([Check]).Run(pages, aa22).Findings, f => f.RuleId == "consistent-help");
        Assert.DoesNotContain(new WebCheckRunner([Check]).Run(pages, aa22 with { WcagLevelTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }).Findings, f => f.RuleId == "consistent-help");
    }

    [Fact]
    public void One_way_to_reach_pages_needs_review_and_two_ways_pass()
    {
        var menuOnly = Run("multiple-ways", Page("/a"), Page("/b"));
        var withSiteMap = Run("multiple-ways", Page("/a", footer: ["Help:/help", "Site map:/sitemap"]), Page("/b"));
        var steps = Run("multiple-ways", Page("/a", origin: PageOrigin.JourneyStep("apply", 1, "start")), Page("/b", origin: PageOrigin.JourneyStep("apply", 2, "name")));

        Assert.Equal(FindingKind.NeedsReview, Assert.Single(menuOnly).Kind);
        Assert.Empty(withSiteMap);
        Assert.Empty(steps);
    }

    /// <summary>Builds a <see cref="StructureProbe"/> in document order.</summary>
    private sealed class Structure(string url)
    {
        private readonly List<LandmarkProbe> _landmarks = [];
        private readonly List<StructureControl> _controls = [];
        private readonly Stack<int> _open = new();
        private int _order;

        public Structure Open(string role, string? label = null)
        {
            var index = _landmarks.Count;
            _landmarks.Add(new LandmarkProbe(index, _order++, role, label, _open.Count > 0 ? _open.Peek() : null, true, $"{role}{index}"));
            _open.Push(index);
            return this;
        }

        public Structure Close()
        {
            _open.Pop();
            return this;
        }

        public Structure Link(string name, string path)
        {
            _controls.Add(new StructureControl(_order++, "link", name, name, new Uri(new Uri(url), path).AbsoluteUri, _open.Count > 0 ? _open.Peek() : null, true, $"a{_order}"));
            return this;
        }

        public PageSnapshot Build(string lang, PageOrigin? origin) =>
            Snapshots.Page(url, origin, lang: lang) with { Structure = new StructureProbe(_landmarks, _controls, [], false) };
    }
}
