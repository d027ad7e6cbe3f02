namespace SampleService.Pages.Journey;

public sealed class CookiesModel : SitePageModel
{
    public override string PageName => "page-cookies";

    public override string PageTitle => T("cookies.title");

    // PLANTED DEFECT missing-skip-link (expected-findings.yml): /bad/cookies has no skip link.
    public override bool OmitSkipLink => IsBad;

    // PLANTED DEFECT low-contrast (expected-findings.yml): /bad/cookies's note is #999 on white.
    public string NoteClass => IsBad ? "cookie-note cookie-note--faint" : "cookie-note";

    public void OnGet()
    {
    }
}
