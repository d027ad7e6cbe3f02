using ServiceStandard.Standard.Wcag;

namespace ServiceStandard.Checks.Descriptors;

/// <summary>
/// The tags a finding carries for the WCAG success criteria it fails, in axe-core's vocabulary:
/// the criterion tag (<c>wcag1410</c>) and the level tag of the WCAG version that introduced it
/// (<c>wcag2a</c>, <c>wcag21aa</c>, <c>wcag22aa</c>), so a run at <c>wcag2aa</c> leaves out 2.1
/// criteria exactly as axe's <c>runOnly</c> tags do.
/// </summary>
public static class WcagTags
{
    // The WCAG catalogue does not record the version a criterion came in; these are the
    // criteria WCAG 2.1 and 2.2 added (https://www.w3.org/WAI/standards-guidelines/wcag/new-in-21/, new-in-22/).
    private static readonly HashSet<string> AddedIn21 =
    [
        "1.3.4", "1.3.5", "1.3.6", "1.4.10", "1.4.11", "1.4.12", "1.4.13", "2.1.4", "2.2.6", "2.3.3",
        "2.5.1", "2.5.2", "2.5.3", "2.5.4", "2.5.5", "2.5.6", "4.1.3",
    ];

    private static readonly HashSet<string> AddedIn22 =
        ["2.4.11", "2.4.12", "2.4.13", "2.5.7", "2.5.8", "3.2.6", "3.3.7", "3.3.8", "3.3.9"];

    /// <summary>The WCAG version that introduced <paramref name="criterion"/>: "2.0", "2.1" or "2.2".</summary>
    public static string IntroducedIn(SuccessCriterion criterion) =>
        AddedIn22.Contains(criterion.Number) ? "2.2" : AddedIn21.Contains(criterion.Number) ? "2.1" : "2.0";

    /// <summary>axe's level tag for a criterion: 2.1.1 → wcag2a, 1.4.10 → wcag21aa, 2.4.11 → wcag22aa.</summary>
    public static string LevelTag(SuccessCriterion criterion)
    {
        var version = IntroducedIn(criterion) switch
        {
            "2.1" => "21",
            "2.2" => "22",
            _ => "2",
        };
        return "wcag" + version + criterion.Level.ToString().ToLowerInvariant();
    }

    /// <summary>
    /// Whether <paramref name="tag"/> is a level tag (wcag2a … wcag22aaa), as opposed to a criterion
    /// tag (wcag143) or any other tag (best-practice, cat.color).
    /// </summary>
    public static bool IsLevelTag(string tag) =>
        tag.StartsWith("wcag2", StringComparison.Ordinal) &&
        tag.AsSpan(5).TrimStart("0123456789") is { Length: >= 1 and <= 3 } level &&
        level.IndexOfAnyExcept('a') < 0;
}
