using Microsoft.AspNetCore.Mvc;

namespace SampleService.CodeDefects;

/// <summary>A permit lookup that logs what it was asked for. The service maps no controllers.</summary>
public sealed class PermitLookupController(ILogger<PermitLookupController> logger) : Controller
{
    [HttpGet]
    public IActionResult Find(string reference)
    {
        // PLANTED DEFECT SS0016 (expected-findings.yml): the reference from the query string is pasted into the log message.
        logger.LogInformation("Permit lookup for " + reference);
        return NotFound();
    }
}
