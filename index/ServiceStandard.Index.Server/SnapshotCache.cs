using ServiceStandard.Index.Method;
using ServiceStandard.Index.Periods;
using ServiceStandard.Index.Publishing;
using ServiceStandard.Index.Storage;

namespace ServiceStandard.Index.Server;

/// <summary>
/// The snapshots <c>index serve</c> answers from, one per period and method, computed once and kept
/// while the store stays as it was: each request asks the store for its version (the latest upload's
/// id and the catalogue's counts, one cheap query) and a snapshot computed at another version is
/// computed again, so a page shows an upload from the first request after it lands, whoever stored
/// it (this server or another process on the same database). A few periods are kept, the least
/// recently asked for dropped first, so requests for many periods cannot fill the memory.
/// </summary>
public sealed class SnapshotCache(IIndexStore store, IndexMethod method, CriterionTitles? titles = null)
{
    /// <summary>How many (period, method) snapshots are kept at once.</summary>
    public const int Capacity = 8;

    private readonly Lock gate = new();
    private readonly Dictionary<(string Period, string Method), Entry> entries = [];
    private long uses;

    /// <summary>How many snapshots were computed (not answered from the cache): what the tests watch.</summary>
    public int Computed { get; private set; }

    public async Task<IndexSnapshot> GetAsync(IndexPeriod period, CancellationToken cancellationToken)
    {
        var version = await store.VersionAsync(cancellationToken);
        var key = (period.Id, method.Version);
        Task<IndexSnapshot> load;
        lock (gate)
        {
            if (!entries.TryGetValue(key, out var entry) || entry.Version != version || entry.Load.IsFaulted || entry.Load.IsCanceled)
            {
                // Not tied to this request's cancellation: other requests may wait on the same computation.
                entry = new Entry(version, IndexSnapshot.LoadAsync(store, method, period, CancellationToken.None, titles));
                entries[key] = entry;
                Computed++;
                if (entries.Count > Capacity)
                {
                    entries.Remove(entries.MinBy(e => e.Value.LastUse).Key);
                }
            }

            entry.LastUse = ++uses;
            load = entry.Load;
        }

        return await load.WaitAsync(cancellationToken);
    }

    private sealed class Entry(StoreVersion version, Task<IndexSnapshot> load)
    {
        public StoreVersion Version { get; } = version;

        public Task<IndexSnapshot> Load { get; } = load;

        public long LastUse { get; set; }
    }
}
