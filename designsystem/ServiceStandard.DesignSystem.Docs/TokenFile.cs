using System.Text.Json;

namespace ServiceStandard.DesignSystem.Docs;

/// <summary>One token of the built tokens.json.</summary>
public sealed record DesignToken(string Name, string Type, string Value, string CssVariable, string? Description, string? TabletValue);

/// <summary>A text/background pair the tokens declare as usable, with its computed contrast ratio.</summary>
/// <param name="Use">body, large or ui: which WCAG minimum applies.</param>
public sealed record ContrastPair(string Name, string Foreground, string Background, string ForegroundValue, string BackgroundValue, string Use, double MinimumRatio, double Ratio);

/// <summary>
/// The design system's built <c>dist/tokens.json</c> (format servicestandard-tokens/1): the
/// foundations page is drawn from it, so its numbers are the ones the build computed and tested.
/// </summary>
public sealed record TokenFile(string Version, IReadOnlyList<DesignToken> Tokens, IReadOnlyList<ContrastPair> ContrastPairs)
{
    public const string Format = "servicestandard-tokens/1";

    public static TokenFile Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var format = root.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (format != Format)
        {
            throw new InvalidDataException($"{path}: format '{format}' is not {Format}; rebuild the design system.");
        }

        var tokens = new List<DesignToken>();
        foreach (var token in root.GetProperty("tokens").EnumerateObject())
        {
            var value = token.Value;
            string? tablet = null;
            if (value.TryGetProperty("responsive", out var responsive) && responsive.TryGetProperty("tablet", out var t))
            {
                tablet = t.GetString();
            }

            tokens.Add(new DesignToken(
                token.Name,
                value.GetProperty("type").GetString()!,
                value.GetProperty("value").ToString(),
                value.GetProperty("cssVariable").GetString()!,
                value.TryGetProperty("description", out var d) ? d.GetString() : null,
                tablet));
        }

        var pairs = root.TryGetProperty("contrastPairs", out var p)
            ? p.EnumerateArray().Select(pair => new ContrastPair(
                pair.GetProperty("name").GetString()!,
                pair.GetProperty("foreground").GetString()!,
                pair.GetProperty("background").GetString()!,
                pair.GetProperty("foregroundValue").GetString()!,
                pair.GetProperty("backgroundValue").GetString()!,
                pair.GetProperty("use").GetString()!,
                pair.GetProperty("minimumRatio").GetDouble(),
                pair.GetProperty("ratio").GetDouble())).ToList()
            : [];

        return new TokenFile(root.GetProperty("version").GetString()!, tokens, pairs);
    }
}
