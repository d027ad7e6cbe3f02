using Microsoft.AspNetCore.Mvc;

namespace SampleService.CodeDefects;

/// <summary>A staff sign-in controller that was never finished. The service maps no controllers.</summary>
public sealed class SignInController : Controller
{
    // PLANTED DEFECT SS0010 (expected-findings.yml): redirects to whatever returnUrl the request names.
    [HttpGet]
    public IActionResult Done(string returnUrl) => Redirect(returnUrl);
}
