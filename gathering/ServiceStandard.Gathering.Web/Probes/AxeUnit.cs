using System.Text.Json;
using Microsoft.Playwright;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Gathering.Web.Probes;

/// <summary>axe-core's results on the page as loaded, and a picture of each element that fails.</summary>
internal sealed class AxeUnit : ProbeUnit
{
    private const int MaxShotWidth = 800;
    private const int MaxShotHeight = 400;

    public override EvidenceKind Kind => EvidenceKind.Axe;

    public override ProbePhase Phase => ProbePhase.ReadOnly;

    public override string Script => "axe.js";

    // resultTypes limits the work axe does for passes and inapplicable rules we never report.
    public override (string Reader, object Options)? ReadOnLoad(ProbeContext context) =>
        ("axe", new
        {
            runOnly = new { type = "tag", values = context.Request.Axe.Tags },
            // An explicitly enabled rule runs even when its tags are not among runOnly's.
            rules = context.Request.Axe.EnabledRules.ToDictionary(id => id, _ => new { enabled = true }),
            resultTypes = new[] { "violations", "incomplete" },
        });

    public override async Task<PageSnapshot> CompleteAsync(ProbeContext context, JsonElement? readOnLoad, PageSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (Read<AxeEnvelope>(readOnLoad) is not { } found)
        {
            return snapshot;
        }

        var axe = new AxeRun(found.Version, context.Request.Axe.Locale, found.Violations, found.Incomplete);
        return snapshot with { Axe = axe, Screenshots = await ScreenshotFailuresAsync(context, axe) };
    }

    private static async Task<IReadOnlyList<ElementScreenshot>> ScreenshotFailuresAsync(ProbeContext context, AxeRun axe)
    {
        var (page, request) = (context.Page, context.Request);
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
                var box = await ProbeWorld.Of(page).EvaluateAsync<ShotBox?>("([selector, width, height]) => window.__servicestandard.shotBox(selector, width, height)", new object[] { selector, MaxShotWidth, MaxShotHeight });
                if (box is null)
                {
                    continue;
                }

                var png = await ElementPictures.CaptureAsync(page, box.X, box.Y, box.Width, box.Height);
                // Named by what it shows too: two journey steps on one URL (a form shown again with
                // its errors) photograph the same selector differently, and neither may overwrite the other.
                var file = $"{Model.Findings.Fingerprints.Hash(page.Url, selector, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(png)))[..16]}.png";
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

    private sealed record AxeEnvelope(string Version, List<AxeRuleResult> Violations, List<AxeRuleResult> Incomplete);

    private sealed record ShotBox(double X, double Y, double Width, double Height);
}
