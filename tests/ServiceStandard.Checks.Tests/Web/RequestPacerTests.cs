using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using ServiceStandard.Gathering.Web;

namespace ServiceStandard.Checks.Tests.Web;

/// <summary>
/// The pace a run keeps on an origin (--max-requests-per-second, robots.txt's Crawl-delay) holds
/// between the loads it releases even when a waiting worker wakes late, as on a busy machine: the
/// turn is taken when the wait ends, so a late load pushes the next one back instead of the two
/// going out together.
/// </summary>
public sealed class RequestPacerTests
{
    [Fact]
    public async Task A_load_released_late_pushes_the_next_one_back_a_whole_interval()
    {
        // Without a synchronization context, so what a timer releases runs as the clock moves.
        await Task.Run(async () =>
        {
            var start = new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
            var clock = new FakeTimeProvider(start);
            var pacer = new RequestPacer(maxRequestsPerSecond: 1, clock);
            var url = new Uri("http://127.0.0.1:5080/page");
            var released = new ConcurrentQueue<TimeSpan>();
            async Task LoadAsync()
            {
                await pacer.WaitAsync(url, CancellationToken.None);
                released.Enqueue(clock.GetUtcNow() - start);
            }

            // Three workers ask at once: the first goes now, the other two wait.
            var loads = new[] { LoadAsync(), LoadAsync(), LoadAsync() };
            await WaitUntil(() => released.Count == 1);

            // The machine is busy: the waiters' timers fire 0.9 s late.
            clock.Advance(TimeSpan.FromSeconds(1.9));
            await WaitUntil(() => released.Count == 2);
            clock.Advance(TimeSpan.FromSeconds(0.2));
            clock.Advance(TimeSpan.FromSeconds(0.9));
            await Task.WhenAll(loads).WaitAsync(TimeSpan.FromMinutes(1));

            var times = released.ToList();
            var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
            Assert.True(gaps.All(g => g >= TimeSpan.FromSeconds(1)), $"released at {string.Join(", ", times.Select(t => $"{t.TotalSeconds:0.0} s"))}");
        });
    }

    [Fact]
    public async Task Other_origins_and_no_limit_do_not_wait()
    {
        var clock = new FakeTimeProvider();
        var pacer = new RequestPacer(maxRequestsPerSecond: 1, clock);
        await pacer.WaitAsync(new Uri("http://127.0.0.1:5080/a"), CancellationToken.None);
        Assert.True(pacer.WaitAsync(new Uri("http://127.0.0.1:5081/a"), CancellationToken.None).IsCompleted);
        Assert.False(pacer.WaitAsync(new Uri("http://127.0.0.1:5080/b"), CancellationToken.None).IsCompleted);
        Assert.True(new RequestPacer(null, clock).WaitAsync(new Uri("http://127.0.0.1:5080/a"), CancellationToken.None).IsCompleted);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition never held");
            await Task.Delay(5);
        }
    }
}
