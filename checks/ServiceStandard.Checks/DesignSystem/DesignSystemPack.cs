using System.Text.Json;
using System.Text.RegularExpressions;
using ServiceStandard.DesignSystem.Components;
using ServiceStandard.DesignSystem.Engine;
using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.Checks.DesignSystem;

/// <summary>A colour the design system allows: a colour token's name and value.</summary>
public sealed record PaletteColour(string Token, Colour Colour);

/// <summary>
/// How pages show that they load a design system, and which version: the version meta element,
/// asset URLs (regular expressions; a <c>version</c> group captures the version) and the
/// stylesheet's banner comment.
/// </summary>
public sealed record PackDetection(string? Meta, IReadOnlyList<Regex> Assets, IReadOnlyList<Regex> Versions, Regex? Banner);

/// <summary>
/// A design system the checks assess against, read from a folder with a <c>pack.yml</c>: its
/// components (and their contracts), the latest version it knows, its colour tokens, how pages
/// show they use it, and which components make its page-level patterns and the controls
/// look-alikes imitate. Shipped: <c>servicestandard</c> (designsystem/) and <c>govuk-frontend</c>
/// (designsystem/contracts/govuk-frontend/).
/// </summary>
public sealed class DesignSystemPack
{
    public const string ManifestFileName = "pack.yml";

    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The latest version this pack knows (semantic version), or null when it does not say.</summary>
    public string? Version { get; init; }

    /// <summary>The class prefix of the design system's classes: <c>ds-</c>, <c>govuk-</c>.</summary>
    public required string Prefix { get; init; }

    public required ComponentLibrary Library { get; init; }

    public required ContractEngine Engine { get; init; }

    public required IReadOnlyList<PaletteColour> Palette { get; init; }

    /// <summary>The editions for older versions (pack.yml's <c>editions</c>), tried in order before the default one.</summary>
    public IReadOnlyList<PackEdition> Editions { get; init; } = [];

    /// <summary>The default edition: the top-level components and palette.</summary>
    public PackEdition Default => _default ??= new PackEdition(null, Library, Engine, Palette);

    private PackEdition? _default;

    /// <summary>Every component library of the pack, the default first (for the catalogue and for telling the pack's own components apart).</summary>
    public IEnumerable<ComponentLibrary> Libraries => [Library, .. Editions.Select(e => e.Library)];

    /// <summary>The edition for a page that declares <paramref name="version"/> (null: it declares none).</summary>
    public PackEdition EditionFor(string? version) => Editions.FirstOrDefault(e => e.Claims(version)) ?? Default;

    public required PackDetection Detection { get; init; }

    /// <summary>Page-level pattern (header, footer, skip-link, phase-banner, language-switcher) → component id.</summary>
    public required IReadOnlyDictionary<string, string> Patterns { get; init; }

    /// <summary>What a look-alike imitates (button, checkboxes, radios, error-summary) → component id.</summary>
    public required IReadOnlyDictionary<string, string> LookAlikes { get; init; }

    /// <summary>The root selector of a component, or null when the pack has no such component.</summary>
    public string? RootOf(string componentId) => Library.Find(componentId)?.Contract.Root.Text;

    /// <summary>The block class of a component (<c>ds-button</c>), or null.</summary>
    public string? BlockOf(string componentId) => Library.Find(componentId)?.Contract.Block;

    /// <summary>The component's English name, else its id.</summary>
    public string NameOf(string componentId, string language) => Library.Find(componentId)?.Name.Get(language) ?? componentId;

    /// <summary>Reads the palette of a tokens file (<c>tokens.{name}.{type: color, value}</c>, designsystem/dist/tokens.json's format).</summary>
    public static IReadOnlyList<PaletteColour> ReadPalette(string tokensFile)
    {
        using var stream = File.OpenRead(tokensFile);
        using var json = JsonDocument.Parse(stream);
        var palette = new List<PaletteColour>();
        if (json.RootElement.TryGetProperty("tokens", out var tokens) && tokens.ValueKind == JsonValueKind.Object)
        {
            foreach (var token in tokens.EnumerateObject())
            {
                if (token.Value.TryGetProperty("type", out var type) && type.GetString() == "color" &&
                    token.Value.TryGetProperty("value", out var value) && Colour.Parse(value.GetString()) is { } colour)
                {
                    palette.Add(new PaletteColour(token.Name, colour));
                }
            }
        }

        return palette;
    }

    /// <summary>Loads a pack from its folder (the folder holding <c>pack.yml</c>); every problem is reported with its file.</summary>
    public static LoadResult<DesignSystemPack> Load(string directory) => PackManifestReader.Load(directory);
}
