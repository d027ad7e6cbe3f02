using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace ServiceStandard.Gathering.Source;

/// <summary>
/// Runs work items in parallel on threads with a large stack, as the C# compiler parses: Roslyn's
/// parser recurses once per nesting level and, on a thread-pool thread's 1.5 MB, a candidate's
/// deeply nested file overflowed the stack, which no catch can stop (the process dies).
/// </summary>
internal static class LargeStack
{
    /// <summary>Address space reserved per thread; pages are committed only as the stack grows into them.</summary>
    private const int StackBytes = 256 * 1024 * 1024;

    public static void ForEach<T>(IReadOnlyList<T> items, Action<T> body, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return;
        }

        var next = -1;
        var failures = new ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, Math.Min(Environment.ProcessorCount, items.Count))
            .Select(_ => new Thread(
                () =>
                {
                    try
                    {
                        int index;
                        while (failures.IsEmpty && (index = Interlocked.Increment(ref next)) < items.Count)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            body(items[index]);
                        }
                    }
                    catch (Exception ex)
                    {
                        // Rethrown on the calling thread: an exception escaping a thread would end the process.
                        failures.Enqueue(ex);
                    }
                },
                StackBytes)
            { IsBackground = true, Name = "servicestandard-parse" })
            .ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        if (failures.TryDequeue(out var failure))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }
}
