using ServiceStandard.Index.Publishing;

namespace ServiceStandard.Index.Server.Site;

/// <summary><c>index build</c>: every file of the site (<see cref="IndexSite.Paths"/>) written under a folder, rendered by the same function the server answers with.</summary>
public static class SiteExport
{
    /// <summary>Writes the site; returns how many files were written.</summary>
    public static async Task<int> WriteAsync(IndexSnapshot snapshot, string folder, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(folder);
        var written = 0;

        // Pages render and write independently of each other: one per core.
        await Parallel.ForEachAsync(IndexSite.Paths(snapshot), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (path, token) =>
        {
            var file = IndexSite.Render(snapshot, path) ?? throw new InvalidOperationException($"the site lists {path} but renders nothing there");
            var target = Path.GetFullPath(Path.Combine(root, path));

            // Ids are [a-z0-9-] (IndexIds), so no path leaves the folder; checked anyway, as the one place that writes files.
            if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{path} is outside {root}");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllBytesAsync(target, file.Content, token);
            Interlocked.Increment(ref written);
        });

        return written;
    }
}
