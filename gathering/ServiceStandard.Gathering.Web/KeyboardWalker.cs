using System.Text.Json;
using Microsoft.Playwright;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Gathering.Web;

/// <summary>
/// Presses Tab through a page like a keyboard user: records where focus goes and how it looks,
/// detects focus that stops moving or cycles inside a region (a trap), steps past a trap to keep
/// walking, and lists interactive-looking elements focus never reached. Presses go in batches;
/// the page logs each press and each focus change as it happens, read once per batch.
/// </summary>
internal static class KeyboardWalker
{
    private const int MaxTraps = 3;

    public static async Task<KeyboardWalk> WalkAsync(IPage page, CancellationToken cancellationToken)
    {
        var tabbables = await ProbeWorld.Of(page).EvaluateAsync<int>("() => window.__servicestandard.prepareKeyboard()");
        var maxPresses = Math.Min((tabbables * 2) + 10, 400);
        var walk = new Walk();
        await ProbeWorld.Of(page).EvaluateAsync("() => window.__servicestandard.startFocusLog()");
        try
        {
            while (walk.Presses < maxPresses && !walk.Completed && !walk.Stopped)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var batch = Math.Min(maxPresses - walk.Presses, Math.Max(4, tabbables - walk.Keys.Count + 2));
                for (var i = 0; i < batch; i++)
                {
                    await page.Keyboard.PressAsync("Tab");
                }

                var log = await ProbeWorld.Of(page).EvaluateAsync<List<FocusEvent>>("() => window.__servicestandard.takeFocusLog()");
                var trapRegion = walk.Read(log, batch);
                if (trapRegion is not null)
                {
                    await EscapeTrapAsync(page, walk, trapRegion);
                }
            }
        }
        finally
        {
            await ProbeWorld.Of(page).EvaluateAsync("() => window.__servicestandard.stopFocusLog()");
        }

        var finish = await ProbeWorld.Of(page).EvaluateAsync<FinishInfo>("(keys) => window.__servicestandard.finishKeyboard(keys)", walk.Keys.ToArray());
        return new KeyboardWalk(walk.Stops, walk.Traps, finish.NotReached, finish.SkipLink, walk.Presses, walk.Completed);
    }

    private static async Task EscapeTrapAsync(IPage page, Walk walk, int[] region)
    {
        var described = await ProbeWorld.Of(page).EvaluateAsync<RegionInfo?>("(keys) => window.__servicestandard.describeRegion(keys)", region);
        if (described is not null && walk.Traps.All(t => t.Selector != described.Selector))
        {
            var what = region.Length == 1 ? "focus stays on this element when Tab is pressed" : $"focus cycles between {region.Length} elements inside this region";
            walk.Traps.Add(new KeyboardTrap(described.Selector, described.Snippet, what));
        }

        // Step past the trap (as a user cannot) so the rest of the page is still walked.
        var escaped = walk.Traps.Count < MaxTraps &&
                      await ProbeWorld.Of(page).EvaluateAsync<bool>("(keys) => window.__servicestandard.focusAfter(keys)", region);
        if (!escaped)
        {
            walk.Stopped = true;
            return;
        }

        // The escape's own focus change is in the log, before any press of the next batch.
        var log = await ProbeWorld.Of(page).EvaluateAsync<List<FocusEvent>>("() => window.__servicestandard.takeFocusLog()");
        if (log.LastOrDefault(e => !e.Press) is { AtDocument: false } resumed && !walk.Keys.Contains(resumed.Key))
        {
            walk.Add(resumed);
        }
    }

    private sealed class Walk
    {
        public List<int> Keys { get; } = [];

        public List<FocusStop> Stops { get; } = [];

        public List<KeyboardTrap> Traps { get; } = [];

        public int Presses { get; private set; }

        public bool Completed { get; private set; }

        public bool Stopped { get; set; }

        public void Add(FocusEvent focus)
        {
            Keys.Add(focus.Key);
            Stops.Add(new FocusStop(Stops.Count, focus.Selector ?? string.Empty, focus.Tag ?? string.Empty, focus.Snippet ?? string.Empty, focus.IndicatorVisible, focus.IndicatorChange));
        }

        /// <summary>
        /// Reads one batch: per Tab press, where focus ended. Returns the keys of a trap's region
        /// when focus stopped moving or came back to an element other than the first.
        /// </summary>
        public int[]? Read(List<FocusEvent> log, int pressed)
        {
            var groups = Split(log);
            for (var i = 0; i < pressed; i++)
            {
                Presses++;
                var (prevented, events) = i < groups.Count ? groups[i] : (false, []);
                var landed = events.LastOrDefault();
                if (landed is null)
                {
                    if (Stops.Count > 0 && Stops[^1].Tag == "iframe")
                    {
                        // Focus is moving inside a frame, whose document this walk does not follow.
                        continue;
                    }

                    if (!prevented && Keys.Count == 1)
                    {
                        // The only focusable element: the browser wraps focus to it again.
                        Completed = true;
                        return null;
                    }

                    // No focus change at all after a Tab: focus is stuck where it is.
                    return Keys.Count > 0 ? [Keys[^1]] : null;
                }

                if (landed.AtDocument)
                {
                    if (Keys.Count > 0)
                    {
                        Completed = true;
                        return null;
                    }

                    continue;
                }

                var seenAt = Keys.IndexOf(landed.Key);
                if (seenAt == 0 && Keys.Count > 1)
                {
                    Completed = true;
                    return null;
                }

                if (seenAt >= 0)
                {
                    return [.. Keys.Skip(seenAt)];
                }

                Add(landed);
            }

            return null;
        }

        /// <summary>Per Tab press: whether a page handler cancelled it, and the focus changes after it.</summary>
        private static List<(bool Prevented, List<FocusEvent> Events)> Split(List<FocusEvent> log)
        {
            var groups = new List<(bool, List<FocusEvent>)>();
            foreach (var entry in log)
            {
                if (entry.Press)
                {
                    groups.Add((entry.Prevented, []));
                }
                else if (groups.Count > 0)
                {
                    groups[^1].Item2.Add(entry);
                }
            }

            return groups;
        }
    }

    private sealed record FocusEvent(bool Press, bool Prevented, int Key, bool AtDocument, string? Selector, string? Tag, string? Snippet, bool IndicatorVisible, string? IndicatorChange);

    private sealed record RegionInfo(string Selector, string Snippet);

    private sealed record FinishInfo(List<InteractiveElement> NotReached, SkipLinkProbe SkipLink);
}
