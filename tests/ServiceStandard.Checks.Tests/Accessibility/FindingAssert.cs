using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Tests.Accessibility;

internal static class FindingAssert
{
    /// <summary>Asserts the parts of a finding a report shows, exactly.</summary>
    public static void Is(
        Finding finding,
        string qualifiedRuleId,
        Severity severity,
        FindingKind kind,
        string url,
        string? selector,
        string message,
        IReadOnlyList<string> tags)
    {
        Assert.Equal(qualifiedRuleId, finding.QualifiedRuleId);
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(kind, finding.Kind);
        var location = Assert.IsType<PageLocation>(finding.Location);
        Assert.Equal(url, location.Url);
        Assert.Equal(selector, location.Selector);
        Assert.Equal(message, finding.Message);
        Assert.Equal(tags, finding.Tags);
        Assert.Matches("^[0-9a-f]{32}$", finding.Fingerprint);
        Assert.False(string.IsNullOrWhiteSpace(finding.Help));
    }
}
