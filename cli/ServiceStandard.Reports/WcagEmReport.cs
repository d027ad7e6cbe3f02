using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceStandard.Kernel;
using ServiceStandard.Kernel.Text;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Reports.Documents;
using ServiceStandard.Reports.Html;
using ServiceStandard.Reports.Localization;

namespace ServiceStandard.Reports;

/// <summary>
/// wcag-em.json and wcag-em.html: the evaluation as W3C's WCAG-EM Report Tool saves and opens it
/// (JSON-LD with EARL terms: an Evaluation with its scope, sample and one earl:Assertion per success
/// criterion, test <c>WCAG2:&lt;understanding-slug&gt;</c>; docs/schemas/wcag-em.schema.json), and
/// its HTML rendering. An outcome is passed only where a person judged it so.
/// </summary>
public sealed class WcagEmReport(ReportStylesheet? stylesheet = null) : IReportRenderer
{
    /// <summary>The WCAG-EM Report Tool's JSON-LD context (its export, with WCAG2 pointing at WCAG 2.2).</summary>
    private static readonly string Context = """
        {
          "@vocab": "http://www.w3.org/TR/WCAG-EM/#",
          "reporter": "https://github.com/w3c/wcag-em-report-tool/",
          "wcagem": "http://www.w3.org/TR/WCAG-EM/#",
          "WCAG2": "http://www.w3.org/TR/WCAG22/#",
          "earl": "http://www.w3.org/ns/earl#",
          "dct": "http://purl.org/dc/terms/",
          "wai": "http://www.w3.org/WAI/",
          "sch": "http://schema.org/",
          "Evaluation": "wcagem:Evaluation",
          "EvaluationScope": "wcagem:EvaluationScope",
          "TestSubject": "earl:TestSubject",
          "WebSite": "sch:WebSite",
          "Sample": "wcagem:Sample",
          "WebPage": "sch:WebPage",
          "Technology": "WCAG2:dfn-technologies",
          "Assertion": "earl:Assertion",
          "Assertor": "earl:Assertor",
          "TestResult": "earl:TestResult",
          "Person": "sch:Person",
          "Software": "earl:Software",
          "title": "dct:title",
          "summary": "dct:summary",
          "creator": { "@id": "dct:creator", "@type": "@id" },
          "date": "dct:date",
          "commissioner": "wcagem:commissioner",
          "reliedUponTechnology": "WCAG2:dfn-relied-upon",
          "evaluationScope": "step1",
          "commonPages": "step2a",
          "essentialFunctionality": "step2b",
          "pageTypeVariety": "step2c",
          "otherRelevantPages": "step2e",
          "structuredSample": "step3a",
          "randomSample": "step3b",
          "auditResult": "step4",
          "specifics": "step5b",
          "publisher": { "@id": "dct:publisher", "@type": "@id" },
          "conformanceTarget": { "@id": "step1b", "@type": "@id" },
          "accessibilitySupportBaseline": "step1c",
          "additionalEvalRequirement": "step1d",
          "website": "WCAG2:dfn-set-of-web-pages",
          "siteScope": "step1a",
          "siteName": "sch:name",
          "name": "sch:name",
          "webpage": "WCAG2:dfn-web-page-s",
          "description": "dct:description",
          "source": { "@id": "dct:source", "@type": "@id" },
          "tested": "reporter:blob/master/docs/EARL%2BJSON-LD.md#tested",
          "test": { "@id": "earl:test", "@type": "@id" },
          "assertedBy": { "@id": "earl:assertedBy", "@type": "@id" },
          "subject": { "@id": "earl:subject", "@type": "@id" },
          "result": "earl:result",
          "mode": { "@id": "earl:mode", "@type": "@id" },
          "hasPart": "dct:hasPart",
          "outcome": { "@id": "earl:outcome", "@type": "@id" },
          "id": "@id",
          "type": "@type",
          "lang": "@language"
        }
        """;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "wcag-em";

    public LocalizedText Description { get; } = LocalizedText.Bilingual(
        "wcag-em.json and wcag-em.html, the evaluation in the format of W3C's WCAG-EM Report Tool",
        "wcag-em.json y wcag-em.html, la evaluación en el formato de la herramienta WCAG-EM Report Tool del W3C");

    public string FileName => "wcag-em.json";

    public IReadOnlyList<string> FileNames => ["wcag-em.json", "wcag-em.html"];

    public IReadOnlyList<ReportFile> RenderFiles(ReportInput input) =>
        [new("wcag-em.json", Render(input)), new("wcag-em.html", Html(input))];

    public string Html(ReportInput input)
    {
        var view = new DocumentViewBuilder(input, ReportLabels.For(input.Language), DocumentFormat.Html, stylesheet).Build("em_title");
        return DocumentTemplates.Render("wcag-em.liquid", view, DocumentFormat.Html);
    }

    public string Render(ReportInput input)
    {
        var report = input.Assessment;
        var labels = ReportLabels.For(input.Language);
        var criteria = DocumentViewBuilder.Criteria(report);
        var runDate = report.Run.StartedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var pages = report.Pages.Where(p => p.Error is null).ToList();
        var name = report.Service.Name ?? report.Scope.BaseUrl ?? labels["unnamed_service"];
        var assessors = criteria.Select(c => c.Judgement).OfType<WcagJudgement>()
            .Where(j => j.Outcome != WcagEmOutcome.Untested && !j.ByTool)
            .Select(j => j.Assessor).Distinct(StringComparer.Ordinal).ToList();

        var audit = new JsonArray();
        foreach (var criterion in criteria)
        {
            var outcome = criterion.Outcome;
            var judged = criterion.Judgement is { Outcome: not WcagEmOutcome.Untested } j && !j.ByTool ? j : null;
            var result = new JsonObject
            {
                ["type"] = "TestResult",
                ["outcome"] = "earl:" + DocumentViewBuilder.EarlWord(outcome),
                ["description"] = Text(Remarks(report, criterion, judged, labels)),
            };
            var assertion = new JsonObject
            {
                ["type"] = "Assertion",
                ["test"] = "WCAG2:" + Slug(criterion),
            };
            if (outcome != WcagEmOutcome.Untested)
            {
                result["date"] = judged?.Date ?? criterion.Judgement?.Date ?? runDate;
                assertion["assertedBy"] = judged is null ? "_:servicestandard" : "_:evaluator";
            }

            assertion["subject"] = "_:website";
            assertion["result"] = result;
            assertion["mode"] = judged is not null || outcome == WcagEmOutcome.Untested ? "earl:manual" : "earl:automatic";
            assertion["hasPart"] = new JsonArray();
            audit.Add(assertion);
        }

        var sample = new JsonArray();
        for (var i = 0; i < pages.Count; i++)
        {
            sample.Add(new JsonObject
            {
                ["type"] = new JsonArray("TestSubject", "WebPage"),
                ["id"] = $"_:struct_{i}",
                ["description"] = Text(pages[i].FinalUrl),
                ["source"] = Text(pages[i].FinalUrl),
                ["title"] = Text(pages[i].Title.Length == 0 ? pages[i].FinalUrl : pages[i].Title),
                ["tested"] = true,
            });
        }

        var evaluation = new JsonObject
        {
            ["@context"] = JsonNode.Parse(Context),
            ["type"] = "Evaluation",
            ["id"] = "_:evaluation",
            ["lang"] = labels.Language,
            ["title"] = Text(labels.Format("em_title", name)),
            ["summary"] = Text(Summary(criteria, labels, report.WcagCoverage?.Version ?? "2.2")),
            ["creator"] = "_:evaluator",
            ["date"] = runDate,
            ["commissioner"] = Text(report.Statement?.Organisation ?? string.Empty),
            ["evaluationScope"] = new JsonObject
            {
                ["type"] = "EvaluationScope",
                ["conformanceTarget"] = "wai:WCAG2AA-Conformance",
                ["additionalEvalRequirement"] = string.Empty,
                ["website"] = new JsonObject
                {
                    ["type"] = new JsonArray("TestSubject", "WebSite"),
                    ["id"] = "_:website",
                    ["siteName"] = Text(name),
                    ["siteScope"] = Text(report.Scope.BaseUrl ?? string.Empty),
                },
                ["accessibilitySupportBaseline"] = Text(report.Run.Browser ?? string.Empty),
            },
            ["essentialFunctionality"] = Text(string.Join(", ", report.Scope.Journeys)),
            ["structuredSample"] = new JsonObject { ["webpage"] = report.Scope.Sample is { } chosen ? Sampled(chosen, report, random: false) : sample },
            ["randomSample"] = new JsonObject { ["webpage"] = report.Scope.Sample is { } drawn ? Sampled(drawn, report, random: true) : new JsonArray() },
            ["auditResult"] = audit,
            ["specifics"] = Text(labels.Format("acr_methods_text", report.Run.Tool, report.Run.ToolVersion, report.Totals.PagesAssessed)),
        };
        var graph = new JsonArray
        {
            evaluation,
            new JsonObject { ["id"] = "_:evaluator", ["type"] = "Person", ["name"] = Text(string.Join(", ", assessors)) },
            new JsonObject { ["id"] = "_:servicestandard", ["type"] = new JsonArray("Assertor", "Software"), ["name"] = $"{report.Run.Tool} {report.Run.ToolVersion}" },
        };
        return UntrustedText.EscapeInJson(new JsonObject { ["@graph"] = graph }.ToJsonString(Indented)) + "\n";
    }

    /// <summary>
    /// The success criteria and outcomes of a wcag-em.json (ours or the WCAG-EM Report Tool's): test
    /// (WCAG2:non-text-content) → outcome. Null when the text is not such a file.
    /// </summary>
    public static IReadOnlyDictionary<string, WcagEmOutcome>? ReadOutcomes(string json)
    {
        try
        {
            var evaluation = JsonNode.Parse(json)?["@graph"]?.AsArray().FirstOrDefault(n => (string?)n?["type"] == "Evaluation");
            if (evaluation?["auditResult"] is not JsonArray results)
            {
                return null;
            }

            var outcomes = new Dictionary<string, WcagEmOutcome>(StringComparer.Ordinal);
            foreach (var result in results)
            {
                var test = (string?)result?["test"];
                var word = ((string?)result?["result"]?["outcome"])?.Replace("earl:", string.Empty, StringComparison.Ordinal);
                if (test is not null && word is not null && Enum.TryParse<WcagEmOutcome>(word, ignoreCase: true, out var outcome))
                {
                    outcomes[test] = outcome;
                }
            }

            return outcomes;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The criterion's id in the Report Tool: its Understanding page's name (non-text-content).</summary>
    public static string Slug(WcagCoverageEntry criterion) => criterion.Url.TrimEnd('/')[(criterion.Url.TrimEnd('/').LastIndexOf('/') + 1)..];

    private static string Remarks(AssessmentReport report, WcagCoverageEntry criterion, WcagJudgement? judged, ReportLabels labels)
    {
        var parts = new List<string>();
        if (judged?.Note is { } note)
        {
            parts.Add(note);
        }

        if (judged is null || criterion.Status is WcagStatus.Failed or WcagStatus.NeedsReview)
        {
            parts.Add(DocumentViewBuilder.Automated(criterion, labels));
        }

        parts.AddRange(DocumentViewBuilder.FindingsByRule(report, criterion).Select(f => labels.Format("doc_finding_line", f.Text, f.Places)));
        return string.Join(" ", parts);
    }

    private static string Summary(IReadOnlyList<WcagCoverageEntry> criteria, ReportLabels labels, string version)
    {
        int Count(WcagEmOutcome outcome) => criteria.Count(c => c.Outcome == outcome);
        var undecided = criteria.Count(c => c.StillToDecide);
        return labels.Format("summary_wcag", version, Count(WcagEmOutcome.Passed), Count(WcagEmOutcome.Failed), Count(WcagEmOutcome.Inapplicable), Count(WcagEmOutcome.CantTell), Count(WcagEmOutcome.Untested), undecided);
    }

    /// <summary>
    /// The WCAG-EM sample's pages (<c>servicestandard sample</c>): the structured sample (3.a) or the
    /// random one (3.b), each described by why it was chosen.
    /// </summary>
    private static JsonArray Sampled(AssessmentSample chosen, AssessmentReport report, bool random)
    {
        var pages = new JsonArray();
        var members = chosen.Pages.Where(p => p.RandomOnly == random).ToList();
        for (var i = 0; i < members.Count; i++)
        {
            var assessed = report.Pages.FirstOrDefault(p => p.Error is null && p.Url == members[i].Url);
            pages.Add(new JsonObject
            {
                ["type"] = new JsonArray("TestSubject", "WebPage"),
                ["id"] = $"_:{(random ? "rand" : "struct")}_{i}",
                ["description"] = Text(string.Join("; ", members[i].Reasons)),
                ["source"] = Text(members[i].Url),
                ["title"] = Text(assessed is null || assessed.Title.Length == 0 ? members[i].Url : assessed.Title),
                ["tested"] = assessed is not null,
            });
        }

        return pages;
    }

    /// <summary>Page-supplied text with its hidden characters revealed; JSON escapes the rest.</summary>
    private static string Text(string text) => UntrustedText.Reveal(text);
}
