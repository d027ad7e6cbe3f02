using Microsoft.Playwright;

namespace ServiceStandard.Checks.Web;

/// <summary>
/// Presses Tab through a page like a keyboard user: records where focus goes and how it looks,
/// detects focus that stops moving or cycles inside a region (a trap), steps past a trap to keep
/// walking, and lists interactive-looking elements focus never reached.
/// </summary>
internal static class KeyboardWalker
{
    private const int MaxTraps = 3;

    public static async Task<KeyboardWalk> WalkAsync(IPage page, CancellationToken cancellationToken)
    {
        var tabbables = await page.EvaluateAsync<int>("() => window.__servicestandard.prepareKeyboard()");
        var maxPresses = Math.Min((tabbables * 2) + 10, 400);
        var stops = new List<FocusStop>();
        var keys = new List<int>();
        var traps = new List<KeyboardTrap>();
        var presses = 0;
        var completed = false;

        while (presses < maxPresses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await page.Keyboard.PressAsync("Tab");
            presses++;
            var info = await PageProber.EvaluateAsync<FocusInfo>(page, "() => window.__servicestandard.focusInfo()");
            if (info.AtDocument)
            {
                // Focus left the page's last element: the walk went all the way round.
                if (stops.Count > 0 || presses > 2)
                {
                    completed = true;
                    break;
                }

                continue;
            }

            var seenAt = keys.IndexOf(info.Key);
            if (seenAt == 0 && keys.Count > 1)
            {
                completed = true;
                break;
            }

            if (seenAt >= 0)
            {
                // Focus stopped moving (seenAt is the last stop) or came back inside a region.
                var region = keys.Skip(seenAt).ToArray();
                var described = await PageProber.EvaluateAsync<RegionInfo?>(page, "(keys) => window.__servicestandard.describeRegion(keys)", region);
                if (described is not null && traps.All(t => t.Selector != described.Selector))
                {
                    var what = region.Length == 1 ? "focus stays on this element when Tab is pressed" : $"focus cycles between {region.Length} elements inside this region";
                    traps.Add(new KeyboardTrap(described.Selector, described.Snippet, what));
                }

                var escaped = traps.Count < MaxTraps &&
                              await page.EvaluateAsync<bool>("(keys) => window.__servicestandard.focusAfter(keys)", region);
                if (!escaped)
                {
                    break;
                }

                var resumed = await PageProber.EvaluateAsync<FocusInfo>(page, "() => window.__servicestandard.focusInfo()");
                if (!resumed.AtDocument && !keys.Contains(resumed.Key))
                {
                    keys.Add(resumed.Key);
                    stops.Add(ToStop(stops.Count, resumed));
                }

                continue;
            }

            keys.Add(info.Key);
            stops.Add(ToStop(stops.Count, info));
        }

        var finish = await PageProber.EvaluateAsync<FinishInfo>(page, "(keys) => window.__servicestandard.finishKeyboard(keys)", keys.ToArray());
        return new KeyboardWalk(stops, traps, finish.NotReached, finish.SkipLink, presses, completed);
    }

    private static FocusStop ToStop(int index, FocusInfo info) =>
        new(index, info.Selector ?? string.Empty, info.Tag ?? string.Empty, info.Snippet ?? string.Empty, info.IndicatorVisible, info.IndicatorChange);

    private sealed record FocusInfo(int Key, bool AtDocument, string? Selector, string? Tag, string? Snippet, bool IndicatorVisible, string? IndicatorChange);

    private sealed record RegionInfo(string Selector, string Snippet);

    private sealed record FinishInfo(List<InteractiveElement> NotReached, SkipLinkProbe SkipLink);
}
