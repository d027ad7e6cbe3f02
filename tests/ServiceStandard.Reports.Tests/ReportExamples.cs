using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Reports.Tests;

/// <summary>
/// Fixed assessments to render: a realistic one with every outcome, location type, baseline state
/// and section of the report; a hostile one whose page-derived text tries to become markup or
/// script; and a huge one.
/// </summary>
internal static class ReportExamples
{
    public const string Base = "http://127.0.0.1:5080";

    /// <summary>A 1×1 PNG, as a cropped element screenshot would be (only much smaller).</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static ReportInput Input(AssessmentReport? report = null, string language = "en") =>
        new(report ?? Assessment(), language) { Screenshots = new Dictionary<string, byte[]> { ["3f9a0c1d2e4b5a67.png"] = Png } };

    public static AssessmentReport Assessment()
    {
        var start = $"{Base}/start";
        var name = $"{Base}/apply/name?lang=es";
        IReadOnlyList<Finding> findings =
        [
            Page("accessibility/axe", "image-alt", Severity.Critical, FindingKind.Violation, "Fix any of the following:\n  Element does not have an alt attribute",
                "Images must have alternative text", "https://dequeuniversity.com/rules/axe/4.10/image-alt", ["accessibility", "wcag2a", "wcag111"],
                new PageLocation(start, "img.hero", "<img class=\"hero\" src=\"/img/río.png\">", "3f9a0c1d2e4b5a67.png")) with { Baseline = BaselineState.New },
            Page("accessibility/axe", "color-contrast", Severity.Serious, FindingKind.NeedsReview, "Element's background color could not be determined due to a background image",
                "Elements must meet minimum color contrast ratio thresholds", "https://dequeuniversity.com/rules/axe/4.10/color-contrast", ["accessibility", "wcag2aa", "wcag143"],
                new PageLocation(start, "p.hint", "<p class=\"hint\">Allow 10 days</p>")) with { Baseline = BaselineState.Unchanged },
            Page("accessibility/keyboard", "trap", Severity.Critical, FindingKind.Violation, "Keyboard focus gets stuck in #date-picker: pressing Tab does not move focus out of it.",
                "Make sure Tab and Shift+Tab move focus into and out of every component.", "https://servicestandard.dev/docs/checks.md#accessibility-keyboard-trap", ["accessibility", "wcag2a", "wcag212", "keyboard"],
                new PageLocation(name, "#date-picker", "<div id=\"date-picker\" tabindex=\"0\">…</div>", null, "apply, step 2 (fill '#name')")) with { Occurrences = 3, Baseline = BaselineState.Unchanged },
            Page("accessibility/html", "duplicate-id", Severity.Moderate, FindingKind.Violation, "The id \"pin\" is used by 2 elements.",
                "Give every element a unique id.", "https://servicestandard.dev/docs/checks.md#accessibility-html-duplicate-id", ["accessibility", "wcag2a", "wcag131", "wcag412", "html"],
                new PageLocation($"{Base}/contact", "[id=\"pin\"]", "<span id=\"pin\">")) with { Baseline = BaselineState.Unchanged },
            new Finding("code/analyzers", "SS0101", Severity.Serious, FindingKind.Violation, "The query string value is written to the response without encoding.",
                "Encode untrusted values before writing them to HTML.", null, ["code", "security"],
                new SourceLocationSpan("Pages/Apply/Name.cshtml.cs", 42, 9, 42, 61), Fingerprints.Hash("code/analyzers", "SS0101", "Pages/Apply/Name.cshtml.cs", "OnPost")) { Baseline = BaselineState.New },
            new Finding("repository/licence", "missing", Severity.Moderate, FindingKind.Violation, "The repository has no LICENSE file.",
                "Publish the code under an open licence.", null, ["open-source"],
                new RepositoryLocation("LICENSE"), Fingerprints.Hash("repository/licence", "missing", "LICENSE")) { Baseline = BaselineState.Unchanged },
            Page("design-system/contract", "button-class", Severity.Minor, FindingKind.Violation, "A button does not use the design system's button class.",
                "Use the ds-button component.", null, ["design-system"],
                new PageLocation(start, "form > button", "<button>Continue</button>")) with { Baseline = BaselineState.Unchanged },
        ];
        var suppressed = new SuppressedFinding(
            Page("accessibility/axe", "region", Severity.Moderate, FindingKind.Violation, "Some page content is not contained by landmarks",
                "All page content should be contained by landmarks", "https://dequeuniversity.com/rules/axe/4.10/region", ["accessibility", "best-practice"],
                new PageLocation($"{Base}/old/", "footer > p")) with { Baseline = BaselineState.Unchanged },
            "The old site is switched off in May",
            "check accessibility/axe/region, url /old/** (servicestandard.yml:40:5)");
        var fixedFinding = Page("accessibility/axe", "html-has-lang", Severity.Serious, FindingKind.Violation, "The <html> element does not have a lang attribute",
            "<html> element must have a lang attribute", "https://dequeuniversity.com/rules/axe/4.10/html-has-lang", ["accessibility", "wcag2a", "wcag311"],
            new PageLocation($"{Base}/contact", "html"));

        IReadOnlyList<AssessedPage> pages =
        [
            new(start, start, "Apply for a fishing permit – GOV.EXAMPLE", 200, "page", null, null, null, null, 2, 1, 812.4),
            new($"{Base}/contact", $"{Base}/contact", "Contact – GOV.EXAMPLE", 200, "crawl", null, null, null, null, 1, 0, 640),
            new(name, name, "Su nombre – GOB.EJEMPLO", 200, "journey", "apply", 2, "step 2 (fill '#name')", null, 1, 0, 1204.7),
            new($"{Base}/broken", $"{Base}/broken", string.Empty, null, "page", null, null, null, new PageErrorSummary("unreachable", "connection refused"), 0, 0, 35.2),
        ];

        return new AssessmentReport
        {
            Run = new RunInfo("servicestandard", "0.1.0", new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero), 41.27, "en", "Chromium 131.0.6778.85", "4.10.2", 0, false, "serious"),
            Service = new ServiceSummary("Apply for a fishing permit", "beta", ["en", "es"]),
            Standard = new StandardReference("digital-service-standard", "1.0.0", "Digital Service Standard"),
            Scope = new AssessmentScope(Base + "/", 2, ["apply"], ["accessibility/axe", "accessibility/keyboard", "accessibility/html"], true)
            {
                Source = "src",
                WcagLevels = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
                Code = new CodeScope(
                    "/usr/share/dotnet/packs/Microsoft.NETCore.App.Ref/10.0.0/ref/net10.0",
                    "generator: /usr/share/dotnet/sdk/10.0.100/Sdks/Microsoft.NET.Sdk.Razor/source-generators",
                    [
                        new AnalysedProject("src/Permits.Web/Permits.Web.csproj", "net10.0", 42, 12, "generator", 31, [], 0, [], 0, []),
                        new AnalysedProject(
                            "src/Permits.Data/Permits.Data.csproj",
                            "net8.0",
                            17,
                            0,
                            "none",
                            4,
                            [new PackageGap("Dapper", "2.1.66", "not in the NuGet packages folder (not restored here)")],
                            3,
                            [new CompileMessage("src/Permits.Data/PermitRepository.cs", 11, 20, "CS1061", "'IDbConnection' does not contain a definition for 'Query'")],
                            0,
                            [])
                        {
                            FilesWithCompileErrors = 1,
                            CompileErrorsById = [new CompileErrorCount("CS1061", 3, 1, "src/Permits.Data/PermitRepository.cs:11 'IDbConnection' does not contain a definition for 'Query'")],
                        },
                    ],
                    [new CodeEvidenceGap("code/SS0002", 3, ["Execute", "Query"], "code/SS0002 could not check 3 call site(s) (Execute, Query): the types they call did not resolve; packages not found: Dapper.")]),
            },
            Pages = pages,
            Findings = findings,
            Suppressed = [suppressed],
            Baseline = new BaselineComparison("main.json", new DateTimeOffset(2025, 3, 13, 18, 0, 0, TimeSpan.Zero), false, 2, 5, [fixedFinding]),
            CheckErrors = [new CheckError("accessibility/reflow", "NullReferenceException: Object reference not set to an instance of an object.", $"{Base}/contact")],
            EvidenceGaps = [new EvidenceGap("accessibility/keyboard", $"{Base}/contact", ["keyboard"])],
            Criteria =
            [
                new("DSS-05", "make-sure-everyone-can-use-the-service", "Make sure everyone can use the service", CriterionOutcome.NotMet, ["accessibility"], 3, 1, "2 violation(s) at or above the blocking severity")
                {
                    AssessorQuestions = ["Have you tested the service with disabled people?", "Does it meet WCAG 2.2 at level AA?"],
                },
                new("DSS-09", "create-a-secure-service", "Create a secure service which protects users' privacy", CriterionOutcome.NotMet, ["security", "privacy"], 1, 0, "1 violation(s) at or above the blocking severity")
                {
                    AssessorQuestions = ["How do you manage secrets?"],
                },
                new("DSS-12", "make-new-source-code-open", "Make new source code open", CriterionOutcome.NeedsReview, ["open-source"], 1, 0, "1 violation(s) below the blocking severity and 0 result(s) to review")
                {
                    AssessorQuestions = ["Is the code published under an open licence?"],
                },
                new("DSS-01", "understand-users-and-their-needs", "Understand users and their needs", CriterionOutcome.Met, ["user-research"], 0, 0, "no automated check gathers evidence for this criterion; an assessor judges it")
                {
                    AutomatedOutcome = CriterionOutcome.NotAssessed,
                    AssessorQuestions = ["Who are your users?"],
                    Judgement = new CriterionJudgement(CriterionOutcome.Met, "Six rounds of research with 42 users, 3 of whom use screen readers.", "Ana Pérez", "2025-03-20"),
                },
                new("DSS-14", "operate-a-reliable-service", "Operate a reliable service", CriterionOutcome.NotAssessed, ["reliability"], 0, 0, "no automated check gathers evidence for this criterion; an assessor judges it"),
            ],
            WcagCoverage = new WcagCoverage(
                "2.2",
                [
                    new("1.1.1", "A", "Non-text Content", "https://www.w3.org/WAI/WCAG22/Understanding/non-text-content", WcagStatus.Failed, ["accessibility/axe/image-alt"], 1, 0),
                    new("1.2.1", "A", "Audio-only and Video-only (Prerecorded)", "https://www.w3.org/WAI/WCAG22/Understanding/audio-only-and-video-only-prerecorded", WcagStatus.ManualOnly, [], 0, 0),
                    new("1.4.3", "AA", "Contrast (Minimum)", "https://www.w3.org/WAI/WCAG22/Understanding/contrast-minimum", WcagStatus.NeedsReview, ["accessibility/axe/color-contrast"], 0, 1),
                    new("2.1.2", "A", "No Keyboard Trap", "https://www.w3.org/WAI/WCAG22/Understanding/no-keyboard-trap", WcagStatus.Failed, ["accessibility/keyboard/trap"], 1, 0),
                    new("3.1.1", "A", "Language of Page", "https://www.w3.org/WAI/WCAG22/Understanding/language-of-page", WcagStatus.MachinePassed, ["accessibility/axe/html-has-lang"], 0, 0),
                ]),
            Rules =
            [
                new("accessibility/axe/image-alt", "accessibility/axe", "image-alt", "Images must have alternative text", "Ensure <img> elements have alternative text or a role of none or presentation",
                    "https://dequeuniversity.com/rules/axe/4.10/image-alt", Severity.Critical, ["1.1.1"], ["accessibility", "wcag2a", "wcag111"], ["23a2a8"]),
                new("accessibility/keyboard/trap", "accessibility/keyboard", "trap", "Keyboard focus can leave every component", "Make sure Tab and Shift+Tab move focus into and out of every component.",
                    "https://servicestandard.dev/docs/checks.md#accessibility-keyboard-trap", Severity.Critical, ["2.1.2"], ["accessibility", "wcag2a", "wcag212", "keyboard"], ["80af7b"]),
            ],
            Totals = new FindingTotals(6, 1, 2, 1, 2, 1, 3, 1) { Suppressed = 1 },
        };
    }

    /// <summary>
    /// The fixed assessment with page-derived text that tries to escape: script tags, event-handler
    /// attributes, javascript: URLs, a closing style tag, and Unicode bidi controls in titles and snippets.
    /// </summary>
    public static AssessmentReport Hostile()
    {
        var report = Assessment();
        var findings = report.Findings.Select((f, i) => i switch
        {
            0 => f with
            {
                Message = HostileMessage,
                Location = new PageLocation("javascript:window.__pwned=1//", HostileSelector, HostileSnippet, "3f9a0c1d2e4b5a67.png\"><img src=x onerror=alert(1)>", "apply\u202E, step 2"),
            },
            1 => f with { Message = "Title \u202Eexe.txt\u202C ok", Help = "<img src=x onerror=\"window.__pwned=1\">", HelpUrl = "javascript:alert(1)" },
            _ => f,
        }).ToList();
        return report with
        {
            Service = report.Service with { Name = "Evil\u202Egnp.exe <script>window.__pwned=1</script>" },
            Standard = report.Standard with { Title = "Standard </title><script>window.__pwned=1</script>" },
            Findings = findings,
            Pages = [.. report.Pages.Select((p, i) => i == 0 ? p with { Title = HostileTitle, FinalUrl = "javascript:window.__pwned=1" } : p)],
            Criteria = [.. report.Criteria.Select((c, i) => i == 0 ? c with { Title = "Accessible </style><script>window.__pwned=1</script>", AssessorQuestions = ["<a href=\"javascript:window.__pwned=1\">click</a>"] } : c)],
            Suppressed = [report.Suppressed[0] with { Reason = "Because <b onmouseover=\"window.__pwned=1\">reasons</b>" }],
        };
    }

    public const string HostileMessage = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=1\"></style>";
    public const string HostileSelector = "a[href=\"javascript:window.__pwned=1\"]";
    public const string HostileSnippet = "<div onclick=\"window.__pwned=1\"></style><script>window.__pwned=1</script>\u202Etxt.exe\u2066 &lt;b&gt;</div>";
    public const string HostileTitle = "Pay \u202E£0001 \u2066</title><script>window.__pwned=1</script>";

    /// <summary>A run far bigger than any comment can hold: thousands of findings with long messages.</summary>
    public static AssessmentReport Huge(int count = 5000)
    {
        var report = Assessment();
        var findings = Enumerable.Range(0, count).Select(i => Page(
            "accessibility/axe", $"rule-{i % 40}", (Severity)(i % 4), i % 5 == 0 ? FindingKind.NeedsReview : FindingKind.Violation,
            $"Finding {i}: " + new string('x', 400) + " | `code` <b>bold</b>",
            "Help", "https://dequeuniversity.com/rules/axe/4.10/x", ["accessibility", "wcag2a", "wcag111"],
            new PageLocation($"{Base}/page/{i}", $"main > div:nth-child({i})", "<div>" + new string('y', 300) + "</div>")) with { Baseline = BaselineState.New }).ToList();
        return report with { Findings = findings };
    }

    private static Finding Page(string checkId, string ruleId, Severity severity, FindingKind kind, string message, string help, string? helpUrl, IReadOnlyList<string> tags, PageLocation location) =>
        new(checkId, ruleId, severity, kind, message, help, helpUrl, tags, location, Fingerprints.ForPage(checkId, ruleId, location.Url, location.Selector));
}
