using System.Globalization;
using System.Text.RegularExpressions;
using ServiceStandard.DesignSystem.Build.Json;

namespace ServiceStandard.DesignSystem.Build.Tokens;

/// <summary>
/// Reads a literal <c>$value</c> of a given DTCG type. Accepts the 2025.10 stable forms (colour
/// objects with <c>colorSpace</c>/<c>components</c>, dimension objects with <c>value</c>/<c>unit</c>)
/// and the earlier draft strings (<c>"#0b0c0c"</c>, <c>"16px"</c>) that many tools still write.
/// </summary>
public static partial class TokenValueParser
{
    public static readonly IReadOnlyList<string> SupportedTypes = ["color", "dimension", "number", "fontFamily", "fontWeight", "duration"];

    private static readonly IReadOnlyList<string> CompositeTypes = ["typography", "shadow", "border", "cubicBezier", "strokeStyle", "transition", "gradient"];

    private static readonly Dictionary<string, int> WeightKeywords = new(StringComparer.Ordinal)
    {
        ["thin"] = 100, ["hairline"] = 100, ["extra-light"] = 200, ["ultra-light"] = 200, ["light"] = 300,
        ["normal"] = 400, ["regular"] = 400, ["book"] = 400, ["medium"] = 500, ["semi-bold"] = 600,
        ["demi-bold"] = 600, ["bold"] = 700, ["extra-bold"] = 800, ["ultra-bold"] = 800, ["black"] = 900,
        ["heavy"] = 900, ["extra-black"] = 950, ["ultra-black"] = 950,
    };

    public static bool IsKnownType(string type) => SupportedTypes.Contains(type) || CompositeTypes.Contains(type);

    public static bool IsSupportedType(string type) => SupportedTypes.Contains(type);

    /// <summary>Parses <paramref name="node"/> as <paramref name="type"/>; returns null and adds a located diagnostic if it is not one.</summary>
    public static TokenValue? Parse(string type, LocatedJson node, string path, ICollection<BuildDiagnostic> diagnostics)
    {
        var error = default(string);
        var value = type switch
        {
            "color" => ParseColor(node, ref error),
            "dimension" => ParseLength(node, ["px", "rem"], (v, u) => new DimensionValue(v, u), ref error),
            "duration" => ParseLength(node, ["ms", "s"], (v, u) => new DurationValue(v, u), ref error),
            "number" => node is LocatedNumber number ? new NumberValue(number.Value) : Fail("expected a number", ref error),
            "fontFamily" => ParseFontFamily(node, ref error),
            "fontWeight" => ParseFontWeight(node, ref error),
            _ => Fail($"the type \"{type}\" is not supported by this build (supported: {string.Join(", ", SupportedTypes)})", ref error),
        };

        if (value is null)
        {
            var code = IsSupportedType(type) ? DiagnosticCodes.InvalidValue : DiagnosticCodes.UnsupportedType;
            diagnostics.Add(new BuildDiagnostic(code, node.Location, $"{path}: {error}, found {Describe(node)}."));
        }

        return value;
    }

    private static TokenValue? Fail(string message, ref string? error)
    {
        error = message;
        return null;
    }

    private static string Describe(LocatedJson node) => node switch
    {
        LocatedString s => $"\"{s.Value}\"",
        LocatedNumber n => n.Value.ToString(CultureInfo.InvariantCulture),
        _ => node.Kind,
    };

    private static TokenValue? ParseColor(LocatedJson node, ref string? error)
    {
        const string expected = "expected a colour: {\"colorSpace\": \"srgb\", \"components\": [r, g, b], \"hex\": \"#rrggbb\"} or a hex string";
        if (node is LocatedString text)
        {
            return ColorValue.TryParseHex(text.Value, out var hexColor) ? hexColor : Fail(expected, ref error);
        }

        if (node is not LocatedObject color)
        {
            return Fail(expected, ref error);
        }

        if (color["colorSpace"] is not LocatedString { Value: "srgb" })
        {
            return Fail("only the \"srgb\" colour space is supported; give \"colorSpace\": \"srgb\"", ref error);
        }

        if (color["components"] is not LocatedArray { Items.Count: 3 } components
            || components.Items.Any(c => c is not LocatedNumber { Value: >= 0 and <= 1 }))
        {
            return Fail("\"components\" must be three numbers from 0 to 1 (red, green, blue)", ref error);
        }

        var alpha = 1.0;
        if (color["alpha"] is { } alphaNode)
        {
            if (alphaNode is not LocatedNumber { Value: >= 0 and <= 1 } alphaNumber)
            {
                return Fail("\"alpha\" must be a number from 0 to 1", ref error);
            }

            alpha = alphaNumber.Value;
        }

        var channels = components.Items.Cast<LocatedNumber>().Select(c => (byte)Math.Round(c.Value * 255)).ToArray();
        var fromComponents = new ColorValue(channels[0], channels[1], channels[2], alpha);
        if (color["hex"] is { } hexNode)
        {
            if (hexNode is not LocatedString hexText || !ColorValue.TryParseHex(hexText.Value, out var fromHex) || hexText.Value.Length != 7)
            {
                return Fail("\"hex\" must be a #rrggbb string", ref error);
            }

            // The hex is a fallback copy of the components: they must say the same colour.
            if (Math.Abs(fromHex.Red - fromComponents.Red) > 1 || Math.Abs(fromHex.Green - fromComponents.Green) > 1 || Math.Abs(fromHex.Blue - fromComponents.Blue) > 1)
            {
                return Fail($"\"components\" ({fromComponents.Hex}) and \"hex\" ({fromHex.Hex}) disagree", ref error);
            }

            return fromHex with { Alpha = alpha };
        }

        return fromComponents;
    }

    private static TokenValue? ParseLength(LocatedJson node, string[] units, Func<double, string, TokenValue> create, ref string? error)
    {
        var expected = $"expected {{\"value\": number, \"unit\": \"{string.Join("\" or \"", units)}\"}}";
        switch (node)
        {
            case LocatedObject length when length["value"] is LocatedNumber number && length["unit"] is LocatedString unit:
                return units.Contains(unit.Value) ? create(number.Value, unit.Value) : Fail($"{expected} (unit \"{unit.Value}\" is not allowed)", ref error);
            case LocatedString text:
                var match = LengthPattern().Match(text.Value);
                if (match.Success && units.Contains(match.Groups[2].Value))
                {
                    return create(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value);
                }

                return text.Value == "0" ? create(0, units[0]) : Fail(expected, ref error);
            default:
                return Fail(expected, ref error);
        }
    }

    private static TokenValue? ParseFontFamily(LocatedJson node, ref string? error)
    {
        const string expected = "expected a font family name or a non-empty array of names";
        return node switch
        {
            LocatedString { Value.Length: > 0 } name => new FontFamilyValue([name.Value]),
            LocatedArray { Items.Count: > 0 } names when names.Items.All(n => n is LocatedString { Value.Length: > 0 })
                => new FontFamilyValue(names.Items.Cast<LocatedString>().Select(n => n.Value).ToArray()),
            _ => Fail(expected, ref error),
        };
    }

    private static TokenValue? ParseFontWeight(LocatedJson node, ref string? error)
    {
        const string expected = "expected a weight from 1 to 1000 or a keyword such as \"regular\" or \"bold\"";
        return node switch
        {
            LocatedNumber { Value: >= 1 and <= 1000 } number when number.Value == Math.Floor(number.Value) => new FontWeightValue((int)number.Value),
            LocatedString keyword when WeightKeywords.TryGetValue(keyword.Value, out var weight) => new FontWeightValue(weight),
            _ => Fail(expected, ref error),
        };
    }

    [GeneratedRegex(@"^(-?[0-9]*\.?[0-9]+)([a-z]+)$")]
    private static partial Regex LengthPattern();
}
