namespace ServiceStandard.DesignSystem.Build.Tokens;

/// <summary>
/// One resolved design token. <see cref="Path"/> is the dotted DTCG path (<c>color.text</c>);
/// <see cref="AliasOf"/> is the token its <c>$value</c> referred to, if it was an alias;
/// <see cref="Responsive"/> maps a breakpoint name to the value from that breakpoint on.
/// </summary>
public sealed record DesignToken(
    string Path,
    string Type,
    TokenValue Value,
    string? Description,
    string? AliasOf,
    IReadOnlyDictionary<string, TokenValue> Responsive,
    SourceLocation Location)
{
    public const string CssPrefix = "--ds-";

    /// <summary>The custom property tokens.css defines: <c>color.link-hover</c> becomes <c>--ds-color-link-hover</c>.</summary>
    public string CssVariable => CssVariableFor(Path);

    public static string CssVariableFor(string path) => CssPrefix + path.Replace('.', '-');
}

/// <summary>Which WCAG contrast minimum a declared text/background pair must meet.</summary>
public enum ContrastUse
{
    /// <summary>Body text: 4.5:1 (WCAG 1.4.3).</summary>
    Body,

    /// <summary>Large text, 24px regular or 19px bold and up: 3:1 (WCAG 1.4.3).</summary>
    Large,

    /// <summary>Component boundaries and focus indicators: 3:1 (WCAG 1.4.11).</summary>
    Ui,
}

/// <summary>A foreground/background combination the tokens declare usable, with the use that sets its minimum ratio.</summary>
public sealed record ContrastPair(string Name, string Foreground, string Background, ContrastUse Use, SourceLocation Location)
{
    public double MinimumRatio => Use == ContrastUse.Body ? 4.5 : 3.0;

    public static string UseName(ContrastUse use) => use switch
    {
        ContrastUse.Body => "body",
        ContrastUse.Large => "large",
        _ => "ui",
    };
}

/// <summary>All tokens of the design system, in source order (files by name, tokens as written), and the declared pairs.</summary>
public sealed class TokenSet
{
    private readonly Dictionary<string, DesignToken> _byPath;

    public TokenSet(IReadOnlyList<DesignToken> tokens, IReadOnlyList<ContrastPair> pairs)
    {
        Tokens = tokens;
        Pairs = pairs;
        _byPath = tokens.ToDictionary(t => t.Path, StringComparer.Ordinal);
    }

    public IReadOnlyList<DesignToken> Tokens { get; }

    public IReadOnlyList<ContrastPair> Pairs { get; }

    public DesignToken? Find(string path) => _byPath.GetValueOrDefault(path);

    public DesignToken this[string path] => _byPath.TryGetValue(path, out var token)
        ? token
        : throw new KeyNotFoundException($"No token {path}.");
}
