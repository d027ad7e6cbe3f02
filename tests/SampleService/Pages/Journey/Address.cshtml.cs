using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace SampleService.Pages.Journey;

public sealed partial class AddressModel : JourneyPageModel
{
    [BindProperty]
    public string? AddressLine1 { get; set; }

    /// <summary>The town: <c>AddressTown</c> on /good, so the tag helper's id is <c>address-town</c>.</summary>
    [BindProperty]
    public string? AddressTown { get; set; }

    [BindProperty]
    public string? AddressPostcode { get; set; }

    // /bad's form, kept as it was, names these two fields Town and Postcode: the same answers.
    // A name that was not posted is not bound, so these never overwrite /good's values.
    [BindProperty]
    public string? Town { get => AddressTown; set => AddressTown ??= value; }

    [BindProperty]
    public string? Postcode { get => AddressPostcode; set => AddressPostcode ??= value; }

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
        (AddressLine1, AddressTown, AddressPostcode) = (answers.AddressLine1, answers.Town, answers.Postcode);
    }

    public IActionResult OnPost()
    {
        AddressLine1 = AddressLine1?.Trim();
        AddressTown = AddressTown?.Trim();
        AddressPostcode = AddressPostcode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(AddressLine1))
        {
            AddError(nameof(AddressLine1), "address-line-1", "address.error.line1");
        }

        if (string.IsNullOrEmpty(AddressTown))
        {
            AddError(nameof(AddressTown), "address-town", "address.error.town");
        }

        if (string.IsNullOrEmpty(AddressPostcode))
        {
            AddError(nameof(AddressPostcode), "address-postcode", "address.error.postcode");
        }
        else if (!PostcodePattern().IsMatch(AddressPostcode))
        {
            AddError(nameof(AddressPostcode), "address-postcode", "address.error.postcodeFormat");
        }

        if (HasErrors)
        {
            return Page();
        }

        var answers = LoadAnswers();
        (answers.AddressLine1, answers.Town, answers.Postcode) = (AddressLine1, AddressTown, AddressPostcode);
        SaveAnswers(answers);
        return RedirectToStep("permit-type");
    }

    /// <summary>Loose on purpose: UK ("SW1A 1AA") and Spanish ("28001") postcodes both pass.</summary>
    [GeneratedRegex("^[A-Z0-9][A-Z0-9 ]{1,8}[A-Z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodePattern();
}
