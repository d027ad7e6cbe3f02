namespace ServiceStandard.Model.Assessment;

/// <summary>
/// A check that failed to run (it threw): reported as an error outcome for that check, never as a
/// crash of the run. <paramref name="Url"/> names the page it failed on, for page-level checks.
/// </summary>
public sealed record CheckError(string CheckId, string Message, string? Url = null);

/// <summary>
/// A page a check could not assess because the evidence it reads was not gathered there
/// (<paramref name="Missing"/>: axe, keyboard, reflow, text-spacing, html).
/// </summary>
public sealed record EvidenceGap(string CheckId, string Url, IReadOnlyList<string> Missing);
