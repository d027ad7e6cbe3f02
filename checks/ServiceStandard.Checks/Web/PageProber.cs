using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Web;

/// <summary>
/// Gathers every piece of evidence from one loaded page, in an order that keeps each probe honest:
/// what focus did on load first, then axe and the DOM, then the Tab walk, then layout probes, and
/// last the error-summary links (which move focus and the URL fragment).
/// </summary>
internal sealed class PageProber(WebGatherRequest request)
{
    private const int MaxShotWidth = 800;
    private const int MaxShotHeight = 400;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="freshLoad">The page has just loaded: only then does "focus on load" mean anything.</param>
    public async Task<PageSnapshot> ProbeAsync(IPage page, string requestedUrl, int? status, PageOrigin origin, bool freshLoad, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var finalUrl = page.Url;
        // resultTypes limits the work axe does for passes and inapplicable rules we never report.
        var axeOptions = request.Gathers(EvidenceKind.Axe)
            ? new { runOnly = new { type = "tag", values = request.Axe.Tags }, resultTypes = new[] { "violations", "incomplete" } }
            : null;
        var designOptions = request.Gathers(EvidenceKind.ComputedStyles) ? new { maxElements = 5000 } : null;
        var gathered = await EvaluateAsync<Gathered>(page, "(options) => window.__servicestandard.gather(options.axe, options.design)", new { axe = axeOptions, design = designOptions });
        var (initial, html) = (gathered.Initial, gathered.Html);
        var axe = gathered.Axe is { } found ? new AxeRun(found.Version, request.Axe.Locale, found.Violations, found.Incomplete) : null;
        cancellationToken.ThrowIfCancellationRequested();

        var screenshots = axe is null ? [] : await ScreenshotFailuresAsync(page, axe);
        cancellationToken.ThrowIfCancellationRequested();

        var keyboard = request.Gathers(EvidenceKind.Keyboard) ? await KeyboardWalker.WalkAsync(page, cancellationToken) : null;
        var textSpacing = request.Gathers(EvidenceKind.TextSpacing) ? await ProbeTextSpacingAsync(page) : null;
        var reflow = request.Gathers(EvidenceKind.Reflow) ? await ProbeReflowAsync(page) : null;
        var errorSummary = request.Gathers(EvidenceKind.ErrorSummary) && freshLoad && initial.ErrorSummary is not null ? await ProbeErrorSummaryAsync(page, initial.ErrorSummary) : null;

        return new PageSnapshot
        {
            RequestedUrl = requestedUrl,
            FinalUrl = finalUrl,
            Status = status,
            Title = initial.Title,
            Lang = initial.Lang,
            Html = html,
            Origin = origin,
            Axe = axe,
            Keyboard = keyboard,
            Reflow = reflow,
            TextSpacing = textSpacing,
            ErrorSummary = errorSummary,
            Design = gathered.Design,
            Probed = [.. Enum.GetValues<EvidenceKind>().Where(request.Gathers)],
            Screenshots = screenshots,
            GatherMilliseconds = clock.Elapsed.TotalMilliseconds,
        };
    }

    private async Task<IReadOnlyList<ElementScreenshot>> ScreenshotFailuresAsync(IPage page, AxeRun axe)
    {
        if (request.ScreenshotDirectory is null || request.MaxScreenshotsPerPage <= 0)
        {
            return [];
        }

        var selectors = axe.Violations.SelectMany(v => v.Nodes).Where(n => n.Target.Count == 1).Select(n => n.Target[0]).Distinct().Take(request.MaxScreenshotsPerPage).ToList();
        if (selectors.Count == 0)
        {
            return [];
        }

        Directory.CreateDirectory(request.ScreenshotDirectory);
        var shots = new List<ElementScreenshot>();
        foreach (var selector in selectors)
        {
            try
            {
                // Cropped to the element (and the viewport) with a small margin, and capped so a
                // report stays small.
                var box = await EvaluateAsync<ShotBox?>(page, "([selector, width, height]) => window.__servicestandard.shotBox(selector, width, height)", new object[] { selector, MaxShotWidth, MaxShotHeight });
                if (box is null)
                {
                    continue;
                }

                var png = await ElementPictures.CaptureAsync(page, box.X, box.Y, box.Width, box.Height);
                var file = $"{Model.Findings.Fingerprints.Hash(page.Url, selector)[..16]}.png";
                await File.WriteAllBytesAsync(Path.Combine(request.ScreenshotDirectory, file), png);
                shots.Add(new ElementScreenshot(selector, file, (int)box.Width, (int)box.Height));
            }
            catch (PlaywrightException)
            {
                // An element that cannot be photographed is still reported; only the picture is missing.
            }
        }

        return shots;
    }

    private async Task<ReflowProbe> ProbeReflowAsync(IPage page)
    {
        // WCAG 1.4.10: 320 CSS px wide (a 1280 px screen at 400% zoom).
        await page.SetViewportSizeAsync(320, 256);
        try
        {
            return await EvaluateAsync<ReflowProbe>(page, "() => window.__servicestandard.overflow(320)");
        }
        finally
        {
            await page.SetViewportSizeAsync(request.ViewportWidth, request.ViewportHeight);
        }
    }

    private async Task<ReflowProbe> ProbeTextSpacingAsync(IPage page)
    {
        // Only clipping that the spacing override causes is attributable to 1.4.12.
        var before = await EvaluateAsync<List<OverflowingElement>>(page, "() => window.__servicestandard.clippedText()");
        await page.EvaluateAsync("() => window.__servicestandard.setTextSpacing(true)");
        try
        {
            var overflow = await EvaluateAsync<ReflowProbe>(page, $"() => window.__servicestandard.overflow({request.ViewportWidth})");
            var after = await EvaluateAsync<List<OverflowingElement>>(page, "() => window.__servicestandard.clippedText()");
            var newlyClipped = after.Where(a => before.All(b => b.Selector != a.Selector)).Take(5);
            return overflow with { Offenders = [.. overflow.Offenders, .. newlyClipped] };
        }
        finally
        {
            await page.EvaluateAsync("() => window.__servicestandard.setTextSpacing(false)");
        }
    }

    private static async Task<ErrorSummaryProbe> ProbeErrorSummaryAsync(IPage page, InitialErrorSummary summary)
    {
        var links = new List<ErrorSummaryLinkProbe>();
        foreach (var link in summary.Links)
        {
            var moved = false;
            string? focused = null;
            try
            {
                await page.Locator(link.Selector).First.ClickAsync(new() { Timeout = 2000 });
                var active = await EvaluateAsync<ActiveElement?>(page, "() => window.__servicestandard.activeSelector()");
                focused = active?.Selector;
                var targetId = Uri.UnescapeDataString(link.Href.TrimStart('#'));
                moved = active is not null && active.Tag is "input" or "select" or "textarea" &&
                        (active.Id == targetId || await page.EvaluateAsync<bool>(
                            "([id]) => { const t = document.getElementById(id); return !!t && t.contains(document.activeElement); }", new[] { targetId }));
            }
            catch (PlaywrightException)
            {
                moved = false;
            }

            links.Add(new ErrorSummaryLinkProbe(link.Text, link.Href, link.TargetExists, moved, focused));
        }

        await page.EvaluateAsync("() => window.__servicestandard.clearFragment()");
        return new ErrorSummaryProbe(summary.Selector, summary.Snippet, summary.FocusedOnLoad, summary.FocusedOnLoadSelector, links);
    }

    internal static async Task<T> EvaluateAsync<T>(IPage page, string expression, object? argument = null)
    {
        var element = await page.EvaluateAsync<JsonElement>(expression, argument);
        return element.Deserialize<T>(Json)!;
    }

    private sealed record AxeEnvelope(string Version, List<AxeRuleResult> Violations, List<AxeRuleResult> Incomplete);

    private sealed record Gathered(InitialState Initial, string Html, AxeEnvelope? Axe, DesignProbe? Design);

    private sealed record InitialState(string Title, string? Lang, string? ActiveSelector, InitialErrorSummary? ErrorSummary);

    private sealed record InitialErrorSummary(string Selector, string Snippet, bool FocusedOnLoad, string? FocusedOnLoadSelector, List<InitialErrorLink> Links);

    private sealed record InitialErrorLink(int Index, string Text, string Href, bool TargetExists, string Selector);

    private sealed record ActiveElement(string Selector, string Tag, string? Id);

    private sealed record ShotBox(double X, double Y, double Width, double Height);
}
