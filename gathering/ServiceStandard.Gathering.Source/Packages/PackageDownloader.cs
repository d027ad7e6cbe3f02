using System.IO.Compression;
using NuGet.Common;
using NuGet.Protocol;
using NuGet.Protocol.Core.Types;
using NuGet.Versioning;
using ServiceStandard.Gathering.Source.Projects;

namespace ServiceStandard.Gathering.Source.Packages;

/// <summary>
/// Fetches a package that is not in any packages folder from the configured feeds
/// (<c>source.restore: download</c>, off by default) into a cache laid out as the global packages
/// folder (<c>&lt;id&gt;/&lt;version&gt;/&lt;id&gt;.nuspec</c>, <c>ref/</c>, <c>lib/</c>). Only the
/// .nuspec and the reference and library assemblies are extracted: nothing of a package runs (no
/// install scripts, no MSBuild files), and the feeds are ours, never the candidate's nuget.config.
/// </summary>
public sealed class PackageDownloader(IReadOnlyList<string> feeds, string cacheFolder)
{
    private const long MaxPackageBytes = 256L * 1024 * 1024;

    private readonly SourceCacheContext _cache = new();
    private readonly Lock _gate = new();

    /// <summary>The folder packages are downloaded into (to be searched like a packages folder).</summary>
    public string CacheFolder { get; } = cacheFolder;

    /// <summary>Written into a package's folder once everything we extract is there (packages cached before build files were kept lack it).</summary>
    public const string CompleteMarker = ".servicestandard-complete";

    /// <summary>Whether <paramref name="packageFolder"/> is one of ours that was extracted before its build files were kept.</summary>
    public bool IsIncomplete(string packageFolder) =>
        Path.GetFullPath(packageFolder).StartsWith(Path.GetFullPath(CacheFolder) + Path.DirectorySeparatorChar, StringComparison.Ordinal) &&
        !File.Exists(Path.Combine(packageFolder, CompleteMarker));

    /// <summary>Downloads the best version of <paramref name="id"/> for <paramref name="range"/> (null: the newest stable) into the cache; false when no feed has it.</summary>
    public bool TryDownload(string id, string? range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_gate)
        {
            try
            {
                return DownloadAsync(id, range, cancellationToken).GetAwaiter().GetResult();
            }
            catch (Exception exception) when (exception is NuGetProtocolException or HttpRequestException or IOException or InvalidDataException or FatalProtocolException or InvalidOperationException)
            {
                // A feed that fails is a package not found: the report says it did not resolve.
                return false;
            }
        }
    }

    private async Task<bool> DownloadAsync(string id, string? range, CancellationToken cancellationToken)
    {
        foreach (var feed in feeds)
        {
            var repository = Repository.Factory.GetCoreV3(feed);
            var finder = await repository.GetResourceAsync<FindPackageByIdResource>(cancellationToken);
            if (finder is null)
            {
                continue;
            }

            var versions = (await finder.GetAllVersionsAsync(id, _cache, NullLogger.Instance, cancellationToken)).ToList();
            if (versions.Count == 0)
            {
                continue;
            }

            NuGetVersion? version = string.IsNullOrWhiteSpace(range)
                ? versions.Where(v => !v.IsPrerelease).DefaultIfEmpty(versions.Max()).Max()
                : VersionRange.TryParse(range, out var parsed) ? parsed.FindBestMatch(versions) : null;
            if (version is null)
            {
                continue;
            }

            // Already fetched (for another project or range): nothing to download.
            if (File.Exists(Path.Combine(CacheFolder, id.ToLowerInvariant(), version.ToNormalizedString().ToLowerInvariant(), CompleteMarker)))
            {
                return true;
            }

            using var buffer = new MemoryStream();
            if (!await finder.CopyNupkgToStreamAsync(id, version, buffer, _cache, NullLogger.Instance, cancellationToken) || buffer.Length > MaxPackageBytes)
            {
                continue;
            }

            buffer.Position = 0;
            Extract(buffer, id, version);
            return true;
        }

        return false;
    }

    /// <summary>The .nuspec and the ref/ and lib/ assemblies, each path checked to stay inside the package's folder.</summary>
    private void Extract(Stream nupkg, string id, NuGetVersion version)
    {
        var folder = Path.Combine(CacheFolder, id.ToLowerInvariant(), version.ToNormalizedString().ToLowerInvariant());
        var staging = folder + ".partial-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(staging);
        using (var archive = new ZipArchive(nupkg, ZipArchiveMode.Read))
        {
            foreach (var entry in archive.Entries)
            {
                var name = Uri.UnescapeDataString(entry.FullName);
                var isNuspec = !name.Contains('/', StringComparison.Ordinal) && name.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase);
                // build/.NETFramework/: the .NET Framework reference assemblies packages keep theirs there.
                // A package's own build/ and buildTransitive/ props and targets: read for their Using items, never imported.
                var isBuildFile = (name.StartsWith("build/", StringComparison.OrdinalIgnoreCase) || name.StartsWith("buildTransitive/", StringComparison.OrdinalIgnoreCase)) &&
                    name.Count(c => c == '/') == 1 &&
                    (name.EndsWith(".props", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".targets", StringComparison.OrdinalIgnoreCase));
                var isAssembly = (name.StartsWith("ref/", StringComparison.OrdinalIgnoreCase) || name.StartsWith("lib/", StringComparison.OrdinalIgnoreCase) ||
                        name.StartsWith("build/.NETFramework/", StringComparison.OrdinalIgnoreCase)) &&
                    (name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || name.EndsWith("/_._", StringComparison.Ordinal));
                if ((!isNuspec && !isAssembly && !isBuildFile) || ProjectPaths.Normalize(name) is not { } relative || entry.Length > MaxPackageBytes)
                {
                    continue;
                }

                var target = Path.Combine(staging, isNuspec ? id.ToLowerInvariant() + ".nuspec" : relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                entry.ExtractToFile(target, overwrite: true);
            }
        }

        File.WriteAllText(Path.Combine(staging, CompleteMarker), string.Empty);
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        if (Directory.Exists(folder))
        {
            // Extracted before (by an older version, or another run): add what it lacks, never replace what a run may be reading.
            foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(folder, Path.GetRelativePath(staging, file));
                if (!File.Exists(target))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Move(file, target);
                }
            }

            Directory.Delete(staging, recursive: true);
        }
        else
        {
            Directory.Move(staging, folder);
        }
    }
}
