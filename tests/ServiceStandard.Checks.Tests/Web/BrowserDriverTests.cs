using System.Diagnostics;
using ServiceStandard.Gathering.Web;

namespace ServiceStandard.Checks.Tests.Web;

/// <summary>
/// Starting Playwright's driver early must not deadlock with the run's own console output. A line
/// written to standard error holds Console.Error's lock and then, on the runtime's first write to
/// the stream, Console.Out's; the driver's start has to take them in that order too. (Taken the
/// other way, about one assess run in forty hung for ever with nothing printed.)
/// </summary>
public sealed class BrowserDriverTests
{
    [Fact]
    public async Task Starting_the_driver_leaves_standard_output_free_while_a_line_to_standard_error_is_being_written()
    {
        using var started = new ManualResetEventSlim();
        Task<Microsoft.Playwright.IPlaywright> starting;
        var outTakenByDriver = false;
        lock (Console.Error)
        {
            starting = Task.Run(() =>
            {
                started.Set();
                return BrowserDriver.CreatePlaywrightAsync();
            });
            Assert.True(started.Wait(TimeSpan.FromMinutes(1)), "the driver's start never ran");

            // The start runs on from here; had it taken Console.Out before Console.Error, it would
            // hold Out until this thread (the writer) lets Error go. Another test's line to standard
            // output holds it for microseconds: only Out held for 150 ms on end counts.
            var clock = Stopwatch.StartNew();
            var unavailableSince = (TimeSpan?)null;
            while (clock.Elapsed < TimeSpan.FromMilliseconds(600) && !outTakenByDriver)
            {
                if (Monitor.TryEnter(Console.Out))
                {
                    Monitor.Exit(Console.Out);
                    unavailableSince = null;
                }
                else
                {
                    unavailableSince ??= clock.Elapsed;
                    outTakenByDriver = clock.Elapsed - unavailableSince >= TimeSpan.FromMilliseconds(150);
                }
            }
        }

        using var playwright = await starting.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.False(outTakenByDriver, "the driver's start held standard output while waiting for standard error: a line being written to standard error would wait for it for ever");
    }
}
