using Microsoft.Playwright;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Gathering.Web;

/// <summary>
/// Presses Tab through a page like a keyboard user: records where focus goes and how it looks, and
/// lists interactive-looking elements focus never reached. A page whose focus moves only with the
/// presses is walked fast, in batches of presses read once each. A page where anything else moves
/// focus (a handler that cancels Tab, a script that refocuses on blur, a frame), or that listens to
/// focus leaving its elements, is walked carefully, one press at a time, each read once focus has been still for a moment, as a person
/// pressing keys would find it; there a region focus cannot leave is checked the way WCAG 2.1.2
/// allows users to leave it (Shift+Tab, Escape, or keys the page advises) before it is a trap.
/// </summary>
internal static class KeyboardWalker
{
    private const int MaxTraps = 3;

    // Each check waits for transitions; a page whose own styles show no focus on many elements has
    // a site-wide problem that a few checks confirm.
    private const int MaxIndicatorChecks = 12;

    // Scripts that move focus on blur do it at once or in a timer of a few ms; a person presses
    // keys far slower than this.
    private const int QuietMilliseconds = 60;
    private const int MaxSettleMilliseconds = 1000;

    /// <param name="canReload">
    /// Whether the page may be loaded again (a GET of a listed or crawled page, not a journey step):
    /// the careful walk starts from a fresh copy when the page's scripts will not let focus go back to
    /// the top.
    /// </param>
    public static async Task<KeyboardWalk> WalkAsync(IPage page, bool canReload, CancellationToken cancellationToken)
    {
        var world = ProbeWorld.Of(page);
        var heldBefore = NavigationGuard.Of(page)?.Count ?? 0;
        var tabbables = await world.EvaluateAsync<int>("() => window.__servicestandard.prepareKeyboard()");
        var maxPresses = Math.Min((tabbables * 2) + 10, 400);
        var walk = new Walk();
        await world.EvaluateAsync("() => window.__servicestandard.startFocusLog()");
        try
        {
            // A page listening to focus leaving its elements is walked carefully from the start: a
            // blur handler's timer that takes focus back can hide behind the next press of a batch.
            var watchesLeaving = await world.EvaluateAsync<bool>("() => window.__servicestandard.watchesFocusLeaving()");
            var plain = !watchesLeaving && await WalkFastAsync(page, walk, tabbables, maxPresses, cancellationToken);
            if (!plain)
            {
                await world.EvaluateAsync("() => window.__servicestandard.stopFocusLog()");
                tabbables = await world.EvaluateAsync<int>("() => window.__servicestandard.prepareKeyboard()");
                // A blur handler's timer may pull focus back a moment later: look once focus is still.
                await world.EvaluateAsync("() => window.__servicestandard.startFocusLog()");
                await world.EvaluateAsync($"() => window.__servicestandard.settleFocus({QuietMilliseconds}, {MaxSettleMilliseconds})");
                await world.EvaluateAsync("() => window.__servicestandard.stopFocusLog()");
                var parked = (await world.EvaluateAsync<RegionState>("() => window.__servicestandard.regionState([])")).AtDocument;
                if (!parked && canReload)
                {
                    // A script keeps pulling focus back (a blur handler): start again from the page as loaded.
                    var guard = NavigationGuard.Of(page);
                    guard?.BeginLoading();
                    await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.Load });
                    guard?.MarkLoaded();
                    tabbables = await world.EvaluateAsync<int>("() => window.__servicestandard.prepareKeyboard()");
                }

                walk = new Walk();
                await world.EvaluateAsync("() => window.__servicestandard.startFocusLog()");
                await WalkCarefullyAsync(page, walk, maxPresses, cancellationToken);
            }
        }
        finally
        {
            await world.EvaluateAsync("() => window.__servicestandard.stopFocusLog()");
        }

        await LookForNavigationsOnFocusAsync(page, walk, heldBefore);
        await LookForIndicatorsElsewhereAsync(page, walk);
        var finish = await world.EvaluateAsync<FinishInfo>("(keys) => window.__servicestandard.finishKeyboard(keys)", walk.Keys.ToArray());
        return new KeyboardWalk(walk.Stops, walk.Traps, finish.NotReached, finish.SkipLink, walk.Presses, walk.Completed) { ContextChanges = walk.ContextChanges };
    }

    // How long a focus that navigates is given to show it: the navigation runs in a task of its own.
    private const int NavigationWaitMilliseconds = 1500;

    // Stops focused anew, one by one, when the guard held a navigation the walk could not place.
    private const int MaxNavigationChecks = 20;

    /// <summary>Focuses the element anew and tells where the page then tried to go, or null.</summary>
    private static Task<string?> FocusNavigatesAsync(IPage page, int key) =>
        ProbeWorld.Of(page).EvaluateAsync<string?>("([key, wait]) => window.__servicestandard.focusNavigates(key, wait)", new[] { key, NavigationWaitMilliseconds });

    /// <summary>
    /// WCAG 3.2.1: the guard held a navigation while focus moved, but no press showed it (on a busy
    /// machine the navigation's own task can run after the press was read): each stop a script
    /// listens to focus arriving on is focused anew, and one whose focus makes the page go elsewhere
    /// is a change of context on focus.
    /// </summary>
    private static async Task LookForNavigationsOnFocusAsync(IPage page, Walk walk, int heldBefore)
    {
        var guard = NavigationGuard.Of(page);
        if (guard is null || guard.Count == heldBefore || walk.ContextChanges.Count > 0)
        {
            return;
        }

        // Only stops a script listens to focus arriving on can start a navigation by being focused.
        var listened = await ProbeWorld.Of(page).EvaluateAsync<int[]>("(keys) => window.__servicestandard.focusListened(keys)", walk.Keys.Take(walk.Stops.Count).ToArray());
        foreach (var key in listened.Take(MaxNavigationChecks))
        {
            var i = walk.Keys.IndexOf(key);
            if (await FocusNavigatesAsync(page, key) is { } url)
            {
                walk.ContextChanges.Add(new FocusContextChange(walk.Stops[i].Selector, walk.Stops[i].Snippet, url));
            }
        }
    }

    /// <summary>
    /// For stops whose own look (and their parent's) did not change on focus, whether anything near
    /// them did (ACT oj04fd: any pixel of the viewport that changes): a sibling, an inner element, a
    /// pseudo-element, an element a focus handler changed, or a transition that had not finished.
    /// Capped per page; stops past the cap keep what their own styles showed.
    /// </summary>
    private static async Task LookForIndicatorsElsewhereAsync(IPage page, Walk walk)
    {
        var unseen = Enumerable.Range(0, walk.Stops.Count)
            .Where(i => !walk.Stops[i].IndicatorVisible && walk.Stops[i].Tag != "iframe")
            .Take(MaxIndicatorChecks)
            .ToList();
        if (unseen.Count == 0)
        {
            return;
        }

        var changes = await ProbeWorld.Of(page).EvaluateAsync<List<string?>>("(keys) => window.__servicestandard.indicatorsElsewhere(keys)", unseen.Select(i => walk.Keys[i]).ToArray());
        for (var n = 0; n < unseen.Count && n < changes.Count; n++)
        {
            if (changes[n] is { } change)
            {
                walk.Stops[unseen[n]] = walk.Stops[unseen[n]] with { IndicatorVisible = true, IndicatorChange = change };
            }
        }
    }

    /// <summary>
    /// The fast walk: batches of presses, each read from the log. Returns false as soon as focus does
    /// anything but follow the presses (then only the careful walk's answer counts).
    /// </summary>
    private static async Task<bool> WalkFastAsync(IPage page, Walk walk, int tabbables, int maxPresses, CancellationToken cancellationToken)
    {
        var world = ProbeWorld.Of(page);
        while (walk.Presses < maxPresses && !walk.Completed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = Math.Min(maxPresses - walk.Presses, Math.Max(4, tabbables - walk.Keys.Count + 2));
            for (var i = 0; i < batch; i++)
            {
                await page.Keyboard.PressAsync("Tab");
            }

            var presses = await world.EvaluateAsync<List<PressResult>>("() => window.__servicestandard.takeFocusLog()");
            if (presses.Count != batch || presses.Any(p => p.Navigated is not null))
            {
                // Presses went to a frame's document, or moving focus made the page try to go
                // elsewhere: walked carefully, to see where and on which element.
                return false;
            }

            for (var n = 0; n < presses.Count; n++)
            {
                var press = presses[n];
                walk.Count();
                if (await WrapsRoundAsync(page, walk, press))
                {
                    walk.CompleteRound();
                }
                else if (!walk.TakePlainStep(press))
                {
                    return false;
                }

                if (walk.Completed)
                {
                    // The batch's last presses went on into a new round: each must still have moved
                    // focus once and only once (a timer that pulls focus back shows here).
                    if (!presses.Skip(n + 1).All(p => !p.Prevented && !p.LostAfter && p.Focusins == (p.AtDocument ? 0 : 1)))
                    {
                        return false;
                    }

                    break;
                }
            }
        }

        if (!walk.Completed)
        {
            // Out of presses on a very long page: what was walked stands.
            return true;
        }

        // A script may still move focus a moment after the last press: nothing may move on its own.
        var late = await world.EvaluateAsync<List<PressResult>>($"() => window.__servicestandard.settleFocus({QuietMilliseconds}, {MaxSettleMilliseconds})");
        return late.Count == 0;
    }

    /// <summary>The careful walk: one press at a time, read once focus is still.</summary>
    private static async Task WalkCarefullyAsync(IPage page, Walk walk, int maxPresses, CancellationToken cancellationToken)
    {
        while (walk.Presses < maxPresses && !walk.Completed && !walk.Stopped)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var press = await PressAsync(page, "Tab");
            walk.Count();
            if (press is null)
            {
                // The press went to a frame's document, whose own focus order this walk does not follow.
                continue;
            }

            if (await WrapsRoundAsync(page, walk, press))
            {
                walk.CompleteRound();
                break;
            }

            if (press.Navigated is { } url && !press.AtDocument && await FocusNavigatesAsync(page, press.Key) is not null)
            {
                // Focus arriving made the page go elsewhere (held by the guard, so the walk goes on),
                // and does again when the element is focused anew: not a timer that fired meanwhile.
                walk.ContextChanges.Add(new FocusContextChange(press.Selector ?? string.Empty, press.Snippet ?? string.Empty, url));
                await ProbeWorld.Of(page).EvaluateAsync<bool>("(key) => window.__servicestandard.focusKey(key)", press.Key);
            }

            var region = walk.TakeCarefulStep(press);
            if (region is not null)
            {
                await JudgeRegionAsync(page, walk, region, press.Key);
            }
        }
    }

    /// <summary>
    /// Whether this press took focus from the last element of the sequential order to the first:
    /// headless Chromium goes round where a browser with an interface would focus its address bar.
    /// A round of the whole page is not a trap (ACT 80af7b: focus moved away from the element).
    /// </summary>
    private static async Task<bool> WrapsRoundAsync(IPage page, Walk walk, PressResult press) =>
        walk.MayGoRound(press) &&
        await ProbeWorld.Of(page).EvaluateAsync<bool>("(key) => window.__servicestandard.wrapsRound(key)", walk.Keys[^1]);

    /// <summary>Presses <paramref name="key"/> and reads where focus settled; null when the press never reached this document.</summary>
    private static async Task<PressResult?> PressAsync(IPage page, string key)
    {
        await page.Keyboard.PressAsync(key);
        var presses = await ProbeWorld.Of(page).EvaluateAsync<List<PressResult>>($"() => window.__servicestandard.settleFocus({QuietMilliseconds}, {MaxSettleMilliseconds})");
        if (presses.Count > 0)
        {
            return presses[^1];
        }

        return key == "Tab" ? null : await ProbeWorld.Of(page).EvaluateAsync<PressResult>("() => Object.assign({ prevented: false, focusins: 0 }, window.__servicestandard.focusInfo())");
    }

    /// <summary>
    /// Focus stays in <paramref name="region"/> under Tab. WCAG 2.1.2 (and ACT rules a1b64e, ebe86a)
    /// count it as a trap only when no standard way leads out — Shift+Tab (one direction is enough),
    /// Escape (how a dialog closes) — and no method the page advises works. Advice that names no
    /// keys, or a help control inside the region, cannot be judged by a machine: needs review.
    /// </summary>
    private static async Task JudgeRegionAsync(IPage page, Walk walk, int[] region, int focusedKey)
    {
        var world = ProbeWorld.Of(page);
        for (var i = 0; i < region.Length + 2; i++)
        {
            await PressAsync(page, "Shift+Tab");
            if (await LeftAsync(world, region))
            {
                await ResumeAfterAsync(page, walk, region);
                return;
            }
        }

        await world.EvaluateAsync<bool>("(key) => window.__servicestandard.focusKey(key)", focusedKey);
        await PressAsync(page, "Escape");
        if (await LeftAsync(world, region))
        {
            // Escape closed or left it, as a dialog does: the walk goes on from where focus is now,
            // or from the top when focus went back to the document (a dialog that closed).
            await GoOnFromHereAsync(page, walk);
            return;
        }

        var advice = await world.EvaluateAsync<ExitAdvice>("(keys) => window.__servicestandard.exitAdvice(keys)", region);
        string kind;
        if (advice.Keys is { Length: > 0 } keys)
        {
            await world.EvaluateAsync<bool>("(key) => window.__servicestandard.focusKey(key)", focusedKey);
            await PressAsync(page, keys);
            if (await LeftAsync(world, region))
            {
                await GoOnFromHereAsync(page, walk);
                return;
            }

            kind = KeyboardTrap.AdvisedKeysFail;
        }
        else
        {
            kind = advice.Text is not null || advice.HelpControl is not null ? KeyboardTrap.AdviceToReview : KeyboardTrap.NoWayOut;
        }

        var described = await world.EvaluateAsync<RegionInfo?>("(keys) => window.__servicestandard.describeRegion(keys)", region);
        if (described is not null && walk.Traps.All(t => t.Selector != described.Selector))
        {
            var what = region.Length == 1 ? "focus stays on this element when Tab is pressed" : $"focus cycles between {region.Length} elements inside this region";
            walk.Traps.Add(new KeyboardTrap(described.Selector, described.Snippet, what)
            {
                Kind = kind,
                Advice = advice.Text ?? advice.HelpControl,
                AdvisedKeys = advice.Keys,
            });
        }

        await ResumeAfterAsync(page, walk, region);
    }

    /// <summary>
    /// After leaving a region another way than Tab: the element focus is on now is a stop of the walk
    /// if it is new; with focus back at the document, the walk starts again from the top, so what lay
    /// before the region is not missed (elements already visited are not counted twice).
    /// </summary>
    private static async Task GoOnFromHereAsync(IPage page, Walk walk)
    {
        var world = ProbeWorld.Of(page);
        await world.EvaluateAsync($"() => window.__servicestandard.settleFocus({QuietMilliseconds}, {MaxSettleMilliseconds})");
        var now = await world.EvaluateAsync<PressResult>("() => Object.assign({ prevented: false, focusins: 1 }, window.__servicestandard.focusInfo())");
        if (now.AtDocument)
        {
            walk.Restart();
            await world.EvaluateAsync<bool>("() => window.__servicestandard.park()");
        }
        else if (!walk.Keys.Contains(now.Key))
        {
            walk.Add(now);
        }
    }

    private static async Task<bool> LeftAsync(ProbeWorld world, int[] region)
    {
        var state = await world.EvaluateAsync<RegionState>("(keys) => window.__servicestandard.regionState(keys)", region);
        return state.AtDocument || !state.Inside || !state.Open;
    }

    /// <summary>Steps past the region (as a user could not) so the rest of the page is still walked.</summary>
    private static async Task ResumeAfterAsync(IPage page, Walk walk, int[] region)
    {
        var world = ProbeWorld.Of(page);
        if (walk.Traps.Count >= MaxTraps || !await world.EvaluateAsync<bool>("(keys) => window.__servicestandard.focusAfter(keys)", region))
        {
            walk.Stopped = true;
            return;
        }

        await world.EvaluateAsync($"() => window.__servicestandard.settleFocus({QuietMilliseconds}, {MaxSettleMilliseconds})");
        var now = await world.EvaluateAsync<PressResult>("() => Object.assign({ prevented: false, focusins: 1 }, window.__servicestandard.focusInfo())");
        if (now.AtDocument || region.Contains(now.Key) || walk.Keys.Contains(now.Key))
        {
            // A script pulled focus straight back: the rest of the page cannot be walked.
            walk.Stopped = true;
            return;
        }

        walk.Add(now);
    }

    private sealed class Walk
    {
        public List<int> Keys { get; } = [];

        public List<FocusStop> Stops { get; } = [];

        public List<KeyboardTrap> Traps { get; } = [];

        public List<FocusContextChange> ContextChanges { get; } = [];

        public int Presses { get; private set; }

        public bool Completed { get; private set; }

        public bool Stopped { get; set; }

        public void Count() => Presses++;

        /// <summary>
        /// Focus came back to the first stop with nothing cancelled: by one focus change, or (with a
        /// single element, which the browser leaves focused) by none.
        /// </summary>
        public bool MayGoRound(PressResult press) =>
            Keys.Count > 0 && !press.Prevented && !press.AtDocument && press.Key == Keys[0] &&
            press.Focusins == (Keys.Count == 1 ? 0 : 1);

        /// <summary>The round ended by focus going from the last element back to the first.</summary>
        public void CompleteRound() => Completed = true;

        // After focus went back to the top (a dialog closed with Escape), elements visited before
        // are passed through again without counting as a cycle; only a cycle among the elements
        // met since then does.
        private List<int>? _replayed;

        public void Restart() => _replayed = [];

        public void Add(PressResult focus)
        {
            Keys.Add(focus.Key);
            Stops.Add(new FocusStop(Stops.Count, focus.Selector ?? string.Empty, focus.Tag ?? string.Empty, focus.Snippet ?? string.Empty, focus.IndicatorVisible, focus.IndicatorChange) { ObscuredBy = focus.ObscuredBy, Look = focus.Look });
        }

        /// <summary>
        /// One press of the fast walk. False when focus did anything but move on to a new element or
        /// out of the document: a cancelled press, focus moved more than once, stuck, back to an
        /// element already visited, or into a frame.
        /// </summary>
        public bool TakePlainStep(PressResult press)
        {
            // Focus taken off the element after the press: something besides the presses moves focus.
            if (press.Prevented || press.LostAfter)
            {
                return false;
            }

            if (press.AtDocument)
            {
                // Past the last element focus goes to the browser's own interface: the round is done.
                Completed = press.Focusins == 0;
                return Completed;
            }

            if (press.Focusins != 1 || Keys.Contains(press.Key) || press.Tag == "iframe")
            {
                return false;
            }

            Add(press);
            return true;
        }

        /// <summary>One press of the careful walk; returns the keys of a region focus does not leave, if it is one.</summary>
        public int[]? TakeCarefulStep(PressResult press)
        {
            // At the document only when the press itself focused nothing: focus an element got and
            // then lost to something else (LostAfter) is not the end, and the next Tab goes on from it.
            if (press.AtDocument)
            {
                Completed = true;
                return null;
            }

            if (_replayed is not null)
            {
                var again = _replayed.IndexOf(press.Key);
                if (again >= 0)
                {
                    return [.. _replayed.Skip(again)];
                }

                _replayed.Add(press.Key);
                if (!Keys.Contains(press.Key))
                {
                    Add(press);
                }

                return null;
            }

            var seenAt = Keys.IndexOf(press.Key);
            if (seenAt < 0)
            {
                Add(press);
                return null;
            }

            if (press.Tag == "iframe" && seenAt == Keys.Count - 1)
            {
                // Focus came back out of a frame onto the frame element itself.
                return null;
            }

            // Stuck where it was, or back to an element already visited without passing through the
            // browser's interface (where a plain Tab round goes).
            return [.. Keys.Skip(seenAt)];
        }
    }

    /// <param name="LostAfter">
    /// The press put focus on an element, and something else then took it to the document (the
    /// element is the one described): not the press going past the last element.
    /// </param>
    private sealed record PressResult(bool Prevented, int Focusins, int Key, bool AtDocument, string? Selector, string? Tag, string? Snippet, bool IndicatorVisible, string? IndicatorChange, string? ObscuredBy = null, string? Navigated = null, FocusIndicatorLook? Look = null, bool LostAfter = false);

    private sealed record RegionState(bool AtDocument, bool Inside, bool Open);

    private sealed record ExitAdvice(string? Text, string? Keys, string? HelpControl);

    private sealed record RegionInfo(string Selector, string Snippet);

    private sealed record FinishInfo(List<InteractiveElement> NotReached, SkipLinkProbe SkipLink);
}
