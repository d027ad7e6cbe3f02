namespace SampleService.Pages.Journey;

public sealed class CookiesModel : SitePageModel
{
    public override string PageName => "page-cookies";

    public override string PageTitle => T("cookies.title");

    // PLANTED DEFECT missing-skip-link (expected-findings.yml): /bad/cookies has no design-system
    // skip link, only a hand-made one whose target id has a typo.
    // It is also the design-system check's missing-pattern (skip-link) on /bad/cookies.
    public override bool OmitSkipLink => IsBad;

    // PLANTED DEFECT ds-outdated (expected-findings.yml): /bad/cookies declares an older design-system version.
    public override string DeclaredDesignSystemVersion => IsBad ? "0.0.9" : DesignSystemVersion;

    // PLANTED DEFECT low-contrast (expected-findings.yml): /bad/cookies's note is #999 on white.
    public string NoteClass => IsBad ? "cookie-note cookie-note--faint" : "cookie-note";

    public void OnGet()
    {
    }
}
