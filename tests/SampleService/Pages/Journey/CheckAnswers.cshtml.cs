using Microsoft.AspNetCore.Mvc;
using SampleService.Infrastructure;

namespace SampleService.Pages.Journey;

public sealed class CheckAnswersModel : JourneyPageModel
{
    public Answers Answers { get; private set; } = new();

    public override string Step => "check-answers";

    public override string PageTitle => T("check.title");

    protected override string? PreviousStep => "declaration";

    // PLANTED DEFECT horizontal-scroll (expected-findings.yml): /bad/check-answers's fee table is
    // 900 px wide (wwwroot/css/bad.css), so a 320 px wide window scrolls sideways.
    public string FeeTableClass => IsBad ? "table fee-table fee-table--fixed" : "table fee-table";

    public string? DateOfBirthText => Answers.DateOfBirth is { } date ? Strings.FormatDate(date, Lang) : null;

    public string? PermitTypeText => PermitTypes.IsKnown(Answers.PermitType) ? T("permit." + Answers.PermitType) : null;

    public void OnGet() => Answers = LoadAnswers();

    public IActionResult OnPost()
    {
        Answers = LoadAnswers();
        var missing = Answers.FirstIncompleteStep();
        if (missing is not null)
        {
            return Redirect(StepHref(missing));
        }

        Answers.Reference = Answers.ComputeReference();
        SaveAnswers(Answers);
        return Redirect(StepHref("confirmation"));
    }
}
