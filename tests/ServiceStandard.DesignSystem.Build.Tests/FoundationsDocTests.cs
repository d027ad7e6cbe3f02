using System.Globalization;
using System.Text.RegularExpressions;
using ServiceStandard.DesignSystem.Build.Contrast;
using ServiceStandard.DesignSystem.Build.Tokens;
using ServiceStandard.Testing;

namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>docs/design-system/foundations.md quotes token values and contrast ratios: they must be the real ones.</summary>
public sealed partial class FoundationsDocTests(ShippedBuild build) : IClassFixture<ShippedBuild>
{
    private static readonly string Doc = File.ReadAllText(RepositoryPaths.Combine("docs", "design-system", "foundations.md"));

    [Fact]
    public void Every_custom_property_value_in_the_tables_is_the_token_value()
    {
        var rows = TokenRow().Matches(Doc).ToList();

        Assert.True(rows.Count > 40, $"only {rows.Count} token rows found");
        foreach (var row in rows)
        {
            var token = build.Tokens.Tokens.SingleOrDefault(t => t.CssVariable == row.Groups["name"].Value);
            Assert.True(token is not null, $"foundations.md names {row.Groups["name"].Value}, which is not a token");
            Assert.Equal(token.Value.ToCss(), row.Groups["value"].Value);
        }
    }

    [Fact]
    public void Every_declared_pair_is_in_the_doc_with_its_ratio()
    {
        foreach (var pair in build.Tokens.Pairs)
        {
            var ratio = WcagContrast.Displayed(WcagContrast.Evaluate(pair, build.Tokens).Ratio).ToString("0.00", CultureInfo.InvariantCulture);
            Assert.Contains($"| {pair.Name} | `{pair.Foreground}` on `{pair.Background}` | {ContrastPair.UseName(pair.Use)} | {ratio}:1 |", Doc, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"^\| (?:[^|]*\| )?`(?<name>--ds-[a-z0-9-]+)` \| `(?<value>[^`]+)` \|", RegexOptions.Multiline)]
    private static partial Regex TokenRow();
}
