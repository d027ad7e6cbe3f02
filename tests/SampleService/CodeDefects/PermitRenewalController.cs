using Microsoft.AspNetCore.Mvc;

namespace SampleService.CodeDefects;

/// <summary>
/// An MVC controller for renewing permits. The service maps Razor Pages only (no MapControllers),
/// so this is never routed to.
/// </summary>
public sealed class PermitRenewalController : Controller
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, System.DateTimeOffset> Renewals = new();

    // PLANTED DEFECT SS0008 (expected-findings.yml): a POST action with no antiforgery validation that
    // changes state (it records the renewal), so another site can renew a permit in the user's session.
    [HttpPost]
    public IActionResult Renew(string reference)
    {
        Renewals[reference] = System.DateTimeOffset.UtcNow;
        return Content("Renewed " + reference);
    }
}
