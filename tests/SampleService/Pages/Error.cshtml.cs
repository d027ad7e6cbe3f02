using Microsoft.AspNetCore.Mvc;

namespace SampleService.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : SitePageModel
{
    [BindProperty(SupportsGet = true)]
    public int Code { get; set; }

    public bool IsNotFound => Code == StatusCodes.Status404NotFound;

    public override string PageName => "page-error";

    public override string PageTitle => IsNotFound ? T("error.notFound.title") : T("error.general.title");

    public void OnGet()
    {
    }

    public void OnPost()
    {
    }
}
