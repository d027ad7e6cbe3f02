using System.Globalization;
using ServiceStandard.Kernel.Colour;

namespace ServiceStandard.Checks.Accessibility;

/// <summary>
/// WCAG 1.4.11's measurements over the colours a probe read: the colour behind an element from its
/// layers, a translucent colour as it shows over what is beneath, and the ratio of two, written
/// for a message. A colour that cannot be read gives null, which the rules turn into a question
/// for a person, never a failure.
/// </summary>
internal static class NonTextContrast
{
    /// <summary>
    /// The colour a person sees behind an element: its background layers (innermost first, the
    /// last opaque) painted one over the other; null when one cannot be read or none is opaque.
    /// </summary>
    public static Rgba? Behind(IReadOnlyList<string> layers)
    {
        Rgba? seen = null;
        for (var i = layers.Count - 1; i >= 0; i--)
        {
            if (Rgba.TryParse(layers[i]) is not { } layer)
            {
                return null;
            }

            seen = seen is { } below ? layer.Over(below) : layer;
        }

        return seen is { IsOpaque: true } opaque ? opaque : null;
    }

    /// <summary><paramref name="css"/> as it shows over <paramref name="beneath"/>; null when it cannot be read, or is translucent over nothing known.</summary>
    public static Rgba? Shown(string css, Rgba? beneath)
    {
        if (Rgba.TryParse(css) is not { } colour)
        {
            return null;
        }

        if (colour.IsOpaque)
        {
            return colour with { Alpha = 1 };
        }

        return beneath is { } below ? colour.Over(below) with { Alpha = 1 } : null;
    }

    public static bool Reaches(double ratio) => ratio >= ContrastRatio.NonText;

    /// <summary>"1.61:1 / #ffffff (behind it)", the ratio floored so it never overstates.</summary>
    public static string Describe(double ratio, Rgba with, string? role = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{ContrastRatio.Displayed(ratio):0.00}:1 / {with.Hex}{(string.IsNullOrEmpty(role) ? string.Empty : $" ({role})")}");
}
