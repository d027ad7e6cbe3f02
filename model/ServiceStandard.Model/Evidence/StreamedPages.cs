using System.Collections;

namespace ServiceStandard.Model.Evidence;

/// <summary>
/// A run's pages in visit order, each read when it is reached (from the run's journal, see
/// <see cref="JournalLine"/>) rather than held: evidence.json of a 2,000-page run is written a
/// page at a time. Each enumeration reads the pages again.
/// </summary>
public sealed class StreamedPages(IReadOnlyList<Func<PageSnapshot>> pages) : IReadOnlyList<PageSnapshot>
{
    public int Count => pages.Count;

    public PageSnapshot this[int index] => pages[index]();

    public IEnumerator<PageSnapshot> GetEnumerator() => pages.Select(read => read()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
