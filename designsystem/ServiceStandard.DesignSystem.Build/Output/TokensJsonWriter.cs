using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ServiceStandard.DesignSystem.Build.Contrast;
using ServiceStandard.DesignSystem.Build.Tokens;

namespace ServiceStandard.DesignSystem.Build.Output;

/// <summary>
/// Writes tokens.json: every token flat under its dotted path, resolved to its CSS text, with its
/// custom property, and the declared contrast pairs with their computed ratios. For tools (the
/// colour-palette checks, the docs site's swatches) that should not parse DTCG or resolve aliases.
/// </summary>
public static class TokensJsonWriter
{
    public const string Format = "servicestandard-tokens/1";

    public static string Write(TokenSet tokens, string packageName, string version)
    {
        var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("name", packageName);
            json.WriteString("version", version);
            json.WriteStartObject("tokens");
            foreach (var token in tokens.Tokens)
            {
                json.WriteStartObject(token.Path);
                json.WriteString("type", token.Type);
                json.WriteString("value", token.Value.ToCss());
                json.WriteString("cssVariable", token.CssVariable);
                if (token.AliasOf is not null)
                {
                    json.WriteString("aliasOf", token.AliasOf);
                }

                if (token.Responsive.Count > 0)
                {
                    json.WriteStartObject("responsive");
                    foreach (var (breakpoint, value) in token.Responsive.OrderBy(r => r.Key, StringComparer.Ordinal))
                    {
                        json.WriteString(breakpoint, value.ToCss());
                    }

                    json.WriteEndObject();
                }

                if (token.Description is not null)
                {
                    json.WriteString("description", token.Description);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("contrastPairs");
            foreach (var result in tokens.Pairs.Select(p => WcagContrast.Evaluate(p, tokens)))
            {
                json.WriteStartObject();
                json.WriteString("name", result.Pair.Name);
                json.WriteString("foreground", result.Pair.Foreground);
                json.WriteString("background", result.Pair.Background);
                json.WriteString("foregroundValue", result.Foreground.Hex);
                json.WriteString("backgroundValue", result.Background.Hex);
                json.WriteString("use", ContrastPair.UseName(result.Pair.Use));
                json.WriteNumber("minimumRatio", result.Pair.MinimumRatio);
                json.WriteNumber("ratio", WcagContrast.Displayed(result.Ratio));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
