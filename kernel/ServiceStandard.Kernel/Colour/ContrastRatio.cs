namespace ServiceStandard.Kernel.Colour;

/// <summary>
/// WCAG 2.2's relative luminance and contrast ratio, for every part of the tool that measures
/// contrast (the design-system token pairs, and 1.4.11's checks over pages).
/// </summary>
public static class ContrastRatio
{
    /// <summary>The 3:1 of WCAG 1.4.11 (non-text contrast) and of large text in 1.4.3.</summary>
    public const double NonText = 3.0;

    /// <summary>Relative luminance of an opaque sRGB colour whose channels run from 0 to 255.</summary>
    public static double RelativeLuminance(double red, double green, double blue) =>
        (0.2126 * Linear(red)) + (0.7152 * Linear(green)) + (0.0722 * Linear(blue));

    /// <summary>From 1 (no contrast) to 21 (black on white); the order of the two colours does not matter. Alpha is ignored: composite first.</summary>
    public static double Of(Rgba first, Rgba second)
    {
        var a = RelativeLuminance(first.Red, first.Green, first.Blue);
        var b = RelativeLuminance(second.Red, second.Green, second.Blue);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>
    /// WCAG compares the exact ratio with the threshold (2.999:1 fails 3:1); shown floored to two
    /// decimals so a displayed ratio never overstates.
    /// </summary>
    public static double Displayed(double ratio) => Math.Floor(ratio * 100) / 100;

    // The sRGB transfer function, with the 0.04045 threshold of the sRGB standard (WCAG's 0.03928
    // is a typo of it that gives the same answer for every 8-bit channel value).
    private static double Linear(double channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
