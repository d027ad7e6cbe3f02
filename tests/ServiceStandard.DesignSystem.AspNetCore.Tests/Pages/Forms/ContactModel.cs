using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ServiceStandard.DesignSystem.AspNetCore.Tests.Pages.Forms;

/// <summary>Radios with a conditional question, and checkboxes, posted back: the choices stay chosen and the chosen reveal shown.</summary>
[IgnoreAntiforgeryToken]
public sealed class ContactModel : PageModel
{
    [BindProperty]
    public string? Contact { get; set; }

    [BindProperty]
    public string? ContactByEmail { get; set; }

    [BindProperty]
    public IReadOnlyList<string> Waste { get; set; } = [];

    public void OnPost()
    {
        if (Contact == "email" && string.IsNullOrEmpty(ContactByEmail))
        {
            ModelState.AddModelError(nameof(ContactByEmail), "Enter an email address");
        }
    }
}
