using Microsoft.AspNetCore.Mvc;

namespace SampleService.CodeDefects;

/// <summary>Imports a photo of a catch from a link. The service maps no controllers and makes no outbound requests.</summary>
public sealed class CatchPhotoController(IHttpClientFactory clients) : Controller
{
    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Import(string photoUrl)
    {
        using var client = clients.CreateClient();
        // PLANTED DEFECT SS0023 (expected-findings.yml): the request chooses the URL, host and all, the service fetches.
        var photo = await client.GetByteArrayAsync(photoUrl);
        return File(photo, "image/jpeg");
    }
}
