using System.Collections.Concurrent;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using NuGet.Frameworks;
using NuGet.Versioning;
using ServiceStandard.Gathering.Source.Projects;

namespace ServiceStandard.Gathering.Source.Packages;

/// <summary>A package whose reference assemblies the compilation uses.</summary>
/// <param name="From"><c>assets</c> (the team's restore, obj/project.assets.json) or <c>packages-folder</c> (the NuGet global packages folder).</param>
public sealed record ResolvedPackage(string Id, string Version, string From);

/// <summary>A package the project asks for that could not be found, and why.</summary>
public sealed record UnresolvedPackage(string Id, string? Version, string Reason);

/// <summary>A project's packages: the assemblies to reference, what resolved and what did not.</summary>
public sealed record PackageResolution(
    IReadOnlyList<MetadataReference> References,
    IReadOnlyList<ResolvedPackage> Resolved,
    IReadOnlyList<UnresolvedPackage> Unresolved)
{
    /// <summary>
    /// For a .NET Framework project, the framework's reference assemblies (the
    /// Microsoft.NETFramework.ReferenceAssemblies package the SDK uses off Windows), which replace
    /// .NET's; null to compile against .NET's reference packs.
    /// </summary>
    public IReadOnlyList<MetadataReference>? Framework { get; init; }

    /// <summary>The packages' MSBuild files NuGet imports into the project (read for their Using items only).</summary>
    public IReadOnlyList<string> BuildFiles { get; init; } = [];

    /// <summary>Shared frameworks the packages bring (<c>Microsoft.AspNetCore.App</c> from an Azure Functions or hosting package, say).</summary>
    public IReadOnlySet<string> FrameworkReferences { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// Finds the reference assemblies of a project's NuGet packages without restoring or running
/// anything: first the team's own restore (<c>obj/project.assets.json</c>, which names every
/// package, transitive ones included, and its compile assets), then the NuGet global packages
/// folder (<c>NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>) with each package's .nuspec for
/// its dependencies. Only our own packages folder is read: the package folders an assets file names
/// are the candidate's text and are not trusted. Reading a package's reference assemblies as
/// metadata executes nothing of it.
/// </summary>
public sealed class PackageResolver
{
    private const long MaxAssetsBytes = 64L * 1024 * 1024;
    private const int MaxPackages = 1_000;

    private static readonly ConcurrentDictionary<string, MetadataReference?> ReferenceCache = new(StringComparer.Ordinal);

    /// <summary>
    /// What a package folder gives a framework (assemblies, dependencies, shared frameworks), read
    /// once per resolver: every project of a service asks for many of the same packages.
    /// </summary>
    private readonly ConcurrentDictionary<(string Folder, NuGetFramework Framework), PackageContents> _contents = new();

    private sealed record PackageContents(IReadOnlyList<string> Assemblies, IReadOnlyList<(string Id, string? Range)> Dependencies, IReadOnlyList<string> SharedFrameworks)
    {
        public string Folder { get; init; } = string.Empty;
    }

    private readonly IReadOnlyList<string> _packageFolders;
    private readonly PackageDownloader? _downloader;

    /// <param name="packageFolders">Where packages are looked up, in order.</param>
    /// <param name="downloader">When given (<c>source.restore: download</c>), a package in no folder is fetched from its feeds into its cache.</param>
    public PackageResolver(IReadOnlyList<string> packageFolders, PackageDownloader? downloader = null)
    {
        ArgumentNullException.ThrowIfNull(packageFolders);
        _downloader = downloader;
        if (downloader is not null)
        {
            Directory.CreateDirectory(downloader.CacheFolder);
            packageFolders = [.. packageFolders, downloader.CacheFolder];
        }

        _packageFolders = [.. packageFolders.Where(Directory.Exists)];
    }

    /// <summary>The folders packages are looked up in.</summary>
    public IReadOnlyList<string> PackageFolders => _packageFolders;

    /// <summary>The global packages folder as NuGet finds it: <c>NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>.</summary>
    public static PackageResolver FromEnvironment(PackageDownloader? downloader = null) => new([GlobalPackagesFolder()], downloader);

    public static string GlobalPackagesFolder()
    {
        var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        return !string.IsNullOrWhiteSpace(configured)
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    }

    /// <summary>
    /// The packages of <paramref name="project"/> for <paramref name="framework"/>. Assemblies whose
    /// name the framework references already have are left to the framework, as the SDK's conflict
    /// resolution would for the shared framework.
    /// </summary>
    public PackageResolution Resolve(EvaluatedProject project, string rootPath, NuGetFramework framework, ISet<string> frameworkAssemblies)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(frameworkAssemblies);
        return Resolve(project.Packages, project, rootPath, framework, frameworkAssemblies);
    }

    /// <summary>
    /// As above, for <paramref name="requests"/> (the project's own packages, which win over any other
    /// version in the graph) and <paramref name="flowing"/> (those that flow to it from the projects it
    /// references: transitive, so the highest version asked for anywhere wins, as NuGet resolves them).
    /// </summary>
    public PackageResolution Resolve(
        IReadOnlyList<PackageRequest> requests,
        EvaluatedProject project,
        string rootPath,
        NuGetFramework framework,
        ISet<string> frameworkAssemblies,
        IReadOnlyList<PackageRequest>? flowing = null)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(frameworkAssemblies);
        var files = new List<string>();
        var resolved = new List<ResolvedPackage>();
        var unresolved = new List<UnresolvedPackage>();
        var sharedFrameworks = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var buildFiles = new List<string>();
        var fromAssets = FromAssets(project, rootPath, framework, files, resolved, sharedFrameworks);
        var pending = requests.Where(p => !fromAssets.Contains(p.Id)).ToList();
        var pendingFlowing = (flowing ?? []).Where(p => !fromAssets.Contains(p.Id)).ToList();
        if (pending.Count > 0 || pendingFlowing.Count > 0)
        {
            var locked = LockedVersions(project, rootPath, framework);
            FromPackagesFolder(pending, pendingFlowing, locked, framework, fromAssets, files, resolved, unresolved, sharedFrameworks, buildFiles);
        }

        var references = files
            .Distinct(StringComparer.Ordinal)
            .Where(f => !frameworkAssemblies.Contains(Path.GetFileNameWithoutExtension(f)))
            .GroupBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.OrdinalIgnoreCase)
            .Select(g => Reference(g.First()))
            .OfType<MetadataReference>()
            .ToList();
        return new PackageResolution(references, resolved, unresolved) { FrameworkReferences = sharedFrameworks, BuildFiles = buildFiles };
    }

    /// <summary>
    /// The reference assemblies of a .NET Framework version, from the
    /// <c>Microsoft.NETFramework.ReferenceAssemblies.&lt;tfm&gt;</c> package in our packages folder
    /// (facades included); the package to restore when it is not there.
    /// </summary>
    public (IReadOnlyList<MetadataReference>? References, UnresolvedPackage? Missing) NetFramework(NuGetFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var id = "Microsoft.NETFramework.ReferenceAssemblies." + framework.GetShortFolderName();
        var version = framework.Version;
        var versionFolder = $"v{version.Major}.{version.Minor}" + (version.Build > 0 ? $".{version.Build}" : string.Empty);
        string? Find() => _packageFolders
            .Select(f => Path.Combine(f, id.ToLowerInvariant()))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateDirectories)
            .OrderByDescending(d => NuGetVersion.TryParse(Path.GetFileName(d), out var v) ? v : new NuGetVersion(0, 0, 0))
            .Select(d => Path.Combine(d, "build", ".NETFramework", versionFolder))
            .FirstOrDefault(Directory.Exists);
        var folder = Find();
        if (folder is null && _downloader is not null && _downloader.TryDownload(id, null, CancellationToken.None))
        {
            folder = Find();
        }

        if (folder is null)
        {
            return (null, new UnresolvedPackage(id, null, "not in the NuGet packages folder: .NET Framework code is compiled against .NET's references instead"));
        }

        var facades = Path.Combine(folder, "Facades");
        var files = Directory.EnumerateFiles(folder, "*.dll")
            .Concat(Directory.Exists(facades) ? Directory.EnumerateFiles(facades, "*.dll") : [])
            .GroupBy(Path.GetFileNameWithoutExtension, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .Order(StringComparer.Ordinal);
        return ([.. files.Select(Reference).OfType<MetadataReference>()], null);
    }

    /// <summary>
    /// An assembly the repository holds and a project references by <c>HintPath</c> (a vendored
    /// library): inside the analysed folder, a regular file, at most 64 MiB, read as metadata only.
    /// </summary>
    public static MetadataReference? RepositoryAssembly(string rootPath, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(rootPath);
        ArgumentNullException.ThrowIfNull(relativePath);
        if (ProjectPaths.Normalize(relativePath) is not { } normalized || !normalized.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ||
            PathSpelling.OnDisk(rootPath, normalized) is not { } inside)
        {
            return null;
        }

        var info = new FileInfo(Path.Combine(rootPath, inside));
        return info.Exists && info.LinkTarget is null && info.Length <= MaxAssetsBytes ? Reference(info.FullName) : null;
    }

    private static MetadataReference? Reference(string path) =>
        ReferenceCache.GetOrAdd(path, p =>
        {
            try
            {
                using var stream = File.OpenRead(p);
                using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
                // A module or a native wrapper is no assembly to reference (CS1509).
                return reader.HasMetadata && System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader).IsAssembly ? MetadataReference.CreateFromFile(p) : null;
            }
            catch (Exception exception) when (exception is IOException or BadImageFormatException or UnauthorizedAccessException)
            {
                return null;
            }
        });

    /// <summary>Packages named by the team's own restore; the set of ids it covered.</summary>
    private HashSet<string> FromAssets(EvaluatedProject project, string rootPath, NuGetFramework framework, List<string> files, List<ResolvedPackage> resolved, HashSet<string> sharedFrameworks)
    {
        var covered = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var intermediate = project.Property("MSBuildProjectExtensionsPath") ?? project.Property("BaseIntermediateOutputPath") ?? "obj/";
        var relative = ProjectPaths.Resolve(intermediate.TrimEnd('/', '\\') + "/project.assets.json", project.Folder);
        if (relative is null)
        {
            return covered;
        }

        var path = Path.Combine(rootPath, relative);
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null || info.Length > MaxAssetsBytes)
        {
            return covered;
        }

        try
        {
            using var stream = info.OpenRead();
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
            var root = document.RootElement;
            if (!root.TryGetProperty("targets", out var targets) || !root.TryGetProperty("libraries", out var libraries))
            {
                return covered;
            }

            var target = ChooseTarget(targets, framework);
            if (target is null)
            {
                return covered;
            }

            foreach (var library in target.Value.EnumerateObject())
            {
                var (id, version) = SplitKey(library.Name);
                if (id is null || !library.Value.TryGetProperty("type", out var type) || type.GetString() != "package")
                {
                    continue;
                }

                covered.Add(id);
                if (library.Value.TryGetProperty("frameworkReferences", out var frameworkReferences) && frameworkReferences.ValueKind == JsonValueKind.Array)
                {
                    sharedFrameworks.UnionWith(frameworkReferences.EnumerateArray().Select(f => f.GetString()).OfType<string>());
                }

                var folder = libraries.TryGetProperty(library.Name, out var entry) && entry.TryGetProperty("path", out var libraryPath)
                    ? libraryPath.GetString()
                    : $"{id.ToLowerInvariant()}/{version!.ToLowerInvariant()}";
                var compile = library.Value.TryGetProperty("compile", out var assets)
                    ? assets.EnumerateObject().Select(a => a.Name).Where(a => a.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).ToList()
                    : [];
                var found = compile.Select(a => Locate(folder, a)).ToList();
                if (found.All(f => f is not null))
                {
                    files.AddRange(found!);
                    resolved.Add(new ResolvedPackage(id, version!, "assets"));
                }
                else
                {
                    covered.Remove(id);
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // An unreadable restore is no restore: the packages folder is tried instead.
            covered.Clear();
            files.Clear();
            resolved.Clear();
        }

        return covered;
    }

    /// <summary>
    /// The versions NuGet resolved for the framework, from the project's <c>packages.lock.json</c>
    /// (<c>RestorePackagesWithLockFile</c>; <c>NuGetLockFilePath</c> names another): every package of
    /// the graph, transitive ones included; projects left out. Empty when there is none or it cannot be read.
    /// </summary>
    private static Dictionary<string, string> LockedVersions(EvaluatedProject project, string rootPath, NuGetFramework framework)
    {
        var locked = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var name = project.Property("NuGetLockFilePath") ?? "packages.lock.json";
        if (ProjectPaths.Resolve(name, project.Folder) is not { } relative)
        {
            return locked;
        }

        var info = new FileInfo(Path.Combine(rootPath, relative));
        if (!info.Exists || info.LinkTarget is not null || info.Length > MaxAssetsBytes)
        {
            return locked;
        }

        try
        {
            using var stream = info.OpenRead();
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
            if (!document.RootElement.TryGetProperty("dependencies", out var targets) || targets.ValueKind != JsonValueKind.Object)
            {
                return locked;
            }

            // "net10.0" and, per runtime, "net10.0/win-x64": the framework's own graph is the one compiled against.
            var target = targets.EnumerateObject().FirstOrDefault(t => !t.Name.Contains('/', StringComparison.Ordinal) && NuGetFramework.Parse(t.Name).Equals(framework));
            if (target.Value.ValueKind != JsonValueKind.Object)
            {
                return locked;
            }

            foreach (var package in target.Value.EnumerateObject())
            {
                if (package.Value.ValueKind == JsonValueKind.Object &&
                    package.Value.TryGetProperty("type", out var type) && type.GetString() is "Direct" or "Transitive" or "CentralTransitive" &&
                    package.Value.TryGetProperty("resolved", out var version) && NuGetVersion.TryParse(version.GetString(), out var parsed))
                {
                    locked[package.Name] = parsed.ToNormalizedString();
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // An unreadable lock file is no lock file: the graph is resolved as NuGet would.
            locked.Clear();
        }

        return locked;
    }

    private static JsonElement? ChooseTarget(JsonElement targets, NuGetFramework framework)
    {
        JsonElement? only = null;
        var count = 0;
        foreach (var target in targets.EnumerateObject())
        {
            count++;
            only = target.Value;
            var name = target.Name.Split('/')[0];
            if (NuGetFramework.Parse(name).Equals(framework))
            {
                return target.Value;
            }
        }

        return count == 1 ? only : null;
    }

    private static (string? Id, string? Version) SplitKey(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 ? (null, null) : (key[..slash], key[(slash + 1)..]);
    }

    /// <summary>A package file in our packages folder, never outside it (an asset path is the candidate's text).</summary>
    private string? Locate(string? packageFolder, string asset)
    {
        if (packageFolder is null || ProjectPaths.Normalize(packageFolder + "/" + asset) is not { } relative)
        {
            return null;
        }

        return _packageFolders.Select(f => Path.Combine(f, relative)).FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// The package graph as NuGet resolves it (docs: "NuGet package dependency resolution"): a
    /// package the project references itself gets the version it asks for (direct dependency
    /// wins); any other gets the lowest version of the highest minimum asked for anywhere in the
    /// graph (cousin dependencies), packages that flow from referenced projects included. A version
    /// raised can change what it depends on, so the graph is walked again until nothing moves.
    /// </summary>
    private void FromPackagesFolder(
        List<PackageRequest> requests,
        IReadOnlyList<PackageRequest> flowing,
        IReadOnlyDictionary<string, string> locked,
        NuGetFramework framework,
        HashSet<string> already,
        List<string> files,
        List<ResolvedPackage> resolved,
        List<UnresolvedPackage> unresolved,
        HashSet<string> sharedFrameworks,
        List<string> buildFiles)
    {
        var direct = requests.GroupBy(r => r.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Version, StringComparer.OrdinalIgnoreCase);
        var named = new HashSet<string>(direct.Keys.Concat(flowing.Select(f => f.Id)), StringComparer.OrdinalIgnoreCase);

        // The team's lock file is NuGet's own answer for the whole graph: every package it names at its version
        // (as a minimum: a feed that lacks that exact version still gives the nearest above, as a range would).
        foreach (var (id, version) in locked)
        {
            direct[id] = version;
        }

        var wanted = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var request in flowing.Where(f => !direct.ContainsKey(f.Id)))
        {
            Raise(wanted, request.Id, request.Version);
        }

        Dictionary<string, (NuGetVersion Version, PackageContents Contents)> chosen;
        Dictionary<string, (string? Range, string Reason)> missing;
        var passes = 0;
        bool moved;
        do
        {
            chosen = new(StringComparer.OrdinalIgnoreCase);
            missing = new(StringComparer.OrdinalIgnoreCase);
            moved = false;
            var queue = new Queue<string>(direct.Keys.Concat(wanted.Keys));
            while (queue.Count > 0 && chosen.Count < MaxPackages)
            {
                var id = queue.Dequeue();
                if (already.Contains(id) || chosen.ContainsKey(id) || missing.ContainsKey(id))
                {
                    continue;
                }

                var range = direct.TryGetValue(id, out var own) ? own : wanted.GetValueOrDefault(id);
                var (version, folder, reason) = FindVersion(id, range);
                if (version is null || folder is null)
                {
                    missing[id] = (range, reason!);
                    continue;
                }

                var contents = _contents.GetOrAdd((folder, framework), key => new PackageContents(
                    [.. CompileAssets(key.Folder, key.Framework)],
                    [.. Dependencies(key.Folder, id, key.Framework)],
                    [.. SharedFrameworks(key.Folder, id, key.Framework)]) { Folder = key.Folder });
                chosen[id] = (version, contents);
                foreach (var (dependency, dependencyRange) in contents.Dependencies)
                {
                    moved |= !direct.ContainsKey(dependency) && Raise(wanted, dependency, dependencyRange) && (chosen.ContainsKey(dependency) || missing.ContainsKey(dependency));
                    queue.Enqueue(dependency);
                }
            }
        }
        while (moved && ++passes < 8);

        foreach (var (id, (version, contents)) in chosen)
        {
            files.AddRange(contents.Assemblies);
            resolved.Add(new ResolvedPackage(id, version.ToNormalizedString(), "packages-folder"));
            sharedFrameworks.UnionWith(contents.SharedFrameworks);
            buildFiles.AddRange(PackageBuildUsings.Files(contents.Folder, id, requests.Any(r => r.Id.Equals(id, StringComparison.OrdinalIgnoreCase))));
        }

        // Only what the project (or a project it references) names is reported: a missing transitive package is its parent's business.
        unresolved.AddRange(missing.Where(m => named.Contains(m.Key)).Select(m => new UnresolvedPackage(m.Key, m.Value.Range, m.Value.Reason)));
    }

    /// <summary>Records that <paramref name="range"/> of <paramref name="id"/> is asked for; true when it asks for more than before (a higher minimum).</summary>
    private static bool Raise(Dictionary<string, string?> wanted, string id, string? range)
    {
        if (!wanted.TryGetValue(id, out var current))
        {
            wanted[id] = range;
            return true;
        }

        if (Minimum(range) is { } proposed && (Minimum(current) is not { } existing || proposed > existing))
        {
            wanted[id] = range;
            return true;
        }

        return false;
    }

    private static NuGetVersion? Minimum(string? range) =>
        range is not null && VersionRange.TryParse(range, out var parsed) ? parsed.MinVersion : null;

    /// <summary>Each (id, range) looked up once per run: the graph is walked more than once, for every project, and a feed asked about a package it lacks should be asked once.</summary>
    private readonly ConcurrentDictionary<(string Id, string? Range), (NuGetVersion? Version, string? Folder, string? Reason)> _found = new();

    private (NuGetVersion? Version, string? Folder, string? Reason) FindVersion(string id, string? range) =>
        _found.GetOrAdd((id.ToLowerInvariant(), range), key => FindVersionUncached(id, key.Range));

    private (NuGetVersion? Version, string? Folder, string? Reason) FindVersionUncached(string id, string? range)
    {
        var found = FindVersionInFolders(id, range);

        // NuGet takes the lowest version a range allows: when the folders only hold a higher one (another
        // service's, another major), the feed's lowest is fetched, as a restore would.
        var lowest = range is not null && VersionRange.TryParse(range, out var parsed) && parsed.IsMinInclusive ? parsed.MinVersion : null;
        var notLowest = found.Version is not null && lowest is not null && found.Version != lowest;
        if ((found.Version is null || notLowest) && _downloader is not null && _downloader.TryDownload(id, range, CancellationToken.None))
        {
            found = FindVersionInFolders(id, range);
        }

        // Fetched into our cache before its build files were kept: fetched again, once, for them.
        if (found.Version is not null && found.Folder is not null && _downloader is not null && _downloader.IsIncomplete(found.Folder))
        {
            _downloader.TryDownload(id, $"[{found.Version.ToNormalizedString()}]", CancellationToken.None);
        }

        return found.Version is null && _downloader is not null
            ? (null, null, found.Reason + "; not on the configured feeds either")
            : found;
    }

    private (NuGetVersion? Version, string? Folder, string? Reason) FindVersionInFolders(string id, string? range)
    {
        var available = _packageFolders
            .Select(f => Path.Combine(f, id.ToLowerInvariant()))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateDirectories(d).Select(v => (Folder: v, Version: NuGetVersion.TryParse(Path.GetFileName(v), out var parsed) ? parsed : null)))
            .Where(v => v.Version is not null && File.Exists(Path.Combine(v.Folder, id.ToLowerInvariant() + ".nuspec")))
            .ToList();
        if (available.Count == 0)
        {
            return (null, null, _packageFolders.Count == 0 ? "no NuGet packages folder on this machine" : "not in the NuGet packages folder (not restored here)");
        }

        NuGetVersion? best;
        if (string.IsNullOrWhiteSpace(range))
        {
            best = available.Max(v => v.Version);
        }
        else if (VersionRange.TryParse(range, out var versionRange))
        {
            best = versionRange.FindBestMatch(available.Select(v => v.Version!));
        }
        else
        {
            return (null, null, $"version '{range}' is not a NuGet version");
        }

        if (best is null)
        {
            return (null, null, $"version {range} is not in the NuGet packages folder (not restored here)");
        }

        return (best, available.First(v => v.Version == best).Folder, null);
    }

    /// <summary>The package's reference assemblies for the framework: <c>ref/&lt;tfm&gt;</c> when it has them, else <c>lib/&lt;tfm&gt;</c>, nearest framework as NuGet picks it.</summary>
    private static IEnumerable<string> CompileAssets(string packageFolder, NuGetFramework framework)
    {
        foreach (var kind in new[] { "ref", "lib" })
        {
            var root = Path.Combine(packageFolder, kind);
            if (!Directory.Exists(root))
            {
                continue;
            }

            var candidates = Directory.EnumerateDirectories(root)
                .Select(d => (Folder: d, Framework: NuGetFramework.ParseFolder(Path.GetFileName(d))))
                .Where(c => !c.Framework.IsUnsupported)
                .ToList();
            var nearest = new FrameworkReducer().GetNearest(framework, candidates.Select(c => c.Framework));
            if (nearest is null)
            {
                continue;
            }

            var folder = candidates.First(c => c.Framework.Equals(nearest)).Folder;
            var dlls = Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal).ToList();
            if (dlls.Count > 0 || File.Exists(Path.Combine(folder, "_._")))
            {
                return dlls;
            }
        }

        return [];
    }

    private static XElement? Nuspec(string packageFolder, string id)
    {
        var nuspec = Path.Combine(packageFolder, id.ToLowerInvariant() + ".nuspec");
        try
        {
            using var reader = XmlReader.Create(nuspec, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader).Root;
        }
        catch (Exception exception) when (exception is XmlException or IOException)
        {
            return null;
        }
    }

    /// <summary>The nuspec's <c>&lt;frameworkReferences&gt;</c> for the framework: shared frameworks the package needs, which flow to the project as the SDK's do.</summary>
    private static IEnumerable<string> SharedFrameworks(string packageFolder, string id, NuGetFramework framework)
    {
        var references = Nuspec(packageFolder, id)?.Descendants().FirstOrDefault(e => e.Name.LocalName == "frameworkReferences");
        if (references is null)
        {
            return [];
        }

        var groups = references.Elements().Where(e => e.Name.LocalName == "group")
            .Select(g => (Group: g, Framework: g.Attribute("targetFramework")?.Value is { } tfm ? NuGetFramework.Parse(tfm) : NuGetFramework.AnyFramework))
            .ToList();
        var nearest = new FrameworkReducer().GetNearest(framework, groups.Select(g => g.Framework));
        return nearest is null
            ? []
            : [.. groups.First(g => g.Framework.Equals(nearest)).Group.Elements().Select(e => e.Attribute("name")?.Value).OfType<string>()];
    }

    private static IEnumerable<(string Id, string? Range)> Dependencies(string packageFolder, string id, NuGetFramework framework)
    {
        var root = Nuspec(packageFolder, id);
        var dependencies = root?.Descendants().FirstOrDefault(e => e.Name.LocalName == "dependencies");
        if (dependencies is null)
        {
            return [];
        }

        var groups = dependencies.Elements().Where(e => e.Name.LocalName == "group").ToList();
        IEnumerable<XElement> chosen;
        if (groups.Count == 0)
        {
            chosen = dependencies.Elements().Where(e => e.Name.LocalName == "dependency");
        }
        else
        {
            var frameworks = groups.Select(g => (Group: g, Framework: g.Attribute("targetFramework")?.Value is { } tfm ? NuGetFramework.Parse(tfm) : NuGetFramework.AnyFramework)).ToList();
            var nearest = new FrameworkReducer().GetNearest(framework, frameworks.Select(f => f.Framework));
            chosen = nearest is null ? [] : frameworks.First(f => f.Framework.Equals(nearest)).Group.Elements().Where(e => e.Name.LocalName == "dependency");
        }

        return [.. chosen
            .Where(d => d.Attribute("id") is not null && d.Attribute("exclude")?.Value.Contains("Compile", StringComparison.OrdinalIgnoreCase) != true)
            .Select(d => (d.Attribute("id")!.Value, d.Attribute("version")?.Value))];
    }
}
