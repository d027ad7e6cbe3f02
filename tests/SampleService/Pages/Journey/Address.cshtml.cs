using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace SampleService.Pages.Journey;

public sealed partial class AddressModel : JourneyPageModel
{
    [BindProperty]
    public string? AddressLine1 { get; set; }

    [BindProperty]
    public string? Town { get; set; }

    [BindProperty]
    public string? Postcode { get; set; }

    public override string Step => "address";

    public override string PageTitle => T("address.title");

    // PLANTED DEFECT consistent-identification (expected-findings.yml): /bad/address's footer calls the cookies page "Your privacy".
    public override string CookiesLinkText => IsBad ? T("common.cookiesRenamed") : base.CookiesLinkText;

    protected override string? PreviousStep => "date-of-birth";

    // PLANTED DEFECT keyboard-trap (expected-findings.yml): on /bad/address, wwwroot/js/bad.js keeps
    // Tab inside the postcode lookup.
    public bool TrapFocusInPostcodeLookup => IsBad;

    public void OnGet()
    {
        var answers = LoadAnswers();
        (AddressLine1, Town, Postcode) = (answers.AddressLine1, answers.Town, answers.Postcode);
    }

    public IActionResult OnPost()
    {
        AddressLine1 = AddressLine1?.Trim();
        Town = Town?.Trim();
        Postcode = Postcode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(AddressLine1))
        {
            AddError("address-line-1", "address.error.line1");
        }

        if (string.IsNullOrEmpty(Town))
        {
            AddError("address-town", "address.error.town");
        }

        if (string.IsNullOrEmpty(Postcode))
        {
            AddError("address-postcode", "address.error.postcode");
        }
        else if (!PostcodePattern().IsMatch(Postcode))
        {
            AddError("address-postcode", "address.error.postcodeFormat");
        }

        if (HasErrors)
        {
            return Page();
        }

        var answers = LoadAnswers();
        (answers.AddressLine1, answers.Town, answers.Postcode) = (AddressLine1, Town, Postcode);
        SaveAnswers(answers);
        return RedirectToStep("permit-type");
    }

    /// <summary>Loose on purpose: UK ("SW1A 1AA") and Spanish ("28001") postcodes both pass.</summary>
    [GeneratedRegex("^[A-Z0-9][A-Z0-9 ]{1,8}[A-Z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodePattern();
}
