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

        foreach (var (key, relative) in new[] { ("components", manifest.Components), ("versionFile", manifest.VersionFile), ("palette", manifest.Palette) })
        {
            if (relative is not null && !IsInsidePack(directory, relative))
            {
                return Fail(file, 1, 1, $"'{key}: {relative}' points outside the pack folder; a pack's paths stay inside it");
            }
        }

        var library = ComponentLibrary.Load(Path.Combine(directory, manifest.Components ?? "."));
        if (!library.Succeeded)
        {
            return LoadResult<DesignSystemPack>.Failed(library.Diagnostics);
        }

        var version = manifest.Version;
        if (version is null && manifest.VersionFile is { } versionFile)
        {
            try
            {
                using var json = JsonDocument.Parse(ServiceStandard.Kernel.Files.InputFile.ReadText(Path.Combine(directory, versionFile)));
                version = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
            {
                return Fail(file, 1, 1, $"the versionFile '{versionFile}' cannot be read as JSON: {ex.Message}");
            }
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

        var editions = new List<PackEdition>();
        foreach (var edition in manifest.Editions)
        {
            if (string.IsNullOrEmpty(edition.Versions) || string.IsNullOrEmpty(edition.Components))
            {
                return Fail(file, 1, 1, "an edition needs 'versions' (a regular expression over the declared version) and 'components'");
            }

            foreach (var relative in new[] { edition.Components, edition.Palette }.OfType<string>())
            {
                if (!IsInsidePack(directory, relative))
                {
                    return Fail(file, 1, 1, $"the edition's '{relative}' points outside the pack folder; a pack's paths stay inside it");
                }
            }

            var editionLibrary = ComponentLibrary.Load(Path.Combine(directory, edition.Components));
            if (!editionLibrary.Succeeded)
            {
                return LoadResult<DesignSystemPack>.Failed(editionLibrary.Diagnostics);
            }

            IReadOnlyList<PaletteColour> editionPalette = palette;
            if (edition.Palette is { } editionPaletteFile)
            {
                var path = Path.Combine(directory, editionPaletteFile);
                if (!File.Exists(path))
                {
                    return Fail(file, 1, 1, $"the palette file '{editionPaletteFile}' does not exist");
                }

                editionPalette = DesignSystemPack.ReadPalette(path);
            }

            editions.Add(new PackEdition(Compile(edition.Versions), editionLibrary.Value!, editionLibrary.Value!.CreateEngine(), editionPalette));
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
            Editions = editions,
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

    /// <summary>
    /// Whether a path from pack.yml stays in the pack folder, links resolved: a pack must not make
    /// the checks read /etc/passwd or another project's files.
    /// </summary>
    private static bool IsInsidePack(string directory, string relative)
    {
        var root = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(directory, relative));
        if (!(full + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal))
        {
            return false;
        }

        // Each step of the way, since a linked folder on the way leads out as well as a linked file.
        var current = root.TrimEnd(Path.DirectorySeparatorChar);
        foreach (var part in Path.GetRelativePath(root, full).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is null)
            {
                continue;
            }

            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !(target.FullName + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal))
            {
                return false;
            }

            current = target.FullName;
        }

        return true;
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

        public List<EditionSection> Editions { get; set; } = [];
    }

    private sealed class EditionSection
    {
        public string? Versions { get; set; }

        public string? Components { get; set; }

        public string? Palette { get; set; }
    }

    private sealed class DetectSection
    {
        public string? Meta { get; set; }

        public List<string> Assets { get; set; } = [];

        public List<string> Versions { get; set; } = [];

        public string? Banner { get; set; }
    }
}
