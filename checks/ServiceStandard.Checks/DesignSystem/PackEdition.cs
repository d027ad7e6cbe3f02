using System.Text.RegularExpressions;
using ServiceStandard.DesignSystem.Components;
using ServiceStandard.DesignSystem.Engine;

namespace ServiceStandard.Checks.DesignSystem;

/// <summary>
/// The contracts and colours of one range of a design system's versions (GOV.UK Frontend 5.x and
/// 6.x differ in markup and palette). A pack's top-level components and palette are its default
/// edition, for pages that declare no version or one no other edition claims.
/// </summary>
/// <param name="Versions">The declared versions this edition is for, or null for the default edition.</param>
public sealed record PackEdition(Regex? Versions, ComponentLibrary Library, ContractEngine Engine, IReadOnlyList<PaletteColour> Palette)
{
    public bool Claims(string? version) => Versions is not null && version is not null && Versions.IsMatch(version);
}
