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

    public static BrowserDriver StartEarly() => new(Task.Run(CreatePlaywrightAsync));

    /// <summary>
    /// Starts Playwright's driver without deadlocking a thread that writes to the console. While
    /// it starts its driver, Playwright sets <see cref="Console.OutputEncoding"/>, which takes the
    /// console's lock and then flushes (locks) each writer. A thread writing a line holds its
    /// writer's lock, and the runtime's first write to the terminal then locks
    /// <see cref="Console.Out"/> (ConsolePal.EnsureInitializedCore): Error before Out. Taking both
    /// writers here in that same order, before Playwright runs, keeps every path one way. (Out
    /// then Error hung about one run in forty for ever: a progress line on Error waited for Out.)
    /// </summary>
    internal static Task<IPlaywright> CreatePlaywrightAsync()
    {
        // Playwright sets and restores the encoding before its first await, so the locks cover it.
        lock (Console.Error)
        {
            lock (Console.Out)
            {
                return Playwright.CreateAsync();
            }
        }
    }

    public void Dispose()
    {
        if (Started.IsCompletedSuccessfully)
        {
            Started.Result.Dispose();
        }
    }
}
