using Microsoft.AspNetCore.Mvc;

namespace SampleService.Pages.Journey;

public sealed class HelpModel : SitePageModel
{
    public static IReadOnlyList<string> Topics { get; } = ["who", "types", "contact"];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public override string PageName => "page-help";

    public override string PageTitle => T("help.title");

    // PLANTED DEFECTS unlabelled-input and button-name (expected-findings.yml): on /bad/help the
    // search box has no label and the search button is an icon with no accessible name.
    public bool SearchIsUnlabelled => IsBad;

    // PLANTED DEFECT ds-unknown-modifier (expected-findings.yml): on /bad/help the phase banner's tag
    // carries a modifier the tag component does not have.
    public override string PhaseTagClass => IsBad ? base.PhaseTagClass + " ds-tag--shiny" : base.PhaseTagClass;

    public IReadOnlyList<string> Matches => string.IsNullOrWhiteSpace(Query)
        ? []
        : [.. Topics.Where(t =>
            T($"help.{t}.heading").Contains(Query.Trim(), StringComparison.OrdinalIgnoreCase) ||
            T($"help.{t}.text").Contains(Query.Trim(), StringComparison.OrdinalIgnoreCase))];

    public void OnGet()
    {
    }
}
