namespace ServiceStandard.Gathering.Web;

/// <summary>
/// Spaces the page loads a run starts on each origin: at most <c>maxRequestsPerSecond</c>, and no
/// closer than the crawl delay robots.txt asks for, whichever is slower. Each load takes the next
/// turn of its origin, so the workers of a run share one pace per origin. A page's own
/// sub-resources follow its load and are not paced; neither are a journey's clicks.
/// </summary>
public sealed class RequestPacer
{
    private readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.OrdinalIgnoreCase);
    private readonly object _gate = new();
    private readonly TimeProvider _clock;
    private TimeSpan _interval;

    /// <param name="maxRequestsPerSecond">Null or 0: no limit of its own.</param>
    /// <param name="clock">The clock to wait on; the system's by default.</param>
    public RequestPacer(double? maxRequestsPerSecond = null, TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
        _interval = maxRequestsPerSecond is > 0 ? TimeSpan.FromSeconds(1 / maxRequestsPerSecond.Value) : TimeSpan.Zero;
    }

    /// <summary>The least time between two loads on one origin.</summary>
    public TimeSpan Interval
    {
        get
        {
            lock (_gate)
            {
                return _interval;
            }
        }
    }

    /// <summary>Slows the pace to at least <paramref name="interval"/> between loads (robots.txt's Crawl-delay).</summary>
    public void AtLeast(TimeSpan? interval)
    {
        lock (_gate)
        {
            if (interval > _interval)
            {
                _interval = interval.Value;
            }
        }
    }

    /// <summary>
    /// Waits until <paramref name="url"/>'s origin may have its next load, and takes that turn. The
    /// turn is taken when the wait ends, not promised when it starts: a waiter that wakes late (a
    /// busy machine) pushes the next load back, instead of the two going out together.
    /// </summary>
    public async Task WaitAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var origin = url.GetLeftPart(UriPartial.Authority);
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                if (_interval <= TimeSpan.Zero)
                {
                    return;
                }

                var now = _clock.GetUtcNow();
                if (!_next.TryGetValue(origin, out var next) || next <= now)
                {
                    _next[origin] = now + _interval;
                    return;
                }

                wait = next - now;
            }

            await Task.Delay(wait, _clock, cancellationToken);
        }
    }
}
