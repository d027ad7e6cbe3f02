using SampleService.Infrastructure;

namespace SampleService.Pages.Journey;

public sealed class ConfirmationModel : JourneyPageModel
{
    public string Reference { get; private set; } = string.Empty;

    public override string Step => "confirmation";

    public override string PageTitle => T("confirmation.title");

    // PLANTED DEFECT not-reachable (expected-findings.yml): /bad/confirmation's "Print this page" is a
    // <div onclick> with no role and no tabindex, so a keyboard cannot reach it.
    public bool PrintControlIsDiv => IsBad;

    // PLANTED DEFECT ds-not-loaded (expected-findings.yml): /bad/confirmation does not link the design system's stylesheet.
    public override bool LoadsDesignSystem => !IsBad;

    public void OnGet()
    {
        var answers = LoadAnswers();
        Reference = answers.Reference ?? answers.ComputeReference();
    }
}
