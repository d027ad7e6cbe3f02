using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Reflow;

/// <summary>Names the elements a layout probe blamed, for a message: <c>table (612 px), pre (480 px) and 3 more</c>.</summary>
internal static class OffenderList
{
    public const int Named = 5;

    public static string Describe(IReadOnlyList<OverflowingElement> offenders, RuleDescriptor rule, string language)
    {
        var named = string.Join(", ", offenders.Take(Named).Select(o => $"{o.Selector} ({o.Width} px)"));
        return offenders.Count <= Named
            ? named
            : $"{named} {rule.Message("more", language, ("count", offenders.Count - Named))}";
    }
}
