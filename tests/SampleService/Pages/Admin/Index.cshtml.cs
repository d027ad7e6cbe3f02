namespace SampleService.Pages.Admin;

/// <summary>
/// A page robots.txt forbids. It deliberately has an image without alt: a crawler that ignores
/// robots.txt and visits it produces a finding that no expected finding accounts for.
/// </summary>
public sealed class AdminIndexModel : SitePageModel
{
    public override string PageName => "page-admin";

    public override string PageTitle => T("admin.title");

    public void OnGet()
    {
    }
}
