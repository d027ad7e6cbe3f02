using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ServiceStandard.Analyzers.Tests;

/// <summary>
/// Reference assemblies for test compilations, read from the .NET SDK's reference packs on disk
/// (Microsoft.NETCore.App.Ref and Microsoft.AspNetCore.App.Ref), so tests neither download
/// reference packages nor depend on the network. The SDK is found from DOTNET_ROOT, else from the
/// runtime this process runs on.
/// </summary>
internal static class SdkReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> AllReferences = new(Load);

    public static ImmutableArray<MetadataReference> All => AllReferences.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var root = DotnetRoot();
        var major = Environment.Version.Major;
        var references = new List<MetadataReference>();
        foreach (var pack in new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" })
        {
            var folder = PackFolder(root, pack, major)
                ?? throw new InvalidOperationException($"The .NET SDK at {root} has no {pack} {major}.x reference pack.");
            references.AddRange(Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal).Select(p => MetadataReference.CreateFromFile(p)));
        }

        return [.. references];
    }

    private static string DotnetRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(Path.Combine(fromEnvironment, "packs")))
        {
            return fromEnvironment;
        }

        // <root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
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
