using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace ServiceStandard.Gathering.Source;

/// <summary>
/// The assemblies a candidate's code is compiled against, without restoring anything: the .NET
/// SDK's reference packs (<c>packs/Microsoft.NETCore.App.Ref</c> and, for web projects,
/// <c>packs/Microsoft.AspNetCore.App.Ref</c>) of the running runtime's major version, else the
/// running runtime's own assemblies (<c>shared/Microsoft.NETCore.App</c>, <c>shared/Microsoft.AspNetCore.App</c>).
/// NuGet packages the candidate uses are not resolved: calls into them bind to error symbols, and
/// rules that recognise such APIs by name (Dapper, EF Core, Serilog) still work where the types are declared.
/// </summary>
public sealed class FrameworkReferences
{
    private static readonly ConcurrentDictionary<string, FrameworkReferences> Loaded = new(StringComparer.Ordinal);

    private FrameworkReferences(ImmutableArray<MetadataReference> core, ImmutableArray<MetadataReference> web, string source, string? webSource = null)
    {
        Core = core;
        Web = web;
        Source = source;
        WebSource = webSource;
    }

    /// <summary>The ASP.NET Core reference pack folder, when the references came from packs.</summary>
    public string? WebSource { get; }

    /// <summary>
    /// The source generators a reference pack ships (<c>packs/…/analyzers/dotnet/cs</c>), which the SDK
    /// passes the compiler with the pack: the folder for the base pack, or the ASP.NET Core one.
    /// </summary>
    public string? GeneratorFolder(bool web)
    {
        var pack = web ? WebSource : Source;
        if (pack is null || !pack.Contains($"{Path.DirectorySeparatorChar}packs{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        {
            return null;
        }

        var folder = Path.GetFullPath(Path.Combine(pack, "..", "..", "analyzers", "dotnet", "cs"));
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>Base class library references.</summary>
    public ImmutableArray<MetadataReference> Core { get; }

    /// <summary>ASP.NET Core shared framework references (empty when neither a pack nor the runtime has them).</summary>
    public ImmutableArray<MetadataReference> Web { get; }

    /// <summary>Where the references came from, for the report: a pack folder or the runtime folder.</summary>
    public string Source { get; }

    /// <summary>The references of the .NET at <paramref name="dotnetRoot"/> (null: DOTNET_ROOT, else the running runtime's root); read once per root.</summary>
    public static FrameworkReferences For(string? dotnetRoot) => Loaded.GetOrAdd(dotnetRoot ?? FindDotnetRoot(), Load);

    public static string FindDotnetRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        // <root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
    }

    private static FrameworkReferences Load(string root)
    {
        var major = Environment.Version.Major;
        var corePack = PackFolder(root, "Microsoft.NETCore.App.Ref", major);
        if (corePack is not null)
        {
            var webPack = PackFolder(root, "Microsoft.AspNetCore.App.Ref", major);
            return new FrameworkReferences(FromFolder(corePack), webPack is null ? [] : FromFolder(webPack), corePack, webPack);
        }

        // No SDK packs (a runtime-only install): the implementation assemblies the process runs on.
        var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var webRuntime = Path.Combine(root, "shared", "Microsoft.AspNetCore.App", Path.GetFileName(runtimeFolder));
        return new FrameworkReferences(
            FromFolder(runtimeFolder),
            Directory.Exists(webRuntime) ? FromFolder(webRuntime) : [],
            runtimeFolder);
    }

    private static ImmutableArray<MetadataReference> FromFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.dll")
            .Where(IsManagedAssembly)
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata && reader.GetMetadataReader().IsAssembly;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private static string? PackFolder(string root, string pack, int major)
    {
        var versions = Path.Combine(root, "packs", pack);
        if (!Directory.Exists(versions))
        {
            return null;
        }

        return Directory.EnumerateDirectories(versions)
            .Select(d => (Path: d, Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : null))
            .Where(d => d.Version?.Major == major)
            .OrderByDescending(d => d.Version)
            .Select(d => Path.Combine(d.Path, "ref", $"net{major}.0"))
            .FirstOrDefault(Directory.Exists);
    }
}
