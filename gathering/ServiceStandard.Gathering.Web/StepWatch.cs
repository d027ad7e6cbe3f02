using System.Text.Json;
using Microsoft.Playwright;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Gathering.Web;

/// <summary>
/// What one journey step did (WCAG 3.2.2, 4.1.3, 3.3.7): the field a fill, select or check acts on
/// (never its value), whether the step navigated or opened a window, where focus was before and
/// after, and the text it added to the page (a MutationObserver in the probe world, read once the
/// page has been quiet for a moment). Only for steps that act on the page.
/// </summary>
internal sealed class StepWatch
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly JourneyAction _step;
    private readonly FormField? _field;
    private readonly string? _focusBefore;
    private readonly int _navigations;
    private readonly int _popups;
    private readonly int _committed;

    private StepWatch(JourneyAction step, FormField? field, string? focusBefore, int navigations, int committed, int popups)
    {
        _committed = committed;
        _step = step;
        _field = field;
        _focusBefore = focusBefore;
        _navigations = navigations;
        _popups = popups;
    }

    /// <param name="navigations">Navigations of the main frame so far, started (requests) and committed.</param>
    /// <param name="committed">Navigations of the main frame committed so far.</param>
    public static async Task<StepWatch?> StartAsync(IPage page, JourneyAction step, float timeout, int navigations, int committed, int popups)
    {
        if (step.Kind is not ("fill" or "select" or "check" or "click" or "press"))
        {
            return null;
        }

        FormField? field = null;
        string? focusBefore = null;
        try
        {
            if (step.Kind is "fill" or "select" or "check" && step.Selector is not null)
            {
                var element = page.Locator(step.Selector).First;
                await element.WaitForAsync(new() { Timeout = timeout, State = WaitForSelectorState.Attached });
                var id = await element.GetAttributeAsync("id", new() { Timeout = timeout });
                var name = await element.GetAttributeAsync("name", new() { Timeout = timeout });
                var found = await ProbeWorld.Of(page).EvaluateAsync(
                    "([id, name, selector]) => window.__servicestandard.describeField(id, name, selector)", new[] { id, name, step.Selector });
                field = found.ValueKind == JsonValueKind.Object ? found.Deserialize<FormField>(Json) : null;
            }

            var active = await ProbeWorld.Of(page).EvaluateAsync("() => window.__servicestandard.watchStart()");
            focusBefore = active.ValueKind == JsonValueKind.String ? active.GetString() : null;
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // The step itself will say what is wrong with its element.
        }

        return new StepWatch(step, field, focusBefore, navigations, committed, popups);
    }

    /// <param name="navigations">Navigations of the main frame, started (requests) and committed, so far.</param>
    /// <param name="committed">Navigations of the main frame committed so far.</param>
    /// <param name="pending">Requests a script made (fetch, XHR) still unanswered.</param>
    public async Task<JourneyStepRecord> StopAsync(IPage page, Func<int> navigations, Func<int> committed, Func<int> popups, Func<int> pending, WebGatherRequest request, CancellationToken cancellationToken)
    {
        string? focusAfter = null;
        IReadOnlyList<PageChange> changes = [];
        // A lookup's answer comes after its request: wait for the script's requests (at most two seconds).
        var settle = DateTime.UtcNow + TimeSpan.FromSeconds(2);
        while (pending() > 0 && navigations() == _navigations && DateTime.UtcNow < settle)
        {
            await Task.Delay(50, cancellationToken);
        }

        if (navigations() == _navigations)
        {
            try
            {
                var stopped = await ProbeWorld.Of(page).EvaluateAsync("() => window.__servicestandard.watchStop()");
                if (stopped.ValueKind == JsonValueKind.Object)
                {
                    var read = stopped.Deserialize<Stopped>(Json);
                    focusAfter = read?.FocusAfter;
                    changes = read?.Changes ?? [];
                }
            }
            catch (PlaywrightException)
            {
                // The page navigated while we waited: counted below.
            }
        }

        var navigated = navigations() != _navigations;
        if (navigated && _step.Kind is "fill" or "select" or "check")
        {
            // A field that navigates: let the new page load before the next step (a request may
            // still be on its way: wait for the new document, then for its load event).
            try
            {
                var deadline = DateTime.UtcNow + request.PageTimeout;
                while (committed() == _committed && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(50, cancellationToken);
                }

                await PageLoad.WaitAsync(page, request.PageTimeout);
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                // The next step reports a page that did not load.
            }
        }

        return new JourneyStepRecord(
            _step.Index,
            _step.Kind,
            _step.Selector,
            _field,
            navigated,
            popups() != _popups,
            _focusBefore,
            navigated ? null : focusAfter,
            navigated ? [] : changes);
    }

    private sealed record Stopped(string? FocusAfter, List<PageChange> Changes);
}
