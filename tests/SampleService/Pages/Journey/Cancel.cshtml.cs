using Microsoft.AspNetCore.Mvc;

namespace SampleService.Pages.Journey;

/// <summary>
/// Cancelling a permit: a change that cannot be undone. /good asks for the reference, then asks the
/// user to confirm that they understand before it cancels; /bad cancels at once.
/// </summary>
public sealed class CancelModel : SitePageModel
{
    /// <summary>The permit's reference: <c>CancelReference</c> on /good, so its id is <c>cancel-reference</c>.</summary>
    [BindProperty]
    public string? CancelReference { get; set; }

    /// <summary>"I understand…": <c>CancelConfirm</c> on /good, so its id is <c>cancel-confirm</c>.</summary>
    [BindProperty]
    public bool CancelConfirm { get; set; }

    // /bad's form, kept as it was, names these Reference and Confirmed: the same answers. A name that
    // was not posted is not bound, so these never overwrite /good's values.
    [BindProperty]
    public string? Reference { get => CancelReference; set => CancelReference ??= value; }

    [BindProperty]
    public bool Confirmed { get => CancelConfirm; set => CancelConfirm |= value; }

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
        CancelReference = CancelReference?.Trim();
        if (string.IsNullOrEmpty(CancelReference))
        {
            AddError(nameof(CancelReference), "cancel-reference", "cancel.error.reference");
            return Page();
        }

        // PLANTED DEFECT error-prevention (expected-findings.yml): /bad cancels the permit at once,
        // with no chance to check the reference or confirm an action that cannot be undone.
        if (IsBad || (Stage == "confirm" && CancelConfirm))
        {
            State = "done";
            return Page();
        }

        if (Stage == "confirm")
        {
            AddError(nameof(CancelConfirm), "cancel-confirm", "cancel.error.confirm");
        }

        State = "confirm";
        return Page();
    }
}
