using Microsoft.Playwright;

namespace ServiceStandard.Gathering.Web;

/// <summary>
/// Playwright's driver (a separate process that takes about half a second to start), started before
/// it is needed so its start-up overlaps with the caller's own (reading config and the standard).
/// Callers hold it without seeing Playwright; the gatherer's browser uses it.
/// </summary>
public sealed class BrowserDriver : IDisposable
{
    private BrowserDriver(Task<IPlaywright> started) => Started = started;

    internal Task<IPlaywright> Started { get; }

    public static BrowserDriver StartEarly() => new(Task.Run(Playwright.CreateAsync));

    public void Dispose()
    {
        if (Started.IsCompletedSuccessfully)
        {
            Started.Result.Dispose();
        }
    }
}
