using Microsoft.AspNetCore.Mvc;
using SampleService.Infrastructure;

namespace SampleService.Pages.Journey;

public sealed class PermitTypeModel : JourneyPageModel
{
    [BindProperty]
    public string? PermitType { get; set; }

    public override string Step => "permit-type";

    public override string PageTitle => T("permit.title");

    // PLANTED DEFECT consistent-navigation (expected-findings.yml): /bad/permit-type's footer lists Cookies before Help.
    public override bool FooterLinksReordered => IsBad;

    protected override string? PreviousStep => "address";

    // PLANTED DEFECT duplicate-id-aria / duplicate-id-html (expected-findings.yml): on /bad/permit-type
    // the concessions note reuses the id of the fieldset's hint, which aria-describedby points at.
    public string? ConcessionsNoteId => IsBad ? "permit-type-hint" : null;

    public void OnGet() => PermitType = LoadAnswers().PermitType;

    public IActionResult OnPost()
    {
        if (!PermitTypes.IsKnown(PermitType))
        {
            PermitType = null;
            AddError(nameof(PermitType), "permit-type", "permit.error.required", "permit-type-annual");
            return Page();
        }

        var answers = LoadAnswers();
        answers.PermitType = PermitType;
        SaveAnswers(answers);
        return RedirectToStep("declaration");
    }
}
