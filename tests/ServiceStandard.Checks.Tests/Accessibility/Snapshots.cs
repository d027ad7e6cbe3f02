using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Tests.Accessibility;

/// <summary>Evidence literals: the smallest snapshots that exercise one rule.</summary>
internal static class Snapshots
{
    public const string Start = "https://service.test/start";

    public static PageSnapshot Page(string url = Start, PageOrigin? origin = null, string title = "Start – Apply for a licence", string? lang = "en") => new()
    {
        RequestedUrl = url,
        FinalUrl = url,
        Status = 200,
        Title = title,
        Lang = lang,
        Origin = origin ?? PageOrigin.Listed,
    };

    public static PageSnapshot Step(string journey, int step, string url, string title = "Step", string? lang = "en") =>
        Page(url, PageOrigin.JourneyStep(journey, step, $"step {step}"), title, lang);

    /// <summary>A Tab walk with nothing wrong: completed, every stop visible, a working skip link.</summary>
    public static KeyboardWalk CleanWalk(params FocusStop[] stops) => new(
        stops.Length == 0 ? [new FocusStop(0, "a.skip-link", "a", "<a class=\"skip-link\" href=\"#main\">Skip</a>", true, "outline 3px solid")] : stops,
        [],
        [],
        GoodSkipLink,
        10,
        true);

    public static SkipLinkProbe GoodSkipLink { get; } = new(true, true, "a.skip-link", "#main", true, true, 4);

    public static List<Finding> Run(IWebCheck check, PageSnapshot page, string language = "en") =>
        [.. check.Run(new WebEvidence([page]), new CheckContext { Language = language })];

    public static List<Finding> Run(IWebCheck check, IReadOnlyList<PageSnapshot> pages, CheckContext? context = null) =>
        [.. check.Run(new WebEvidence(pages), context ?? CheckContext.Default)];

    /// <summary>The evidence gap the runner reports for <paramref name="check"/> on <paramref name="page"/>.</summary>
    public static List<string> Missing(IWebCheck check, PageSnapshot page) =>
        [.. new WebCheckRunner([check]).Run(new WebEvidence([page]), CheckContext.Default).NotAssessed.SelectMany(gap => gap.Missing)];

    public static string Message(IWebCheck check, PageSnapshot page, string language) => Assert.Single(Run(check, page, language)).Message;
}
