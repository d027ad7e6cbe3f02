using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SampleService.CodeDefects;

/// <summary>A feedback page model with no page (.cshtml), so it is never routed to.</summary>
// PLANTED DEFECT SS0009 (expected-findings.yml): antiforgery switched off for a page whose POST handler changes state.
[IgnoreAntiforgeryToken]
public sealed class FeedbackModel : PageModel
{
    public string? Message { get; private set; }

    public void OnPost(string message) => Message = message;
}
