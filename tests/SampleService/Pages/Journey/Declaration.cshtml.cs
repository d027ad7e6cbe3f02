using Microsoft.AspNetCore.Mvc;

namespace SampleService.Pages.Journey;

public sealed class DeclarationModel : JourneyPageModel
{
    /// <summary>The declaration's checkbox: <c>DeclarationConfirm</c> on /good, so its id is <c>declaration-confirm</c>.</summary>
    [BindProperty]
    public bool DeclarationConfirm { get; set; }

    // /bad's form, kept as it was, names the checkbox Declared. An unticked box posts nothing either way.
    [BindProperty]
    public bool Declared { get => DeclarationConfirm; set => DeclarationConfirm |= value; }

    public override string Step => "declaration";

    // PLANTED DEFECT duplicate-title (expected-findings.yml): /bad/declaration reuses the title of
    // /bad/permit-type (a copy-and-paste slip).
    public override string PageTitle => IsBad ? T("permit.title") : T("declaration.title");

    // PLANTED DEFECT consistent-help (expected-findings.yml): /bad/declaration has its Help link in the header, not the footer.
    public override bool HelpLinkInHeader => IsBad;

    protected override string? PreviousStep => "permit-type";

    // PLANTED DEFECT focus-not-visible (expected-findings.yml): wwwroot/css/bad.css removes the focus
    // outline of the Continue button on /bad/declaration (body.page-declaration) with no replacement.
    public void OnGet() => Declared = LoadAnswers().Declared;

    public IActionResult OnPost()
    {
        if (!Declared)
        {
            AddError(nameof(DeclarationConfirm), "declaration", "declaration.error.required", "declaration-confirm");
            return Page();
        }

        var answers = LoadAnswers();
        answers.Declared = true;
        SaveAnswers(answers);
        return RedirectToStep("check-answers");
    }
}
