using Microsoft.AspNetCore.Mvc;

namespace SampleService.CodeDefects;

/// <summary>
/// An MVC controller for renewing permits. The service maps Razor Pages only (no MapControllers),
/// so this is never routed to.
/// </summary>
public sealed class PermitRenewalController : Controller
{
    // PLANTED DEFECT SS0008 (expected-findings.yml): a POST action with no antiforgery validation.
    [HttpPost]
    public IActionResult Renew(string reference) => Content("Renewed " + reference);
}
