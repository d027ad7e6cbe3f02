namespace ServiceStandard.Gathering.Web.Probes;

/// <summary>
/// Every probe unit, in the order their scripts are installed and their read-only readers run;
/// within a phase, units run in this order too.
/// </summary>
internal static class ProbeUnits
{
    public static IReadOnlyList<ProbeUnit> All { get; } =
    [
        // Read on load before anything else (where focus is as the page loaded).
        new ErrorSummaryUnit(),
        new ComputedStylesUnit(),
        new PageStructureUnit(),
        new AxeUnit(),
        new KeyboardUnit(),
        new TextSpacingUnit(),
        new ReflowUnit(),
        // Hovers and presses Escape after the layout probes put the page back.
        new ContentUnit(),
        new FormsUnit(),
    ];
}
