namespace SampleService.Pages;

public sealed class IndexModel : SitePageModel
{
    public override string PageName => "page-index";

    public override string PageTitle => T("index.title");

    public override string FullTitle => $"{PageTitle} – GOV";

    public void OnGet()
    {
    }
}
