using ServiceStandard.Checks.Accessibility.CrossPage;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Tests.Accessibility;

public class CrossPageCheckTests
{
    private static readonly CrossPageCheck Check = new(TestCatalog.Instance);

    private static List<Finding> Run(CheckContext? context, params PageSnapshot[] pages) => Snapshots.Run(Check, pages, context);

    private static List<Finding> Run(params PageSnapshot[] pages) => Run(null, pages);

    [Fact]
    public void Distinct_titles_report_nothing()
    {
        Assert.Empty(Run(Snapshots.Page("https://s.test/a", title: "A"), Snapshots.Page("https://s.test/b", title: "B")));
    }

    [Fact]
    public void Duplicate_title_among_listed_and_crawled_pages_reports_each_page()
    {
        var findings = Run(
            Snapshots.Page("https://s.test/start", title: "Apply for a licence"),
            Snapshots.Page("https://s.test/contact", PageOrigin.Crawled, title: "Apply  for a LICENCE "),
            Snapshots.Page("https://s.test/help", title: "Help"));

        Assert.Equal(2, findings.Count);
        FindingAssert.Is(
            findings[0],
            "accessibility/cross-page/duplicate-title",
            Severity.Moderate,
            FindingKind.Violation,
            "https://s.test/start",
            null,
            "The title \"Apply for a licence\" is also the title of /contact; each page needs a title that says what it is for.",
            ["accessibility", "wcag2a", "wcag242", "cross-page"]);
        Assert.Equal("https://s.test/contact", ((PageLocation)findings[1].Location).Url);
        Assert.Equal("The title \"Apply for a LICENCE\" is also the title of /start; each page needs a title that says what it is for.", findings[1].Message);
    }

    [Fact]
    public void Duplicate_title_within_a_journey_names_the_journey()
    {
        var findings = Run(
            new CheckContext { Language = "es" },
            Snapshots.Step("apply", 1, "https://s.test/apply/name", "Apply"),
            Snapshots.Step("apply", 2, "https://s.test/apply/address", "Apply"));

        Assert.Equal(
            [
                "El título \"Apply\" es también el de /apply/address en el recorrido apply; cada página necesita un título que diga para qué sirve.",
                "El título \"Apply\" es también el de /apply/name en el recorrido apply; cada página necesita un título que diga para qué sirve.",
            ],
            findings.Select(f => f.Message));
        Assert.Equal("apply, step 1 (step 1)", ((PageLocation)findings[0].Location).Journey);
    }

    [Fact]
    public void Same_path_with_another_query_or_fragment_is_the_same_page()
    {
        Assert.Empty(Run(
            Snapshots.Step("apply", 1, "https://s.test/apply/name", "Your name"),
            Snapshots.Step("apply", 2, "https://s.test/apply/name?error=true#name", "Your name"),
            Snapshots.Page("https://s.test/search?page=1", title: "Search"),
            Snapshots.Page("https://s.test/search/?page=2", title: "Search")));
    }

    [Fact]
    public void Titles_are_not_compared_between_a_journey_and_listed_pages_or_other_journeys()
    {
        Assert.Empty(Run(
            Snapshots.Page("https://s.test/start", title: "Apply"),
            Snapshots.Step("apply", 1, "https://s.test/apply/name", "Apply"),
            Snapshots.Step("renew", 1, "https://s.test/renew/name", "Apply")));
    }

    [Fact]
    public void Pages_that_failed_to_load_are_not_compared()
    {
        var failed = Snapshots.Page("https://s.test/broken", title: "Apply") with { Error = new PageError("http-error", "500") };

        Assert.Empty(Run(Snapshots.Page("https://s.test/start", title: "Apply"), failed));
    }

    [Fact]
    public void Lang_outside_the_declared_service_languages_is_reported()
    {
        var context = new CheckContext { ServiceLanguages = ["en", "es"] };

        var finding = Assert.Single(Run(
            context,
            Snapshots.Page("https://s.test/a", title: "A", lang: "en-GB"),
            Snapshots.Page("https://s.test/b", title: "B", lang: "ES"),
            Snapshots.Page("https://s.test/c", title: "C", lang: "fr"),
            Snapshots.Page("https://s.test/d", title: "D", lang: null)));

        FindingAssert.Is(
            finding,
            "accessibility/cross-page/lang-inconsistent",
            Severity.Moderate,
            FindingKind.Violation,
            "https://s.test/c",
            "html",
            "The page declares the language \"fr\", which is not one of the service's languages (en, es).",
            ["accessibility", "wcag2a", "wcag311", "cross-page", "language"]);
        Assert.Equal(
            "La página declara el idioma \"fr\", que no es uno de los idiomas del servicio (en, es).",
            Assert.Single(Run(context with { Language = "es" }, Snapshots.Page("https://s.test/c", lang: "fr"))).Message);
    }

    [Fact]
    public void Without_declared_languages_any_lang_is_accepted()
    {
        Assert.Empty(Run(Snapshots.Page("https://s.test/a", title: "A", lang: "en"), Snapshots.Page("https://s.test/b", title: "B", lang: "fr")));
    }

    [Fact]
    public void A_journey_switching_language_without_asking_is_reported()
    {
        var findings = Run(
            Snapshots.Step("apply", 2, "https://s.test/apply/address", "Address", "cy"),
            Snapshots.Step("apply", 1, "https://s.test/apply/name", "Name", "en"),
            Snapshots.Step("apply", 3, "https://s.test/apply/check", "Check", "cy"));

        var finding = Assert.Single(findings);
        Assert.Equal("https://s.test/apply/address", ((PageLocation)finding.Location).Url);
        Assert.Equal(
            "The page language changed from \"en\" to \"cy\" during journey apply, although the URL does not ask for a language (no lang= parameter).",
            finding.Message);
        Assert.Equal(
            "El idioma de la página cambió de \"en\" a \"cy\" durante el recorrido apply, aunque la URL no pide un idioma (no tiene el parámetro lang=).",
            Assert.Single(Run(new CheckContext { Language = "es" }, Snapshots.Step("apply", 1, "https://s.test/a", "A", "en"), Snapshots.Step("apply", 2, "https://s.test/b", "B", "cy"))).Message);
    }

    [Fact]
    public void A_language_switch_the_url_asks_for_is_fine()
    {
        Assert.Empty(Run(
            Snapshots.Step("apply", 1, "https://s.test/apply/name", "Name", "en"),
            Snapshots.Step("apply", 2, "https://s.test/apply/name?lang=es", "Nombre", "es"),
            Snapshots.Step("apply", 3, "https://s.test/apply/address", "Dirección", "es")));
    }

    [Fact]
    public void Error_summary_not_focused_on_load_is_reported()
    {
        var page = Snapshots.Page("https://s.test/apply/name") with
        {
            ErrorSummary = new ErrorSummaryProbe(".govuk-error-summary", "<div class=\"govuk-error-summary\">", false, "#main-content", []),
        };

        FindingAssert.Is(
            Assert.Single(Run(page)),
            "accessibility/cross-page/error-summary-focus",
            Severity.Serious,
            FindingKind.Violation,
            "https://s.test/apply/name",
            ".govuk-error-summary",
            "The error summary .govuk-error-summary did not receive focus when the page loaded; focus was on #main-content.",
            ["accessibility", "wcag2a", "wcag331", "wcag243", "cross-page", "forms"]);
        Assert.Equal(
            "El resumen de errores .govuk-error-summary no recibió el foco al cargar la página; el foco estaba en la propia página, no en un elemento.",
            Assert.Single(Run(new CheckContext { Language = "es" }, page with { ErrorSummary = page.ErrorSummary! with { FocusedOnLoadSelector = null } })).Message);
    }

    [Fact]
    public void A_focused_error_summary_with_working_links_reports_nothing()
    {
        var page = Snapshots.Page() with
        {
            ErrorSummary = new ErrorSummaryProbe(".govuk-error-summary", "<div>", true, ".govuk-error-summary", [new ErrorSummaryLinkProbe("Enter your name", "#name", true, true, "#name")]),
        };

        Assert.Empty(Run(page));
    }

    [Fact]
    public void Error_summary_links_that_do_not_reach_their_field_say_whether_the_target_exists()
    {
        var page = Snapshots.Page("https://s.test/apply/name") with
        {
            ErrorSummary = new ErrorSummaryProbe(".govuk-error-summary", "<div>", true, ".govuk-error-summary",
            [
                new ErrorSummaryLinkProbe("Enter your name", "#name", true, true, "#name"),
                new ErrorSummaryLinkProbe("Enter your email", "#email", true, false, ".govuk-error-summary a:nth-of-type(2)"),
                new ErrorSummaryLinkProbe("Enter a date", "#dob", false, false, null),
            ]),
        };

        var findings = Run(page);

        Assert.Equal(2, findings.Count);
        FindingAssert.Is(
            findings[0],
            "accessibility/cross-page/error-summary-link",
            Severity.Serious,
            FindingKind.Violation,
            "https://s.test/apply/name",
            ".govuk-error-summary a[href=\"#email\"]",
            "The error summary link \"Enter your email\" (#email) did not move focus to its field; focus ended on .govuk-error-summary a:nth-of-type(2).",
            ["accessibility", "wcag2a", "wcag243", "cross-page", "forms"]);
        Assert.Equal(
            "The error summary link \"Enter a date\" points to #dob, but no element on the page has that id, so it cannot move focus to the field.",
            findings[1].Message);
        Assert.Equal(
            [
                "El enlace del resumen de errores \"Enter your email\" (#email) no movió el foco a su campo; el foco terminó en .govuk-error-summary a:nth-of-type(2).",
                "El enlace del resumen de errores \"Enter a date\" apunta a #dob, pero ningún elemento de la página tiene ese id, así que no puede mover el foco al campo.",
            ],
            Run(new CheckContext { Language = "es" }, page).Select(f => f.Message));
    }
}
