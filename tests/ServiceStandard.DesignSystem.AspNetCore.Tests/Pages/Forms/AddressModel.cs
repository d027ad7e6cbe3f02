using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ServiceStandard.DesignSystem.AspNetCore.Tests.Pages.Forms;

/// <summary>
/// An address asked in three fields, all required. ModelState keeps its keys shortest first (Town,
/// Postcode, AddressLine1); the error summary must list them in the order the form asks them.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class AddressModel : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter address line 1")]
    public string? AddressLine1 { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter town or city")]
    public string? Town { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter postcode")]
    public string? Postcode { get; set; }

    public void OnPost()
    {
    }
}
