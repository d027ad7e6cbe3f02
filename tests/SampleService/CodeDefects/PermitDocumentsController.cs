using Microsoft.AspNetCore.Mvc;

namespace SampleService.CodeDefects;

/// <summary>Downloads of permit documents, never finished. The service maps no controllers.</summary>
public sealed class PermitDocumentsController : Controller
{
    private const string DocumentsFolder = "/srv/permits/documents";

    [HttpGet]
    public IActionResult Download(string name) =>
        // PLANTED DEFECT SS0019 (expected-findings.yml): "../" in the name reaches any file the service can read.
        PhysicalFile(Path.Combine(DocumentsFolder, name), "application/pdf");
}
