using ServiceStandard.Assessing;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Tests.Schemas;

/// <summary>
/// A realistic assessment and its evidence, as literals: every location type and finding kind,
/// every criterion outcome, page and check errors, and text that must survive the trip through
/// JSON (non-ASCII, astral characters, markup and script from the page).
/// </summary>
internal static class FormatExamples
{
    public const string BaseUrl = "http://127.0.0.1:5080/";
    public const string Start = "http://127.0.0.1:5080/start";
    public const string Contact = "http://127.0.0.1:5080/contact";
    public const string NameStep = "http://127.0.0.1:5080/apply/name?lang=es";
    public const string Broken = "http://127.0.0.1:5081/broken";
    public const string Old = "http://127.0.0.1:5080/old";

    /// <summary>As the journey runner describes a step: its description repeats the step number.</summary>
    private static readonly PageOrigin NameStepOrigin = PageOrigin.JourneyStep("apply", 2, "step 2 (fill '#name')");

    private const string ScriptSnippet = "<div class=\"promo\"><script>document.write('<b>¡Hola!</b>')</script></div>";

    public static AssessmentReport Report()
    {
        IReadOnlyList<Finding> findings =
        [
            new(
                "accessibility/axe",
                "image-alt",
                Severity.Critical,
                FindingKind.Violation,
                "Fix any of the following:\n  Element does not have an alt attribute",
                "Images must have alternative text",
                "https://dequeuniversity.com/rules/axe/4.10/image-alt",
                ["cat.text-alternatives", "wcag2a", "wcag111", "section508", "accessibility"],
                new PageLocation(Start, "img.hero", "<img class=\"hero\" src=\"/img/río-años.png\">", "3f9a0c1d2e4b5a67.png"),
                Fingerprints.ForPage("accessibility/axe", "image-alt", Start, "img.hero")),
            new(
                "accessibility/axe",
                "color-contrast",
                Severity.Serious,
                FindingKind.NeedsReview,
                "Element's background color could not be determined due to a background image – «Año nuevo» ✓ 𝔘",
                "Elements must meet minimum color contrast ratio thresholds",
                "https://dequeuniversity.com/rules/axe/4.10/color-contrast",
                ["cat.color", "wcag2aa", "wcag143", "accessibility"],
                new PageLocation(Start, "iframe#promo >>> .promo", ScriptSnippet),
                Fingerprints.ForPage("accessibility/axe", "color-contrast", Start, "iframe#promo >>> .promo")),
            new(
                "accessibility/keyboard",
                "trap",
                Severity.Critical,
                FindingKind.Violation,
                "Keyboard focus gets stuck in #date-picker: pressing Tab does not move focus out of it.",
                "Make sure Tab and Shift+Tab move focus into and out of every component.",
                "https://servicestandard.dev/docs/checks.md#accessibility-keyboard-trap",
                ["accessibility", "wcag2a", "wcag212", "keyboard"],
                new PageLocation(NameStep, "#date-picker", "<div id=\"date-picker\" tabindex=\"0\">…</div>", null, NameStepOrigin.ToString()),
                Fingerprints.ForPage("accessibility/keyboard", "trap", NameStep, "#date-picker")),
            new(
                "accessibility/html",
                "duplicate-id",
                Severity.Serious,
                FindingKind.Violation,
                "The id \"pin\" is used by 2 elements, and aria-describedby refers to it.",
                "Give every element a unique id.",
                "https://servicestandard.dev/docs/checks.md#accessibility-html-duplicate-id",
                ["accessibility", "wcag2a", "wcag131", "wcag412", "html"],
                new PageLocation(Contact, "[id=\"pin\"]", "<span id=\"pin\" title=\"📍 Calle Mayor 1\">"),
                Fingerprints.ForPage("accessibility/html", "duplicate-id", Contact, "[id=\"pin\"]")),
            new(
                "accessibility/cross-page",
                "duplicate-title",
                Severity.Moderate,
                FindingKind.Violation,
                "2 pages share the title \"GOV.EXAMPLE\": /start, /contact.",
                "Give every page a title that says what the page is for.",
                "https://servicestandard.dev/docs/checks.md#accessibility-cross-page-duplicate-title",
                ["accessibility", "wcag2a", "wcag242"],
                new PageLocation(Contact),
                Fingerprints.ForPage("accessibility/cross-page", "duplicate-title", Contact, null, "gov.example")),
            new(
                "code/analyzers",
                "SS0101",
                Severity.Serious,
                FindingKind.Violation,
                "The query string value is written to the response without encoding: <script> could run.",
                "Encode untrusted values before writing them to HTML.",
                null,
                ["code", "security"],
                new SourceLocationSpan("src/Pages/Apply/Name.cshtml.cs", 42, 9, 42, 61),
                Fingerprints.Hash("code/analyzers", "SS0101", "src/Pages/Apply/Name.cshtml.cs", "OnPost")),
            new(
                "code/analyzers",
                "SS0204",
                Severity.Minor,
                FindingKind.NeedsReview,
                "An HttpClient is created per request in NameModel.OnPost; confirm it is disposed.",
                "Use IHttpClientFactory.",
                null,
                ["code", "reliability"],
                new SourceLocationSpan("src/Infrastructure/Postcodes.cs", 7, 5, 9, 6),
                Fingerprints.Hash("code/analyzers", "SS0204", "src/Infrastructure/Postcodes.cs", "Lookup")),
            new(
                "repository/licence",
                "missing",
                Severity.Moderate,
                FindingKind.Violation,
                "The repository has no LICENSE file.",
                "Publish the code under an open licence, such as MIT or the Open Government Licence.",
                null,
                ["open-source"],
                new RepositoryLocation("LICENSE"),
                Fingerprints.Hash("repository/licence", "missing", "LICENSE")),
            new(
                "repository/readme",
                "no-run-instructions",
                Severity.Minor,
                FindingKind.NeedsReview,
                "README.md does not say how to run the service locally.",
                "Say how to build, test and run the service.",
                null,
                ["open-source"],
                new RepositoryLocation("README.md"),
                Fingerprints.Hash("repository/readme", "no-run-instructions", "README.md")),
        ];

        findings = [.. findings.Select((f, i) => f with { Occurrences = i == 2 ? 3 : 1, Baseline = i == 0 ? BaselineState.New : BaselineState.Unchanged })];
        var suppressed = new SuppressedFinding(
            new Finding(
                "accessibility/axe",
                "region",
                Severity.Moderate,
                FindingKind.Violation,
                "Some page content is not contained by landmarks",
                "All page content should be contained by landmarks",
                "https://dequeuniversity.com/rules/axe/4.10/region",
                ["cat.keyboard", "best-practice", "accessibility"],
                new PageLocation(Old + "/", "footer > p"),
                Fingerprints.ForPage("accessibility/axe", "region", Old + "/", "footer > p")) { Baseline = BaselineState.Unchanged },
            "The old site is switched off in May",
            "check accessibility/axe/region, url /old/** (servicestandard.yml:40:5)");
        var fixedFinding = new Finding(
            "accessibility/axe",
            "html-has-lang",
            Severity.Serious,
            FindingKind.Violation,
            "The <html> element does not have a lang attribute",
            "<html> element must have a lang attribute",
            "https://dequeuniversity.com/rules/axe/4.10/html-has-lang",
            ["cat.language", "wcag2a", "wcag311", "accessibility"],
            new PageLocation(Contact, "html"),
            Fingerprints.ForPage("accessibility/axe", "html-has-lang", Contact, "html"));

        IReadOnlyList<AssessedPage> pages =
        [
            new(Start, Start, "GOV.EXAMPLE", 200, "page", null, null, null, null, 1, 1, 812.4),
            new(Contact, Contact, "GOV.EXAMPLE", 200, "crawl", null, null, null, null, 2, 0, 640),
            new(NameStep, NameStep, "Su nombre – Solicitar una licencia – GOB.EJEMPLO", 200, "journey", "apply", 2, NameStepOrigin.StepDescription, null, 1, 0, 1204.7),
            new(Broken, Broken, string.Empty, null, "page", null, null, null, new PageErrorSummary("unreachable", "connection refused: nothing is listening at that address"), 0, 0, 35.2),
            new(Old, "http://127.0.0.1:5080/old/", "Server error", 500, "crawl", null, null, null, new PageErrorSummary("http-error", "the server answered HTTP 500"), 0, 0, 120),
        ];

        return new AssessmentReport
        {
            Run = new RunInfo("servicestandard", "0.1.0", new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero), 41.27, "en", "Chromium 131.0.6778.85", "4.10.2", 1, false, "serious"),
            Service = new ServiceSummary("Apply for a fishing licence – Solicitar una licencia de pesca", "beta", ["en", "es"]),
            Standard = new StandardReference("digital-service-standard", "1.0.0", "Digital Service Standard"),
            Scope = new AssessmentScope(
                BaseUrl,
                3,
                ["apply"],
                ["accessibility/axe", "accessibility/keyboard", "accessibility/reflow", "accessibility/html", "accessibility/cross-page"],
                true)
            {
                Source = "src",
                WcagLevels = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
            },
            Pages = pages,
            Findings = findings,
            Suppressed = [suppressed],
            Baseline = new BaselineComparison("assessment-main.json", new DateTimeOffset(2025, 3, 13, 18, 2, 11, TimeSpan.Zero), true, 1, findings.Count - 1, [fixedFinding]),
            EvidenceGaps = [new EvidenceGap("accessibility/keyboard", NameStep, ["keyboard"])],
            WcagCoverage = new WcagCoverage(
                "2.2",
                [
                    new WcagCoverageEntry("1.1.1", "A", "Non-text Content", "https://www.w3.org/WAI/WCAG22/Understanding/non-text-content", WcagStatus.Failed, ["accessibility/axe/image-alt"], 1, 0),
                    new WcagCoverageEntry("1.2.1", "A", "Audio-only and Video-only (Prerecorded)", "https://www.w3.org/WAI/WCAG22/Understanding/audio-only-and-video-only-prerecorded", WcagStatus.ManualOnly, [], 0, 0),
                    new WcagCoverageEntry("1.4.3", "AA", "Contrast (Minimum)", "https://www.w3.org/WAI/WCAG22/Understanding/contrast-minimum", WcagStatus.NeedsReview, ["accessibility/axe/color-contrast"], 0, 1),
                    new WcagCoverageEntry("3.1.1", "A", "Language of Page", "https://www.w3.org/WAI/WCAG22/Understanding/language-of-page", WcagStatus.MachinePassed, ["accessibility/axe/html-has-lang", "accessibility/axe/html-lang-valid"], 0, 0),
                ]),
            Rules =
            [
                new RuleSummary("accessibility/axe/image-alt", "accessibility/axe", "image-alt", "Images must have alternative text", "Ensure <img> elements have alternative text or a role of none or presentation", "https://dequeuniversity.com/rules/axe/4.10/image-alt", Severity.Critical, ["1.1.1"], ["accessibility", "cat.text-alternatives", "wcag2a", "wcag111", "section508"], ["23a2a8", "7d6734"]),
                new RuleSummary("accessibility/keyboard/trap", "accessibility/keyboard", "trap", "Keyboard focus can leave every component", "Make sure Tab and Shift+Tab move focus into and out of every component.", "https://servicestandard.dev/docs/checks.md#accessibility-keyboard-trap", Severity.Critical, ["2.1.2"], ["accessibility", "wcag2a", "wcag212", "keyboard"], ["80af7b"]),
                new RuleSummary("code/analyzers/SS0101", "code/analyzers", "SS0101", "Untrusted input written to HTML", "Encode untrusted values before writing them to HTML.", null, Severity.Serious, [], ["code", "security"], []),
            ],
            CheckErrors =
            [
                new CheckError("accessibility/reflow", "NullReferenceException: Object reference not set to an instance of an object.", Contact),
                new CheckError("accessibility/cross-page", "InvalidOperationException: Sequence contains more than one element"),
            ],
            Criteria =
            [
                new("DSS-05", "make-sure-everyone-can-use-the-service", "Make sure everyone can use the service", CriterionOutcome.NotMet, ["accessibility"], 4, 1, "3 violation(s) at or above the blocking severity")
                {
                    AssessorQuestions = ["Have you tested with disabled users?", "Does the service meet WCAG 2.2 AA?"],
                },
                new("DSS-12", "make-new-source-code-open", "Make new source code open", CriterionOutcome.NeedsReview, ["open-source"], 1, 1, "1 violation(s) below the blocking severity and 1 result(s) to review"),
                new("DSS-01", "understand-users-and-their-needs", "Understand users and their needs", CriterionOutcome.Met, ["user-research"], 0, 0, "no automated check gathers evidence for this criterion; an assessor judges it")
                {
                    AutomatedOutcome = CriterionOutcome.NotAssessed,
                    Judgement = new CriterionJudgement(CriterionOutcome.Met, "Six rounds of research with 42 users, including «3» who use screen readers.", "Ana Pérez", "2025-03-20"),
                },
                new("DSS-14", "operate-a-reliable-service", "Operate a reliable service", CriterionOutcome.NotAssessed, ["reliability", "operations"], 0, 0, "no automated check gathers evidence for this criterion; an assessor judges it"),
            ],
            Totals = new FindingTotals(
                findings.Count(f => f.Kind == FindingKind.Violation),
                findings.Count(f => f.Kind == FindingKind.NeedsReview),
                Violations(findings, Severity.Critical),
                Violations(findings, Severity.Serious),
                Violations(findings, Severity.Moderate),
                Violations(findings, Severity.Minor),
                pages.Count(p => p.Error is null),
                pages.Count(p => p.Error is not null))
            {
                Suppressed = 1,
            },
        };
    }

    public static EvidenceGathering Gathering() =>
        new(BaseUrl, 1, ["apply"], false, ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"], "139.0.7258.154", 0, false, null);

    public static IReadOnlyList<PageSnapshot> Evidence() =>
    [
        new PageSnapshot
        {
            RequestedUrl = Start,
            FinalUrl = Start,
            Status = 200,
            Title = "GOV.EXAMPLE",
            Lang = "en",
            Html = $"<!DOCTYPE html><html lang=\"en\"><head><title>GOV.EXAMPLE</title></head><body><a class=\"skip-link\" href=\"#main\">Skip to main content</a><main id=\"main\" tabindex=\"-1\"><img class=\"hero\" src=\"/img/río-años.png\">{ScriptSnippet}</main></body></html>",
            Origin = PageOrigin.Listed,
            Axe = new AxeRun(
                "4.10.2",
                "en",
                [
                    new AxeRuleResult(
                        "image-alt",
                        "critical",
                        ["cat.text-alternatives", "wcag2a", "wcag111", "section508"],
                        "Ensures <img> elements have alternate text or a role of none or presentation",
                        "Images must have alternative text",
                        "https://dequeuniversity.com/rules/axe/4.10/image-alt",
                        [new AxeNode(["img.hero"], "<img class=\"hero\" src=\"/img/río-años.png\">", "critical", "Fix any of the following:\n  Element does not have an alt attribute")]),
                ],
                [
                    new AxeRuleResult(
                        "color-contrast",
                        null,
                        ["cat.color", "wcag2aa", "wcag143"],
                        "Ensures the contrast between foreground and background colors meets WCAG 2 AA minimum contrast ratio thresholds",
                        "Elements must meet minimum color contrast ratio thresholds",
                        "https://dequeuniversity.com/rules/axe/4.10/color-contrast",
                        [new AxeNode(["iframe#promo", ".promo"], ScriptSnippet, null, null)]),
                ]),
            Keyboard = new KeyboardWalk(
                [
                    new FocusStop(0, "a.skip-link", "a", "<a class=\"skip-link\" href=\"#main\">Skip to main content</a>", true, "outline 3px solid"),
                    new FocusStop(1, "#search", "input", "<input id=\"search\" placeholder=\"Búsqueda…\">", false, null),
                ],
                [new KeyboardTrap("#date-picker", "<div id=\"date-picker\" tabindex=\"0\">…</div>", "focus stays on this element when Tab is pressed")],
                [new InteractiveElement("div.card", "<div class=\"card\" onclick=\"go()\">Más información</div>", "click handler")],
                new SkipLinkProbe(true, true, "a.skip-link", "#main", true, true, 4),
                9,
                false),
            Reflow = new ReflowProbe(320, 412, true, [new OverflowingElement("table.fees", "<table class=\"fees\">…</table>", 412, "wider than the viewport")]),
            TextSpacing = new ReflowProbe(1280, 1280, false, [new OverflowingElement("button.start", "<button class=\"start\">Empezar ahora</button>", 96, "text clipped")]),
            Structure = new StructureProbe(
                [
                    new LandmarkProbe(0, 0, "banner", null, null, true, "header"),
                    new LandmarkProbe(1, 2, "navigation", "Menú", 0, true, "header > nav"),
                    new LandmarkProbe(2, 4, "main", null, null, true, "#main"),
                ],
                [
                    new StructureControl(1, "link", "Inicio", "Inicio", "https://apply.example.gov/", 0, true, "header > a", Image: "/logo.svg"),
                    new StructureControl(3, "link", "Contacto", "Contacto", "https://apply.example.gov/contacto", 1, true, "header > nav > a"),
                    new StructureControl(6, "button", "Buscar", "Buscar", null, 2, true, "#main form > button", Form: 0),
                ],
                [new FormProbe(5, "https://apply.example.gov/buscar", "get", true, 1, 2, "#main form")],
                false),
            Probed = [EvidenceKind.Html, EvidenceKind.Axe, EvidenceKind.Keyboard, EvidenceKind.Reflow, EvidenceKind.TextSpacing, EvidenceKind.ErrorSummary, EvidenceKind.PageStructure],
            Screenshots = [new ElementScreenshot("img.hero", "3f9a0c1d2e4b5a67.png", 640, 360)],
            GatherMilliseconds = 812.4,
            LoadMilliseconds = 233.9,
        },
        new PageSnapshot
        {
            RequestedUrl = NameStep,
            FinalUrl = NameStep,
            Status = 200,
            Title = "Su nombre – Solicitar una licencia – GOB.EJEMPLO",
            Lang = "es",
            Html = "<!DOCTYPE html><html lang=\"es\"><body><div class=\"govuk-error-summary\"><a href=\"#name\">Introduzca su nombre</a></div></body></html>",
            Origin = NameStepOrigin,
            ErrorSummary = new ErrorSummaryProbe(
                ".govuk-error-summary",
                "<div class=\"govuk-error-summary\">…</div>",
                false,
                "body",
                [
                    new ErrorSummaryLinkProbe("Introduzca su nombre", "#name", true, true, "#name"),
                    new ErrorSummaryLinkProbe("Elija una fecha 📅", "#date", false, false, null),
                ]),
            GatherMilliseconds = 1204.7,
            LoadMilliseconds = 401,
        },
        new PageSnapshot
        {
            RequestedUrl = Broken,
            FinalUrl = Broken,
            Origin = PageOrigin.Crawled,
            Error = new PageError("unreachable", "connection refused: nothing is listening at that address"),
            GatherMilliseconds = 35.2,
        },
    ];

    private static int Violations(IReadOnlyList<Finding> findings, Severity severity) =>
        findings.Count(f => f.Kind == FindingKind.Violation && f.Severity == severity);
}
