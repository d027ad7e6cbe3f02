using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ServiceStandard.DesignSystem.AspNetCore.Tests.Pages.Examples;

/// <summary>
/// The model behind every example page. Its properties are spelt as the examples' field names
/// (camelCase, <c>eventName</c>) so <c>asp-for</c> gives the examples' names and ids unchanged: the
/// pages show the tag helpers as a team writes them, and the output must still equal the examples.
/// </summary>
#pragma warning disable IDE1006, CA1819 // names as the examples spell them; arrays as model binding fills them
public sealed class ExampleModel : PageModel
{
    public string? eventName { get; set; }

    public string? postcode { get; set; }

    public string? telephone { get; set; }

    public string? passportNumber { get; set; }

    public string? nationalInsuranceNumber { get; set; }

    public string? fullName { get; set; }

    public string? email { get; set; }

    public string? password { get; set; }

    public string? newPassword { get; set; }

    public string? moreDetail { get; set; }

    public string? jobTitle { get; set; }

    public string? reason { get; set; }

    public string? sort { get; set; }

    public string? region { get; set; }

    public string? whereDoYouLive { get; set; }

    public string? changedName { get; set; }

    public string? signIn { get; set; }

    public string? contact { get; set; }

    public string? contactByEmail { get; set; }

    public string? contactByPhone { get; set; }

    public string[]? waste { get; set; }

    public string[]? nationality { get; set; }

    public bool terms { get; set; }

    public DateOnly? passportIssued { get; set; }

    public DateOnly? dob { get; set; }

    public string? addressLine1 { get; set; }

    public string? addressLine2 { get; set; }

    public string? addressTown { get; set; }

    public string? addressPostcode { get; set; }

    public string? contactEmail { get; set; }

    public string? contactPhone { get; set; }

    public IFormFile? licencePhoto { get; set; }

    public IReadOnlyList<IFormFile>? supportingDocuments { get; set; }
}
#pragma warning restore IDE1006, CA1819
