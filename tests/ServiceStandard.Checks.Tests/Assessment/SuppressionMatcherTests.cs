using ServiceStandard.Assessing;
using ServiceStandard.Configuration;
using ServiceStandard.Model.Findings;
using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.Checks.Tests.Assessment;

public class SuppressionMatcherTests
{
    private static readonly SourceLocation At = new("/repo/servicestandard.yml", 31, 5);

    private static readonly Finding Contrast = new(
        "accessibility/axe", "color-contrast", Severity.Serious, FindingKind.Violation, "m", "h", null, ["accessibility", "wcag143"],
        new PageLocation("http://127.0.0.1:5000/legacy/fees?x=1", "p.hint"), new string('a', 32));

    private static readonly Finding Trap = new(
        "accessibility/keyboard", "trap", Severity.Critical, FindingKind.Violation, "m", "h", null, ["accessibility"],
        new PageLocation("http://127.0.0.1:5000/apply/name", "#picker"), new string('b', 32));

    private static readonly Finding Secret = new(
        "code/analyzers", "SS0003", Severity.Serious, FindingKind.Violation, "m", "h", null, ["code"],
        new SourceLocationSpan("src/Legacy/Keys.cs", 3, 1, 3, 20), new string('c', 32));

    private static readonly Finding[] All = [Contrast, Trap, Secret];

    private static Suppression Suppress(string? check = null, string? fingerprint = null, string? url = null, string? path = null) =>
        new(check, fingerprint, url, path, "Legacy page replaced in March", At);

    [Theory]
    [InlineData("accessibility/axe/color-contrast", null, null, null, "color-contrast")]
    [InlineData("accessibility/axe", null, null, null, "color-contrast")]
    [InlineData("accessibility", null, null, null, "color-contrast,trap")]
    [InlineData(null, "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB", null, null, "trap")]
    [InlineData(null, null, "/legacy/**", null, "color-contrast")]
    [InlineData(null, null, "/apply/*", null, "trap")]
    [InlineData(null, null, "/apply", null, "")]
    [InlineData(null, null, null, "src/Legacy/**", "SS0003")]
    [InlineData("accessibility/axe/color-contrast", null, "/apply/**", null, "")]
    [InlineData("accessibility/ax", null, null, null, "")]
    public void A_finding_is_suppressed_when_it_matches_every_matcher_given(string? check, string? fingerprint, string? url, string? path, string expected)
    {
        var (active, suppressed) = SuppressionMatcher.Apply(All, [Suppress(check, fingerprint, url, path)]);

        Assert.Equal(expected, string.Join(",", suppressed.Select(s => s.Finding.RuleId)));
        Assert.Equal(All.Length, active.Count + suppressed.Count);
    }

    [Fact]
    public void A_suppressed_finding_keeps_the_reason_and_says_which_suppression_matched()
    {
        var (_, suppressed) = SuppressionMatcher.Apply(All, [Suppress("accessibility/axe/color-contrast", url: "/legacy/**")]);

        var entry = Assert.Single(suppressed);
        Assert.Equal("Legacy page replaced in March", entry.Reason);
        Assert.Equal("check accessibility/axe/color-contrast, url /legacy/** (servicestandard.yml:31:5)", entry.Suppression);
        Assert.Same(Contrast, entry.Finding);
    }

    [Fact]
    public void Suppressions_from_a_config_file_apply()
    {
        var config = ConfigLoader.Parse(
            """
            schemaVersion: 1
            suppressions:
              - check: accessibility/keyboard
                reason: The date picker is replaced next sprint
            """,
            "servicestandard.yml",
            "/repo").Value!;

        var (active, suppressed) = SuppressionMatcher.Apply(All, config.Suppressions);

        Assert.Equal(["trap"], suppressed.Select(s => s.Finding.RuleId));
        Assert.Equal("check accessibility/keyboard (servicestandard.yml:3:5)", suppressed[0].Suppression);
        Assert.Equal(2, active.Count);
    }
}
