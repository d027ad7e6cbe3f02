using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceStandard.Kernel.Colour;

/// <summary>An sRGB colour with its alpha (0 transparent, 1 opaque), as a browser computes it.</summary>
public readonly partial record struct Rgba(double Red, double Green, double Blue, double Alpha)
{
    public static readonly Rgba White = new(255, 255, 255, 1);

    public bool IsOpaque => Alpha >= 0.999;

    public bool IsTransparent => Alpha <= 0.001;

    /// <summary>
    /// Reads a computed CSS colour: <c>rgb(r, g, b)</c>, <c>rgba(r, g, b, a)</c> (with commas or
    /// the space-and-slash form), <c>#rrggbb</c> or <c>transparent</c>. Other spaces a browser may
    /// keep as written (<c>oklch()</c>, <c>color(display-p3 …)</c>) are not read: null, so that a
    /// rule says it could not decide rather than guess.
    /// </summary>
    public static Rgba? TryParse(string? css)
    {
        if (string.IsNullOrWhiteSpace(css))
        {
            return null;
        }

        var text = css.Trim();
        if (text.Equals("transparent", StringComparison.OrdinalIgnoreCase))
        {
            return new Rgba(0, 0, 0, 0);
        }

        if (text.Length == 7 && text[0] == '#' && int.TryParse(text.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex))
        {
            return new Rgba((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 1);
        }

        var match = RgbFunction().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var parts = match.Groups[1].Value.Split([',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is not (3 or 4) || parts.Any(p => p.EndsWith('%')))
        {
            return null;
        }

        var values = new double[4];
        values[3] = 1;
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                return null;
            }
        }

        return new Rgba(Clamp(values[0], 255), Clamp(values[1], 255), Clamp(values[2], 255), Clamp(values[3], 1));
    }

    /// <summary>This colour painted over <paramref name="below"/> (source-over): what a person sees where it is translucent.</summary>
    public Rgba Over(Rgba below)
    {
        if (IsOpaque)
        {
            return this with { Alpha = 1 };
        }

        var alpha = Alpha + (below.Alpha * (1 - Alpha));
        if (alpha <= 0)
        {
            return new Rgba(0, 0, 0, 0);
        }

        var top = Alpha;
        double Mix(double over, double under) => ((over * top) + (under * below.Alpha * (1 - top))) / alpha;
        return new Rgba(Mix(Red, below.Red), Mix(Green, below.Green), Mix(Blue, below.Blue), alpha);
    }

    /// <summary><c>#rrggbb</c> (alpha left out), for messages.</summary>
    public string Hex => string.Create(CultureInfo.InvariantCulture, $"#{Byte(Red):x2}{Byte(Green):x2}{Byte(Blue):x2}");

    public override string ToString() => IsOpaque ? Hex : string.Create(CultureInfo.InvariantCulture, $"{Hex} at {Alpha:0.##} opacity");

    private static int Byte(double channel) => (int)Math.Round(Math.Clamp(channel, 0, 255));

    private static double Clamp(double value, double max) => Math.Clamp(value, 0, max);

    [GeneratedRegex(@"^rgba?\(\s*([^)]*)\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RgbFunction();
}
