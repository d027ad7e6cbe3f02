using System.Globalization;
using ServiceStandard.DesignSystem.Build.Contrast;
using ServiceStandard.DesignSystem.Build.Tokens;

namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>
/// Every text/background pair the tokens declare usable meets WCAG 2.2 contrast: 4.5:1 for body
/// text, 3:1 for large text and for UI (component boundaries, focus indicators).
/// </summary>
public sealed class ContrastTests
{
    private static readonly Lazy<TokenSet> Shipped = new(() =>
    {
        var result = TokenLoader.LoadDirectory(DesignSystemPaths.Tokens);
        return result.Tokens ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    });

    public static TheoryData<string> DeclaredPairs()
    {
        var data = new TheoryData<string>();
        foreach (var pair in Shipped.Value.Pairs)
        {
            data.Add(pair.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeclaredPairs))]
    public void Every_declared_pair_meets_its_minimum_contrast(string pairName)
    {
        var pair = Shipped.Value.Pairs.Single(p => p.Name == pairName);

        var result = WcagContrast.Evaluate(pair, Shipped.Value);

        Assert.True(result.Passes, $"Contrast too low: {result}");
    }

    [Fact]
    public void The_tokens_declare_pairs_for_body_text_large_text_and_ui()
    {
        var uses = Shipped.Value.Pairs.Select(p => p.Use).ToHashSet();

        Assert.Equal([ContrastUse.Body, ContrastUse.Large, ContrastUse.Ui], uses.Order());
        Assert.Contains(Shipped.Value.Pairs, p => p.Foreground == "color.text" && p.Background == "color.background");
        Assert.Contains(Shipped.Value.Pairs, p => p.Foreground == "color.focus-text" && p.Background == "color.focus");
        Assert.Equal(Shipped.Value.Pairs.Count, Shipped.Value.Pairs.Select(p => p.Name).Distinct().Count());
    }

    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#ffffff", "#000000", 21.0)]
    [InlineData("#ffffff", "#ffffff", 1.0)]
    [InlineData("#767676", "#ffffff", 4.54)]
    [InlineData("#0b0c0c", "#ffdd00", 14.55)]
    [InlineData("#1d70b8", "#ffffff", 5.17)]
    public void Ratios_match_the_wcag_formula(string foreground, string background, double expected)
    {
        Assert.True(ColorValue.TryParseHex(foreground, out var fg));
        Assert.True(ColorValue.TryParseHex(background, out var bg));

        Assert.Equal(expected, WcagContrast.Ratio(fg, bg), precision: 2);
    }

    [Fact]
    public void A_pair_below_its_minimum_fails_and_the_message_names_the_pair_and_its_ratio()
    {
        var result = TokenLoader.Load([new TokenSource("t.tokens.json", """
            {
              "$extensions": { "org.servicestandard.contrast-pairs": [
                { "name": "Grey hint on white", "foreground": "{c.hint}", "background": "{c.page}", "use": "body" },
                { "name": "Grey border on white", "foreground": "{c.hint}", "background": "{c.page}", "use": "ui" }
              ] },
              "c": { "$type": "color", "hint": { "$value": "#949494" }, "page": { "$value": "#ffffff" } }
            }
            """)]);
        var tokens = Assert.IsType<TokenSet>(result.Tokens);

        var body = WcagContrast.Evaluate(tokens.Pairs[0], tokens);
        var ui = WcagContrast.Evaluate(tokens.Pairs[1], tokens);

        Assert.False(body.Passes);
        Assert.True(ui.Passes);
        Assert.Equal("Grey hint on white (c.hint #949494 on c.page #ffffff, body): 3.03:1, needs 4.5:1", body.ToString());
    }

    [Fact]
    public void A_ratio_just_under_the_minimum_fails_even_if_it_would_round_up()
    {
        // #777777 on white is 4.478:1: it rounds to 4.5 but does not meet it.
        Assert.True(ColorValue.TryParseHex("#777777", out var grey));
        Assert.True(ColorValue.TryParseHex("#ffffff", out var white));
        var pair = new ContrastPair("Near miss", "g", "w", ContrastUse.Body, default);
        var tokens = new TokenSet(
            [Token("g", grey), Token("w", white)],
            [pair]);

        var result = WcagContrast.Evaluate(pair, tokens);

        Assert.False(result.Passes);
        Assert.Equal("4.47", WcagContrast.Displayed(result.Ratio).ToString("0.00", CultureInfo.InvariantCulture));
    }

    private static DesignToken Token(string path, ColorValue value) =>
        new(path, "color", value, null, null, new Dictionary<string, TokenValue>(), default);
}
