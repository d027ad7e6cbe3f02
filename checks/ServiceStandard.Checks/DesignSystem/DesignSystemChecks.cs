using ServiceStandard.Configuration;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;

namespace ServiceStandard.Checks.DesignSystem;

/// <summary>The design-system family: the contract, version and adoption checks over one pack, sharing one parse per page.</summary>
public static class DesignSystemChecks
{
    public const string Family = "design-system";

    public static IReadOnlyList<IWebCheck> Create(DesignSystemPack pack, DesignSystemConfig? config = null, IReadOnlyList<PaletteColour>? palette = null, CheckCatalog? catalog = null) =>
        Create(new PageAnalyses(pack), config, palette, catalog);

    /// <summary>The checks over <paramref name="analyses"/>, whose parsed pages they share.</summary>
    public static IReadOnlyList<IWebCheck> Create(PageAnalyses analyses, DesignSystemConfig? config = null, IReadOnlyList<PaletteColour>? palette = null, CheckCatalog? catalog = null)
    {
        var pack = analyses.Pack;
        catalog ??= CheckCatalog.Shipped;
        config ??= ConfigDefaults.DesignSystem;
        return
        [
            new ContractCheck(analyses),
            new VersionCheck(analyses, catalog, config.MinimumVersion),
            // The pack's own palette is each page's edition's palette; only a palette the config names replaces it.
            new AdoptionCheck(analyses, catalog, palette is null || ReferenceEquals(palette, pack.Palette) ? null : palette, config.PaletteTolerance),
        ];
    }
}
