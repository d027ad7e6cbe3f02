using System.Globalization;
using ServiceStandard.DesignSystem.Build.Tokens;

namespace ServiceStandard.DesignSystem.Build.Contrast;

/// <summary>WCAG 2.2 relative luminance and contrast ratio (success criteria 1.4.3, 1.4.6, 1.4.11).</summary>
public static class WcagContrast
{
    public static double RelativeLuminance(ColorValue color) =>
        (0.2126 * Linear(color.Red)) + (0.7152 * Linear(color.Green)) + (0.0722 * Linear(color.Blue));

    /// <summary>From 1 (no contrast) to 21 (black on white); the order of the two colours does not matter.</summary>
    public static double Ratio(ColorValue first, ColorValue second)
    {
        var a = RelativeLuminance(first);
        var b = RelativeLuminance(second);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>
    /// WCAG compares the exact ratio with the threshold: 4.49:1 fails 4.5:1 even though it rounds to
    /// 4.5. The result is floored to two decimals for display so a shown ratio never overstates.
    /// </summary>
    public static double Displayed(double ratio) => Math.Floor(ratio * 100) / 100;

    public static ContrastResult Evaluate(ContrastPair pair, TokenSet tokens)
    {
        var foreground = (ColorValue)tokens[pair.Foreground].Value;
        var background = (ColorValue)tokens[pair.Background].Value;
        var ratio = Ratio(foreground, background);
        return new ContrastResult(pair, foreground, background, ratio, ratio >= pair.MinimumRatio);
    }

    // The sRGB transfer function, with the 0.04045 threshold of the sRGB standard (WCAG's 0.03928
    // is a typo of it that gives the same answer for every 8-bit channel value).
    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}

public sealed record ContrastResult(ContrastPair Pair, ColorValue Foreground, ColorValue Background, double Ratio, bool Passes)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Pair.Name} ({Pair.Foreground} {Foreground.Hex} on {Pair.Background} {Background.Hex}, {ContrastPair.UseName(Pair.Use)}): " +
        $"{WcagContrast.Displayed(Ratio):0.00}:1, needs {Pair.MinimumRatio:0.0}:1");
}
