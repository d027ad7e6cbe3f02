using Microsoft.AspNetCore.Mvc;

namespace SampleService.Pages.Journey;

/// <summary>
/// Cancelling a permit: a change that cannot be undone. /good asks for the reference, then asks the
/// user to confirm that they understand before it cancels; /bad cancels at once.
/// </summary>
public sealed class CancelModel : SitePageModel
{
    [BindProperty]
    public string? Reference { get; set; }

    [BindProperty]
    public bool Confirmed { get; set; }

    [BindProperty]
    public string? Stage { get; set; }

    /// <summary>ask (the reference), confirm (are you sure?) or done.</summary>
    public string State { get; private set; } = "ask";

    public override string PageName => "page-cancel";

    public override string PageTitle => T(State switch
    {
        "confirm" => "cancel.confirmTitle",
        "done" => "cancel.doneTitle",
        _ => "cancel.title",
    });

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        Reference = Reference?.Trim();
        if (string.IsNullOrEmpty(Reference))
        {
            AddError("cancel-reference", "cancel.error.reference");
            return Page();
        }

        // PLANTED DEFECT error-prevention (expected-findings.yml): /bad cancels the permit at once,
        // with no chance to check the reference or confirm an action that cannot be undone.
        if (IsBad || (Stage == "confirm" && Confirmed))
        {
            State = "done";
            return Page();
        }

        if (Stage == "confirm")
        {
            AddError("cancel-confirm", "cancel.error.confirm");
        }

        State = "confirm";
        return Page();
    }
}
