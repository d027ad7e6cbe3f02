using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ServiceStandard.DesignSystem.AspNetCore.Tests.Pages.Forms;

/// <summary>A sign-in page as a team writes one: an email address and a password, both required.</summary>
[IgnoreAntiforgeryToken]
#pragma warning disable IDE1006 // names as the examples spell them, so the output can be compared with them
public sealed class SignInModel : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    public string? email { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    public string? password { get; set; }

    public void OnPost()
    {
    }
}
#pragma warning restore IDE1006
