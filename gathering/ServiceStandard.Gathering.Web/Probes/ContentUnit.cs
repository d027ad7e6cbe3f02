using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Gathering.Web.Probes;

/// <summary>
/// Content and pointer evidence: read on load (listeners from the page hook, media, images of text,
/// reordered blocks, hover triggers); then, with the layout-changing units, each hover trigger is
/// hovered to see what appears, Escape pressed, and the pointer moved onto what appeared. The pointer
/// goes back to the corner after each. At most ten triggers and about three seconds a page.
/// </summary>
internal sealed class ContentUnit : ProbeUnit
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    public override EvidenceKind Kind => EvidenceKind.Content;

    public override ProbePhase Phase => ProbePhase.LayoutChanging;

    public override string Script => "content.js";

    public override (string Reader, object Options)? ReadOnLoad(ProbeContext context) => ("content", new { });

    public override async Task<PageSnapshot> CompleteAsync(ProbeContext context, JsonElement? readOnLoad, PageSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (Read<OnLoad>(readOnLoad) is not { } read)
        {
            return snapshot;
        }

        var hover = new List<HoverContent>();
        if (read.HoverTriggers.Count > 0)
        {
            var clock = Stopwatch.StartNew();
            var world = ProbeWorld.Of(context.Page);
            try
            {
                foreach (var trigger in read.HoverTriggers)
                {
                    if (clock.Elapsed > Budget)
                    {
                        break;
                    }

                    if (await HoverAsync(context.Page, world, trigger, cancellationToken) is { } found)
                    {
                        hover.Add(found);
                    }
                }
            }
            catch (PlaywrightException)
            {
                // The page went away or changed under the probe: keep what was seen.
            }
            finally
            {
                try
                {
                    await context.Page.Mouse.MoveAsync(0, 0);
                    await world.EvaluateAsync("() => window.__servicestandard.hoverEnd()");
                }
                catch (PlaywrightException)
                {
                    // As above.
                }
            }
        }

        return snapshot with
        {
            Content = new ContentProbe(read.PointerTargets, read.MotionEvents, read.Media, read.TextImages, read.Reordered, hover) { ControlBoundaries = read.ControlBoundaries ?? [] },
        };
    }

    private static async Task<HoverContent?> HoverAsync(IPage page, ProbeWorld world, Trigger trigger, CancellationToken cancellationToken)
    {
        await page.Mouse.MoveAsync(0, 0);
        var start = await world.EvaluateAsync<Point?>("([s]) => window.__servicestandard.hoverStart(s)", new[] { trigger.Selector });
        if (start is null)
        {
            return null;
        }

        await page.Mouse.MoveAsync(start.X, start.Y, new() { Steps = 2 });
        Appeared? appeared = null;
        for (var attempt = 0; attempt < 6 && appeared is null; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            appeared = await world.EvaluateAsync<Appeared?>("([s]) => window.__servicestandard.hoverAppeared(s)", new[] { trigger.Selector });
            if (appeared is null)
            {
                await Task.Delay(60, cancellationToken);
            }
        }

        if (appeared is null)
        {
            return null;
        }

        await page.Keyboard.PressAsync("Escape");
        var dismissed = !await StaysShownAsync(world, cancellationToken);

        // Hoverable: away, back on the trigger, then onto the content.
        bool? hoverable = null;
        await page.Mouse.MoveAsync(0, 0);
        if (await world.EvaluateAsync<Point?>("([s]) => window.__servicestandard.hoverStart(s)", new[] { trigger.Selector }) is { } again)
        {
            await page.Mouse.MoveAsync(again.X, again.Y, new() { Steps = 2 });
            Appeared? back = null;
            for (var attempt = 0; attempt < 6 && back is null; attempt++)
            {
                back = await world.EvaluateAsync<Appeared?>("([s]) => window.__servicestandard.hoverAppeared(s)", new[] { trigger.Selector });
                if (back is null)
                {
                    await Task.Delay(60, cancellationToken);
                }
            }

            if (back is not null)
            {
                // As a person would: straight to the nearest edge of the content, then into it.
                var nearX = Math.Clamp(again.X, back.Left + 2, Math.Max(back.Left + 2, back.Right - 2));
                var nearY = Math.Clamp(again.Y, back.Top + 2, Math.Max(back.Top + 2, back.Bottom - 2));
                await page.Mouse.MoveAsync(nearX, nearY, new() { Steps = 4 });
                await page.Mouse.MoveAsync((back.Left + back.Right) / 2, (back.Top + back.Bottom) / 2, new() { Steps = 4 });
                hoverable = await StaysShownAsync(world, cancellationToken);
            }
        }

        await page.Mouse.MoveAsync(0, 0);
        return new HoverContent(trigger.Selector, trigger.Snippet, appeared.Selector, appeared.Snippet, appeared.Text, appeared.Obscures, dismissed, hoverable);
    }

    /// <summary>Whether the content is still shown after a few checks (it may fade out over a short transition).</summary>
    private static async Task<bool> StaysShownAsync(ProbeWorld world, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            if (!await world.EvaluateAsync<bool>("() => window.__servicestandard.hoverShown()"))
            {
                return false;
            }

            await Task.Delay(60, cancellationToken);
        }

        return await world.EvaluateAsync<bool>("() => window.__servicestandard.hoverShown()");
    }

    private sealed record OnLoad(
        List<PointerTarget> PointerTargets,
        List<string> MotionEvents,
        List<MediaItem> Media,
        List<TextImageCandidate> TextImages,
        List<ReorderedBlock> Reordered,
        List<Trigger> HoverTriggers,
        List<ControlBoundary>? ControlBoundaries = null);

    private sealed record Trigger(string Selector, string Snippet);

    private sealed record Point(float X, float Y);

    private sealed record Appeared(string Selector, string Snippet, string Text, bool Obscures, float Left, float Top, float Right, float Bottom);
}
