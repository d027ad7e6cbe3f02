using System.Globalization;

namespace ServiceStandard.Checks.DesignSystem;

/// <summary>An opaque sRGB colour, as <c>#rrggbb</c>, with the CIEDE2000 distance between two colours.</summary>
public readonly record struct Colour(byte R, byte G, byte B)
{
    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";

    /// <summary>Reads <c>#rgb</c>, <c>#rrggbb</c>, <c>rgb(r, g, b)</c> and opaque <c>rgba(r, g, b, 1)</c>; null for anything else (transparent, named colours).</summary>
    public static Colour? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim().ToLowerInvariant();
        if (value.StartsWith('#'))
        {
            var hex = value[1..];
            if (hex.Length == 3)
            {
                hex = string.Concat(hex.Select(c => new string(c, 2)));
            }

            return hex.Length == 6 && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)
                ? new Colour((byte)(rgb >> 16), (byte)(rgb >> 8 & 0xff), (byte)(rgb & 0xff))
                : null;
        }

        var open = value.IndexOf('(');
        if (open < 0 || !value.EndsWith(')') || !(value.StartsWith("rgb(") || value.StartsWith("rgba(")))
        {
            return null;
        }

        var parts = value[(open + 1)..^1].Split([',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 3 or > 4)
        {
            return null;
        }

        var channels = new double[4] { 0, 0, 0, 1 };
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out channels[i]))
            {
                return null;
            }
        }

        return channels[3] < 1 ? null : new Colour(Clamp(channels[0]), Clamp(channels[1]), Clamp(channels[2]));

        static byte Clamp(double v) => (byte)Math.Clamp(Math.Round(v), 0, 255);
    }

    /// <summary>The CIEDE2000 colour difference (Sharma, Wu and Dalal's formulation); about 2.3 is a just-noticeable difference.</summary>
    public static double DeltaE2000(Colour a, Colour b) => DeltaE2000(a.ToLab(), b.ToLab());

    /// <summary>CIEDE2000 between two CIE L*a*b* colours.</summary>
    public static double DeltaE2000((double L, double A, double B) first, (double L, double A, double B) second)
    {
        var (l1, a1, b1) = first;
        var (l2, a2, b2) = second;
        var c1 = Math.Sqrt(a1 * a1 + b1 * b1);
        var c2 = Math.Sqrt(a2 * a2 + b2 * b2);
        var cBar = (c1 + c2) / 2;
        var g = 0.5 * (1 - Math.Sqrt(Math.Pow(cBar, 7) / (Math.Pow(cBar, 7) + Math.Pow(25, 7))));
        var a1p = (1 + g) * a1;
        var a2p = (1 + g) * a2;
        var c1p = Math.Sqrt(a1p * a1p + b1 * b1);
        var c2p = Math.Sqrt(a2p * a2p + b2 * b2);
        var h1p = Hue(b1, a1p);
        var h2p = Hue(b2, a2p);
        var dLp = l2 - l1;
        var dCp = c2p - c1p;
        double dhp;
        if (c1p * c2p == 0)
        {
            dhp = 0;
        }
        else if (Math.Abs(h2p - h1p) <= 180)
        {
            dhp = h2p - h1p;
        }
        else
        {
            dhp = h2p - h1p > 180 ? h2p - h1p - 360 : h2p - h1p + 360;
        }

        var dHp = 2 * Math.Sqrt(c1p * c2p) * Math.Sin(Radians(dhp / 2));
        var lBarP = (l1 + l2) / 2;
        var cBarP = (c1p + c2p) / 2;
        double hBarP;
        if (c1p * c2p == 0)
        {
            hBarP = h1p + h2p;
        }
        else if (Math.Abs(h1p - h2p) <= 180)
        {
            hBarP = (h1p + h2p) / 2;
        }
        else
        {
            hBarP = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
        }

        var t = 1 - 0.17 * Math.Cos(Radians(hBarP - 30)) + 0.24 * Math.Cos(Radians(2 * hBarP)) +
                0.32 * Math.Cos(Radians(3 * hBarP + 6)) - 0.20 * Math.Cos(Radians(4 * hBarP - 63));
        var dTheta = 30 * Math.Exp(-Math.Pow((hBarP - 275) / 25, 2));
        var rc = 2 * Math.Sqrt(Math.Pow(cBarP, 7) / (Math.Pow(cBarP, 7) + Math.Pow(25, 7)));
        var sl = 1 + 0.015 * Math.Pow(lBarP - 50, 2) / Math.Sqrt(20 + Math.Pow(lBarP - 50, 2));
        var sc = 1 + 0.045 * cBarP;
        var sh = 1 + 0.015 * cBarP * t;
        var rt = -Math.Sin(Radians(2 * dTheta)) * rc;
        var dl = dLp / sl;
        var dc = dCp / sc;
        var dh = dHp / sh;
        return Math.Sqrt(dl * dl + dc * dc + dh * dh + rt * dc * dh);

        static double Hue(double y, double x)
        {
            if (x == 0 && y == 0)
            {
                return 0;
            }

            var h = Math.Atan2(y, x) * 180 / Math.PI;
            return h < 0 ? h + 360 : h;
        }

        static double Radians(double degrees) => degrees * Math.PI / 180;
    }

    /// <summary>CIE L*a*b* under D65.</summary>
    public (double L, double A, double B) ToLab()
    {
        var r = Linear(R);
        var g = Linear(G);
        var b = Linear(B);
        var x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
        var y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        var z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
        var fx = F(x);
        var fy = F(y);
        var fz = F(z);
        return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));

        static double Linear(byte channel)
        {
            var c = channel / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        static double F(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
