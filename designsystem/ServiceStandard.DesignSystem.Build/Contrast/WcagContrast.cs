using System.Globalization;
using ServiceStandard.DesignSystem.Build.Tokens;
using ServiceStandard.Kernel.Colour;

namespace ServiceStandard.DesignSystem.Build.Contrast;

/// <summary>WCAG 2.2 relative luminance and contrast ratio (success criteria 1.4.3, 1.4.6, 1.4.11).</summary>
public static class WcagContrast
{
    // One formula for the whole tool: the kernel's, which the 1.4.11 page checks use too.
    public static double RelativeLuminance(ColorValue color) =>
        ContrastRatio.RelativeLuminance(color.Red, color.Green, color.Blue);

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
    public static double Displayed(double ratio) => ContrastRatio.Displayed(ratio);

    public static ContrastResult Evaluate(ContrastPair pair, TokenSet tokens)
    {
        var foreground = (ColorValue)tokens[pair.Foreground].Value;
        var background = (ColorValue)tokens[pair.Background].Value;
        var ratio = Ratio(foreground, background);
        return new ContrastResult(pair, foreground, background, ratio, ratio >= pair.MinimumRatio);
    }
}

public sealed record ContrastResult(ContrastPair Pair, ColorValue Foreground, ColorValue Background, double Ratio, bool Passes)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Pair.Name} ({Pair.Foreground} {Foreground.Hex} on {Pair.Background} {Background.Hex}, {ContrastPair.UseName(Pair.Use)}): " +
        $"{WcagContrast.Displayed(Ratio):0.00}:1, needs {Pair.MinimumRatio:0.0}:1");
}
