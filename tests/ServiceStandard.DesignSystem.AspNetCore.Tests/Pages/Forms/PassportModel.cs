using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ServiceStandard.DesignSystem.AspNetCore.Tests.Pages.Forms;

/// <summary>A question page as a team writes one: bound properties, data annotations, the page shown again with its errors.</summary>
[IgnoreAntiforgeryToken]
#pragma warning disable IDE1006 // names as the examples spell them, so the output can be compared with them
public sealed class PassportModel : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter an event name")]
    public string? eventName { get; set; }

    [BindProperty]
    [Display(Name = "The date your passport was issued")]
    [Required(ErrorMessage = "Enter the date your passport was issued")]
    public DateOnly? passportIssued { get; set; }

    /// <summary>Set by <c>?whole-date-error=1</c>: an error the page adds itself on the whole date, after binding.</summary>
    public void OnGet([FromQuery(Name = "whole-date-error")] bool wholeDateError)
    {
        if (wholeDateError)
        {
            ModelState.AddModelError(nameof(passportIssued), "The date your passport was issued must be in the past");
        }
    }

    public void OnPost()
    {
    }
}
#pragma warning restore IDE1006
