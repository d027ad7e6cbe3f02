using ServiceStandard.Configuration;
using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.Checks.DesignSystem;

/// <summary>
/// Finds the pack a config names: a shipped pack id (<c>servicestandard</c>, <c>govuk-frontend</c>),
/// copied next to the assembly under <c>packs/&lt;id&gt;/</c> at build, or a folder with a pack.yml.
/// </summary>
public static class ShippedPacks
{
    public static string Directory(string id) => Path.Combine(AppContext.BaseDirectory, "packs", id);

    /// <summary>A shipped pack by id, or the pack in a folder (relative to <paramref name="baseDirectory"/>).</summary>
    public static LoadResult<DesignSystemPack> LoadPack(string idOrFolder, string baseDirectory) =>
        DesignSystemPack.Load(ConfigKeywords.DesignSystemPacks.Contains(idOrFolder, StringComparer.Ordinal)
            ? Directory(idOrFolder)
            : Path.GetFullPath(Path.Combine(baseDirectory, idOrFolder)));

    /// <summary>Loads the pack and the palette <paramref name="config"/> names (its tokens, or a tokens.json path).</summary>
    public static LoadResult<LoadedPack> Load(DesignSystemConfig config, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(config);
        var pack = LoadPack(config.Pack, baseDirectory);
        if (!pack.Succeeded)
        {
            return LoadResult<LoadedPack>.Failed(pack.Diagnostics);
        }

        var palette = pack.Value!.Palette;
        if (!string.Equals(config.Palette, ConfigKeywords.TokensPalette, StringComparison.Ordinal))
        {
            var path = Path.GetFullPath(Path.Combine(baseDirectory, config.Palette));
            if (!File.Exists(path))
            {
                return LoadResult<LoadedPack>.Failed([Diagnostic.Error(new SourceLocation(path, 1, 1), "the palette tokens file does not exist")]);
            }

            palette = DesignSystemPack.ReadPalette(path);
        }

        return new LoadResult<LoadedPack>(new LoadedPack(pack.Value, palette), pack.Diagnostics);
    }
}

/// <summary>A pack with the palette the run checks colours against.</summary>
public sealed record LoadedPack(DesignSystemPack Pack, IReadOnlyList<PaletteColour> Palette);
