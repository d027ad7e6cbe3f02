using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Privacy;

namespace ServiceStandard.Gathering.Web;

/// <summary>
/// Walks one journey in a fresh context (its own cookies and session), assessing the page after
/// every step that loads or changes a page, and after the last step. A failing step ends the
/// journey with an error that names the journey, the step number and the selector.
/// </summary>
internal sealed class JourneyRunner(WebGatherRequest request, BrowserHost host, string initScript, PageProber prober, ILogger logger)
{
    public async Task RunAsync(JourneyPlan journey, Action<IReadOnlyList<PageSnapshot>> record, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var produced = new List<PageSnapshot>();
            IBrowserContext? context = null;
            try
            {
                context = await SharedContext.NewContextAsync(await host.GetAsync(), request);
                var page = await ProbeWorld.OpenPageAsync(context, initScript, request.IsAllowed);
                await WalkAsync(journey, page, produced, cancellationToken);
                record(produced);
                return;
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException && !cancellationToken.IsCancellationRequested)
            {
                var error = WebGatherer.Classify(ex, request);
                logger.LogDebug("Journey {Journey} attempt {Attempt} failed: {Error}", journey.Name, attempt, request.Redactor.Text(error.Message));
                if (attempt == 2 || !error.Retryable)
                {
                    record([.. produced, WebGatherer.ErrorSnapshot(request.BaseUrl.AbsoluteUri, PageOrigin.JourneyStep(journey.Name, produced.Count + 1, "journey"),
                        new PageError(error.Kind, request.Message("journey-failed", ("journey", journey.Name), ("problem", error.Message))))]);
                    return;
                }
            }
            finally
            {
                if (context is not null)
                {
                    try
                    {
                        await context.CloseAsync();
                    }
                    catch (PlaywrightException)
                    {
                        // The browser may have crashed; the next attempt gets a new one.
                    }
                }
            }
        }
    }

    /// <summary>Walks the steps; a failing step is recorded as an error snapshot and ends the walk.</summary>
    private async Task WalkAsync(JourneyPlan journey, IPage page, List<PageSnapshot> produced, CancellationToken cancellationToken)
    {
        int? status = null;
        var navigations = 0;
        var popups = 0;
        var navigationRequests = 0;
        var probedAt = -1;
        var observe = request.Gathers(EvidenceKind.Forms);
        var steps = new List<JourneyStepRecord>();
        page.Popup += (_, _) => popups++;
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                navigations++;
            }
        };
        page.Request += (_, started) =>
        {
            if (started.IsNavigationRequest && started.Frame == page.MainFrame)
            {
                navigationRequests++;
            }
        };
        // Requests a script made (a lookup, inline validation): a step's answer may wait for them.
        var pending = 0;
        page.Request += (_, started) =>
        {
            if (started.ResourceType is "fetch" or "xhr")
            {
                Interlocked.Increment(ref pending);
            }
        };
        page.RequestFinished += (_, finished) =>
        {
            if (finished.ResourceType is "fetch" or "xhr")
            {
                Interlocked.Decrement(ref pending);
            }
        };
        page.RequestFailed += (_, failed) =>
        {
            if (failed.ResourceType is "fetch" or "xhr")
            {
                Interlocked.Decrement(ref pending);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && response.Frame == page.MainFrame)
            {
                status = response.Status;
            }
        };

        for (var i = 0; i < journey.Steps.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var step = journey.Steps[i];
            var origin = PageOrigin.JourneyStep(journey.Name, step.Index, step.Describe());
            var guard = NavigationGuard.Of(page);
            var blockedBefore = guard?.Count ?? 0;
            var watch = observe ? await StepWatch.StartAsync(page, step, (float)request.StepTimeout.TotalMilliseconds, navigations + navigationRequests, navigations, popups) : null;
            guard?.BeginLoading();
            var problem = await TryPerformAsync(page, step);
            if (watch is not null && problem is null)
            {
                steps.Add(await watch.StopAsync(page, () => navigations + navigationRequests, () => navigations, () => popups, () => Volatile.Read(ref pending), request, cancellationToken));
            }

            // From here the page is assessed as it stands: what it starts on its own is held. A
            // navigation the step set off a moment later (a field that submits in a timer) went
            // through while the step was watched.
            guard?.MarkLoaded();

            if (problem is null && guard is not null && guard.Count > blockedBefore)
            {
                // The step led elsewhere; the request was never sent, and the journey cannot go on.
                produced.Add(WebGatherer.ErrorSnapshot(page.Url, origin, new PageError("outside-origin", request.Message("journey-step-outside-origin", ("journey", journey.Name), ("step", step.Index)))) with { BlockedNavigations = guard.Take(), Steps = [.. steps] });
                return;
            }

            if (problem is not null)
            {
                produced.Add(WebGatherer.ErrorSnapshot(page.Url, origin, new PageError("journey-step", request.Message("journey-step-failed", ("journey", journey.Name), ("step", step.Index), ("action", step.Describe()), ("problem", problem)))) with { Steps = [.. steps] });
                return;
            }

            // The last step is assessed too, unless it only looked at a page already assessed
            // (an expect after a click): probing it again would measure a page our own probes touched.
            var last = i == journey.Steps.Count - 1;
            var unseen = navigations != probedAt;
            if (step.ProducesPage || (last && unseen))
            {
                if (!request.IsAllowed(new Uri(page.Url)))
                {
                    produced.Add(WebGatherer.ErrorSnapshot(page.Url, origin, new PageError("outside-origin", request.Message("journey-step-outside-origin", ("journey", journey.Name), ("step", step.Index)))));
                    return;
                }

                var snapshot = await prober.ProbeAsync(page, page.Url, status, origin, freshLoad: unseen, cancellationToken).WaitAsync(request.PageTimeout, cancellationToken);
                produced.Add(snapshot with { Steps = [.. steps] });
                steps.Clear();
                probedAt = navigations;
            }
        }
    }

    private async Task<string?> TryPerformAsync(IPage page, JourneyAction step)
    {
        try
        {
            await PerformAsync(page, step, request);
            return null;
        }
        catch (TimeoutException) when (step.Selector is not null)
        {
            return request.Message("selector-not-found", ("selector", step.Selector), ("seconds", Math.Round(request.StepTimeout.TotalSeconds)));
        }
        catch (PlaywrightException ex) when (ex.Message.Contains("Timeout", StringComparison.Ordinal) && step.Selector is not null)
        {
            return request.Message("selector-not-found", ("selector", step.Selector), ("seconds", Math.Round(request.StepTimeout.TotalSeconds)));
        }
        catch (JourneyExpectationException ex)
        {
            return ex.Message;
        }
        catch (PlaywrightException ex) when (ex.Message.Contains("is not a valid selector", StringComparison.Ordinal) || ex.Message.Contains("Unexpected token", StringComparison.Ordinal))
        {
            return request.Message("selector-not-valid", ("selector", step.Selector));
        }
    }

    internal static async Task PerformAsync(IPage page, JourneyAction step, WebGatherRequest request)
    {
        var timeout = (float)request.StepTimeout.TotalMilliseconds;
        switch (step.Kind)
        {
            case "goto":
                var url = new Uri(request.BaseUrl, step.Value!);
                if (!request.IsAllowed(url))
                {
                    throw new JourneyExpectationException(request.Message("goto-outside-origin", ("origin", url.GetLeftPart(UriPartial.Authority))));
                }

                await request.Pacer.WaitAsync(url, CancellationToken.None);
                await page.GotoAsync(url.AbsoluteUri, new() { Timeout = (float)request.PageTimeout.TotalMilliseconds });
                break;
            case "click":
                var clicked = await FindAsync(page, step.Selector!, timeout);
                await RespondsAsync(request, () => clicked.ClickAsync(new() { Timeout = (float)request.PageTimeout.TotalMilliseconds }));
                await RespondsAsync(request, () => PageLoad.WaitAsync(page, request.PageTimeout));
                break;
            case "fill":
                var field = page.Locator(step.Selector!).First;
                await field.FillAsync(step.Value ?? string.Empty, new() { Timeout = timeout });
                await RememberCredentialAsync(field, step, request.Redactor, timeout);
                break;
            case "select":
                await page.Locator(step.Selector!).First.SelectOptionAsync(step.Value ?? string.Empty, new() { Timeout = timeout });
                break;
            case "check":
                await page.Locator(step.Selector!).First.CheckAsync(new() { Timeout = timeout });
                break;
            case "press":
                if (step.Selector is null)
                {
                    await page.Keyboard.PressAsync(step.Value!);
                }
                else
                {
                    var pressed = await FindAsync(page, step.Selector, timeout);
                    await RespondsAsync(request, () => pressed.PressAsync(step.Value!, new() { Timeout = (float)request.PageTimeout.TotalMilliseconds }));
                }

                await RespondsAsync(request, () => PageLoad.WaitAsync(page, request.PageTimeout));
                break;
            case "waitFor":
                await page.Locator(step.Selector!).First.WaitForAsync(new() { Timeout = timeout });
                break;
            case "expect":
                var element = page.Locator(step.Selector!).First;
                await element.WaitForAsync(new() { Timeout = timeout });
                if (step.Value is not null)
                {
                    var text = await element.InnerTextAsync(new() { Timeout = timeout });
                    if (!text.Contains(step.Value, StringComparison.Ordinal))
                    {
                        throw new JourneyExpectationException(request.Message("text-not-found", ("selector", step.Selector), ("expected", step.Value), ("found", Shorten(text))));
                    }
                }

                break;
            default:
                throw new JourneyExpectationException(request.Message("unknown-step", ("kind", step.Kind)));
        }
    }

    /// <summary>
    /// A value from the environment, or typed into a password field, is a secret, and so is what
    /// its field's name carries in a URL (the form may submit with GET).
    /// </summary>
    private static async Task RememberCredentialAsync(ILocator field, JourneyAction step, Redactor redactor, float timeout)
    {
        var type = await field.GetAttributeAsync("type", new() { Timeout = timeout });
        if (!step.Sensitive && !string.Equals(type, "password", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        redactor.AddSecret(step.Value);
        redactor.AddCredentialField(await field.GetAttributeAsync("name", new() { Timeout = timeout }));
    }

    /// <summary>The step's element, once it is there (a timeout here means no element matches).</summary>
    private static async Task<ILocator> FindAsync(IPage page, string selector, float timeout)
    {
        var element = page.Locator(selector).First;
        await element.WaitForAsync(new() { Timeout = timeout });
        return element;
    }

    /// <summary>
    /// Acts on an element already found, or waits for what acting on it loads. The action and the
    /// load wait for a navigation it starts to be answered, which on a loaded machine or a slow
    /// service takes longer than finding the element: they have the page timeout, and running out of
    /// it says the page did not respond, not that the element was missing (it was there, and the
    /// action may well have happened).
    /// </summary>
    private static async Task RespondsAsync(WebGatherRequest request, Func<Task> act)
    {
        try
        {
            await act();
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is PlaywrightException && ex.Message.Contains("Timeout", StringComparison.Ordinal)))
        {
            throw new JourneyExpectationException(request.Message("step-no-response", ("seconds", Math.Round(request.PageTimeout.TotalSeconds))));
        }
    }

    private static string Shorten(string text)
    {
        var single = text.ReplaceLineEndings(" ").Trim();
        return single.Length <= 80 ? single : single[..77] + "...";
    }
}

internal sealed class JourneyExpectationException(string message) : Exception(message);
