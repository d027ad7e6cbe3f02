using Microsoft.AspNetCore.Mvc;

namespace SampleService.CodeDefects;

/// <summary>A fees lookup against a file that was never shipped. The service maps no controllers.</summary>
public sealed class PermitFeesController : Controller
{
    [HttpGet]
    public IActionResult Fees()
    {
        try
        {
            return Content(System.IO.File.ReadAllText("fees.csv"));
        }
        catch (IOException ex)
        {
            // PLANTED DEFECT SS0017 (expected-findings.yml): the exception, stack trace and all, is sent to the user.
            return Problem(ex.ToString());
        }
    }

    [HttpGet]
    public IActionResult Concession(string code)
    {
        try
        {
            return Content(Concessions.Describe(code));
        }
        catch (ConcessionException ex)
        {
            // PLANTED DEFECT SS0018 (expected-findings.yml): the service's own exception message is sent; a person checks every throw is fit for users.
            return BadRequest(ex.Message);
        }
    }
}

/// <summary>The service's own exception for a concession code it does not know.</summary>
public sealed class ConcessionException(string message) : Exception(message);

internal static class Concessions
{
    internal static string Describe(string code) =>
        code == "senior" ? "Half price" : throw new ConcessionException($"There is no concession '{code}'.");
}
