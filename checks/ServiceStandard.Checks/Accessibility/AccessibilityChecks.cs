using ServiceStandard.Checks.Accessibility.Axe;
using ServiceStandard.Checks.Accessibility.Content;
using ServiceStandard.Checks.Accessibility.Consistency;
using ServiceStandard.Checks.Accessibility.CrossPage;
using ServiceStandard.Checks.Accessibility.Html;
using ServiceStandard.Checks.Accessibility.Journey;
using ServiceStandard.Checks.Accessibility.Keyboard;
using ServiceStandard.Checks.Accessibility.Reflow;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;

namespace ServiceStandard.Checks.Accessibility;

/// <summary>The accessibility family: every web check of it, in the order they report.</summary>
public static class AccessibilityChecks
{
    public const string Family = "accessibility";

    /// <summary>All accessibility checks, their texts from <paramref name="catalog"/> (the shipped one by default).</summary>
    public static IReadOnlyList<IWebCheck> Create(CheckCatalog? catalog = null)
    {
        catalog ??= CheckCatalog.Shipped;
        return
        [
            new AxeCheck(),
            new KeyboardCheck(catalog),
            new ReflowCheck(catalog),
            new HtmlCheck(catalog),
            new CrossPageCheck(catalog),
            new ContentCheck(catalog),
            new ConsistencyCheck(catalog),
            new JourneyCheck(catalog),
        ];
    }
}
