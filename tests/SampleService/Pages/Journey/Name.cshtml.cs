using Microsoft.AspNetCore.Mvc;

namespace SampleService.Pages.Journey;

public sealed class NameModel : JourneyPageModel
{
    public const int MaxLength = 100;

    [BindProperty]
    public string? FullName { get; set; }

    public override string Step => "name";

    public override string PageTitle => T("name.title");

    protected override string? PreviousStep => "start";

    // PLANTED DEFECT empty-link (expected-findings.yml): /bad/name's back link has no text.
    public override bool EmptyBackLink => IsBad;

    // PLANTED DEFECT error-summary-focus (expected-findings.yml): /bad/name's summary is not focused on load.
    public override bool ErrorSummaryManagesFocus => !IsBad;

    public void OnGet() => FullName = LoadAnswers().FullName;

    public IActionResult OnPost()
    {
        FullName = FullName?.Trim();
        // PLANTED DEFECT error-summary-link (expected-findings.yml): /bad/name's summary links to the
        // input's name ("FullName") instead of its id ("full-name"), so the link moves focus nowhere.
        var href = IsBad ? "FullName" : null;
        if (string.IsNullOrEmpty(FullName))
        {
            AddError(nameof(FullName), "full-name", "name.error.required", href);
        }
        else if (FullName.Length > MaxLength)
        {
            AddError(nameof(FullName), "full-name", "name.error.tooLong", href);
        }

        if (HasErrors)
        {
            return Page();
        }

        var answers = LoadAnswers();
        answers.FullName = FullName;
        SaveAnswers(answers);
        return RedirectToStep("date-of-birth");
    }
}
