using System.Text.Json;
using System.Text.RegularExpressions;
using ServiceStandard.DesignSystem.Components;
using ServiceStandard.Kernel.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ServiceStandard.Checks.DesignSystem;

/// <summary>Reads a pack's <c>pack.yml</c>, its components and its palette.</summary>
internal static class PackManifestReader
{
    public static LoadResult<DesignSystemPack> Load(string directory)
    {
        var file = Path.Combine(directory, DesignSystemPack.ManifestFileName);
        if (!File.Exists(file))
        {
            return Fail(file, 1, 1, $"no {DesignSystemPack.ManifestFileName} in the design-system pack folder '{directory}'");
        }

        Manifest manifest;
        try
        {
            manifest = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
                .Deserialize<Manifest>(File.ReadAllText(file)) ?? new Manifest();
        }
        catch (YamlException ex)
        {
            return Fail(file, (int)ex.Start.Line, (int)ex.Start.Column, ex.InnerException?.Message ?? ex.Message);
        }

        if (string.IsNullOrEmpty(manifest.Id) || string.IsNullOrEmpty(manifest.Prefix))
        {
            return Fail(file, 1, 1, "a pack needs an 'id' and a class 'prefix'");
        }

        var library = ComponentLibrary.Load(Path.Combine(directory, manifest.Components ?? "."));
        if (!library.Succeeded)
        {
            return LoadResult<DesignSystemPack>.Failed(library.Diagnostics);
        }

        var version = manifest.Version;
        if (version is null && manifest.VersionFile is { } versionFile)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, versionFile)));
            version = json.RootElement.TryGetProperty("version", out var v) ? v.GetString() : null;
        }

        IReadOnlyList<PaletteColour> palette = [];
        if (manifest.Palette is { } paletteFile)
        {
            var path = Path.Combine(directory, paletteFile);
            if (!File.Exists(path))
            {
                return Fail(file, 1, 1, $"the palette file '{paletteFile}' does not exist");
            }

            palette = DesignSystemPack.ReadPalette(path);
        }

        var detect = manifest.Detect ?? new DetectSection();
        var pack = new DesignSystemPack
        {
            Id = manifest.Id,
            Name = manifest.Name ?? manifest.Id,
            Version = version,
            Prefix = manifest.Prefix,
            Library = library.Value!,
            Engine = library.Value!.CreateEngine(),
            Palette = palette,
            Detection = new PackDetection(
                detect.Meta,
                [.. detect.Assets.Select(Compile)],
                [.. detect.Versions.Select(Compile)],
                detect.Banner is null ? null : Compile(detect.Banner)),
            Patterns = manifest.Patterns.Where(p => library.Value!.Find(p.Value) is not null).ToDictionary(StringComparer.Ordinal),
            LookAlikes = manifest.LookAlikes.Where(p => library.Value!.Find(p.Value) is not null).ToDictionary(StringComparer.Ordinal),
        };
        return new LoadResult<DesignSystemPack>(pack, library.Diagnostics);

        static Regex Compile(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static LoadResult<DesignSystemPack> Fail(string file, int line, int column, string message) =>
        LoadResult<DesignSystemPack>.Failed([Diagnostic.Error(new SourceLocation(file, line, column), message)]);

    private sealed class Manifest
    {
        public int SchemaVersion { get; set; } = 1;

        public string Id { get; set; } = string.Empty;

        public string? Name { get; set; }

        public string? Version { get; set; }

        public string? VersionFile { get; set; }

        public string? Components { get; set; }

        public string? Palette { get; set; }

        public string Prefix { get; set; } = string.Empty;

        public string? Licence { get; set; }

        public DetectSection? Detect { get; set; }

        public Dictionary<string, string> Patterns { get; set; } = [];

        public Dictionary<string, string> LookAlikes { get; set; } = [];
    }

    private sealed class DetectSection
    {
        public string? Meta { get; set; }

        public List<string> Assets { get; set; } = [];

        public List<string> Versions { get; set; } = [];

        public string? Banner { get; set; }
    }
}
