using System.Globalization;
using System.Text;

namespace ServiceStandard.DesignSystem.Build.Tokens;

/// <summary>A resolved token value of one of the DTCG types this build supports, and its CSS text.</summary>
public abstract record TokenValue
{
    public abstract string ToCss();

    internal static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

/// <summary>An sRGB colour; alpha 1 is opaque.</summary>
public sealed record ColorValue(byte Red, byte Green, byte Blue, double Alpha) : TokenValue
{
    public string Hex => Alpha >= 1
        ? $"#{Red:x2}{Green:x2}{Blue:x2}"
        : $"#{Red:x2}{Green:x2}{Blue:x2}{(byte)Math.Round(Alpha * 255):x2}";

    public override string ToCss() => Hex;

    public static bool TryParseHex(string text, out ColorValue color)
    {
        color = new ColorValue(0, 0, 0, 1);
        if (text.Length is not (4 or 7 or 9) || text[0] != '#' || !text.Skip(1).All(char.IsAsciiHexDigit))
        {
            return false;
        }

        var digits = text.Length == 4 ? string.Concat(text.Skip(1).Select(c => $"{c}{c}")) : text[1..];
        byte Channel(int index) => byte.Parse(digits.AsSpan(index * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        color = new ColorValue(Channel(0), Channel(1), Channel(2), digits.Length == 8 ? Channel(3) / 255.0 : 1);
        return true;
    }
}

/// <summary>A length: px or rem (the units DTCG allows for dimensions).</summary>
public sealed record DimensionValue(double Value, string Unit) : TokenValue
{
    public override string ToCss() => Number(Value) + Unit;
}

public sealed record NumberValue(double Value) : TokenValue
{
    public override string ToCss() => Number(Value);
}

public sealed record FontWeightValue(int Weight) : TokenValue
{
    public override string ToCss() => Weight.ToString(CultureInfo.InvariantCulture);
}

public sealed record DurationValue(double Value, string Unit) : TokenValue
{
    public override string ToCss() => Number(Value) + Unit;
}

/// <summary>A font stack. Names that are not plain CSS identifiers are quoted.</summary>
public sealed record FontFamilyValue(IReadOnlyList<string> Families) : TokenValue
{
    public override string ToCss() => string.Join(", ", Families.Select(Quote));

    public bool Equals(FontFamilyValue? other) => other is not null && Families.SequenceEqual(other.Families);

    public override int GetHashCode() => Families.Aggregate(17, (hash, family) => HashCode.Combine(hash, family));

    private static string Quote(string family)
    {
        var plain = family.Length > 0 && !char.IsAsciiDigit(family[0]) && family.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
        if (plain)
        {
            return family;
        }

        var builder = new StringBuilder("\"");
        foreach (var c in family)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append('"').ToString();
    }
}
