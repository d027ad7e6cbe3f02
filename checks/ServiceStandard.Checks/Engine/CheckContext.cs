using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Engine;

/// <summary>What a check needs to know about the run besides the evidence.</summary>
public sealed record CheckContext
{
    public static CheckContext Default { get; } = new();

    /// <summary>The report's language, en or es: the language of our messages and help.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The languages the service declares (servicestandard.yml service.languages); empty when not declared.</summary>
    public IReadOnlyList<string> ServiceLanguages { get; init; } = [];

    /// <summary>The service's phase in lowercase (discovery, alpha, beta, live), or null when not declared.</summary>
    public string? ServicePhase { get; init; }

    /// <summary>
    /// The WCAG level tags in scope, as axe names them (<c>wcag2a</c>, <c>wcag2aa</c>, <c>wcag21a</c>,
    /// <c>wcag21aa</c>, <c>wcag22aa</c>; ConfigKeywords.AxeTags gives the list for a level). A finding that
    /// carries level tags is kept only when one of them, or a higher level of the same WCAG version, is listed; findings without a level tag
    /// (axe best-practice rules) are kept. Empty: no filter.
    /// </summary>
    public IReadOnlyList<string> WcagLevelTags { get; init; } = [];

    /// <summary>Whether <paramref name="finding"/> is within the WCAG level the run assesses.</summary>
    public bool IsInScope(Finding finding)
    {
        if (WcagLevelTags.Count == 0)
        {
            return true;
        }

        // axe-core has no wcag22a tag, yet a run at wcag22aa takes in WCAG 2.2's level A criteria
        // (3.2.6, 3.3.7): a level is in scope when it or a higher level of its version is listed.
        var levels = finding.Tags.Where(WcagTags.IsLevelTag).ToList();
        return levels.Count == 0 || levels.Any(tag => WcagLevelTags.Contains(tag, StringComparer.Ordinal) || WithinListedLevel(tag));
    }

    // A level-A criterion that WCAG 2.2 added (3.2.6, 3.3.7) is tagged wcag22a, which axe-core's
    // lists leave out (it has no such rule); a run at wcag22aa takes it in. So a level tag is also
    // in scope when the same version is listed at a higher level (wcag22a under wcag22aa).
    private bool WithinListedLevel(string tag)
    {
        var version = tag.TrimEnd('a');
        var level = tag.Length - version.Length;
        return WcagLevelTags.Any(listed => listed.TrimEnd('a') == version && listed.Length - version.Length >= level);
    }
}
