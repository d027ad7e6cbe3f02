using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceStandard.Kernel;
using ServiceStandard.Kernel.Text;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Findings;
using ServiceStandard.Reports.Documents;

namespace ServiceStandard.Reports;

/// <summary>
/// earl.jsonld: the automated results in W3C's Evaluation and Report Language (EARL 1.0) as JSON-LD
/// (docs/schemas/earl.schema.json). One earl:Assertion per finding (a rule's test on a page or file:
/// failed for a violation, cantTell for what a person must confirm), and one per WCAG 2.2 success
/// criterion at levels A and AA on the website as the machine alone sees it: failed, cantTell or
/// untested. A criterion is never passed here: automated checks cannot prove one.
/// </summary>
public sealed class EarlReport : IReportRenderer
{
    private static readonly string Context = """
        {
          "@vocab": "http://www.w3.org/ns/earl#",
          "earl": "http://www.w3.org/ns/earl#",
          "WCAG22": "http://www.w3.org/TR/WCAG22/#",
          "dct": "http://purl.org/dc/terms/",
          "sch": "https://schema.org/",
          "foaf": "http://xmlns.com/foaf/0.1/",
          "assertedBy": { "@type": "@id" },
          "subject": { "@type": "@id" },
          "test": { "@type": "@id" },
          "outcome": { "@type": "@id" },
          "mode": { "@type": "@id" },
          "isPartOf": { "@id": "dct:isPartOf", "@type": "@id" },
          "source": { "@id": "dct:source", "@type": "@id" },
          "title": "dct:title",
          "description": "dct:description",
          "date": "dct:date",
          "hasVersion": "dct:hasVersion",
          "name": "foaf:name"
        }
        """;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "earl";

    public LocalizedText Description { get; } = LocalizedText.Bilingual(
        "earl.jsonld, the automated results in W3C's EARL, for other accessibility tools",
        "earl.jsonld, los resultados automáticos en EARL del W3C, para otras herramientas de accesibilidad");

    public string FileName => "earl.jsonld";

    public string Render(ReportInput input)
    {
        var report = input.Assessment;
        var date = report.Run.StartedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var graph = new JsonArray
        {
            new JsonObject
            {
                ["@id"] = "_:servicestandard",
                ["@type"] = new JsonArray("earl:Assertor", "earl:Software"),
                ["title"] = report.Run.Tool,
                ["hasVersion"] = report.Run.ToolVersion,
            },
            new JsonObject
            {
                ["@id"] = "_:website",
                ["@type"] = new JsonArray("earl:TestSubject", "sch:WebSite"),
                ["title"] = Text(report.Service.Name ?? report.Scope.BaseUrl ?? string.Empty),
                ["source"] = Text(report.Scope.BaseUrl ?? string.Empty),
            },
        };

        // Every page, file or repository path a finding is on: one test subject each.
        var subjects = new Dictionary<string, string>(StringComparer.Ordinal);
        string Subject(Finding finding)
        {
            var where = finding.Location switch
            {
                PageLocation page => page.Url,
                SourceLocationSpan source => source.Path,
                RepositoryLocation repository => repository.Path,
                _ => string.Empty,
            };
            if (!subjects.TryGetValue(where, out var id))
            {
                id = $"_:subject_{subjects.Count}";
                subjects[where] = id;
                graph.Add(new JsonObject
                {
                    ["@id"] = id,
                    ["@type"] = finding.Location is PageLocation ? new JsonArray("earl:TestSubject", "sch:WebPage") : new JsonArray("earl:TestSubject"),
                    ["source"] = Text(where),
                    ["title"] = Text(report.Pages.FirstOrDefault(p => p.Url == where || p.FinalUrl == where)?.Title ?? where),
                });
            }

            return id;
        }

        foreach (var finding in report.Findings.OrderBy(f => f.QualifiedRuleId, StringComparer.Ordinal).ThenBy(f => f.Fingerprint, StringComparer.Ordinal))
        {
            var rule = report.Rules.FirstOrDefault(r => r.QualifiedRuleId == finding.QualifiedRuleId);
            var wcag = ReportFacts.WcagOf(report, finding).Select(w => w.Number).ToList();
            var criteria = report.WcagCoverage?.Criteria.Where(c => wcag.Contains(c.Number, StringComparer.Ordinal)).Select(c => (JsonNode?)("WCAG22:" + WcagEmReport.Slug(c))).ToArray() ?? [];
            graph.Add(new JsonObject
            {
                ["@type"] = "earl:Assertion",
                ["@id"] = "_:finding_" + finding.Fingerprint,
                ["assertedBy"] = "_:servicestandard",
                ["subject"] = Subject(finding),
                ["test"] = new JsonObject
                {
                    ["@id"] = Text(finding.HelpUrl ?? rule?.HelpUrl ?? $"https://servicestandard.dev/rules/{finding.QualifiedRuleId}"),
                    ["@type"] = "earl:TestCase",
                    ["title"] = Text(finding.QualifiedRuleId),
                    ["description"] = Text(rule?.Help ?? finding.Help),
                    ["isPartOf"] = new JsonArray(criteria),
                },
                ["mode"] = "earl:automatic",
                ["result"] = new JsonObject
                {
                    ["@type"] = "earl:TestResult",
                    ["outcome"] = finding.Kind == FindingKind.Violation ? "earl:failed" : "earl:cantTell",
                    ["description"] = Text(finding.Message),
                    ["pointer"] = finding.Location is PageLocation { Selector: { } selector } ? Text(selector) : null,
                    ["date"] = date,
                },
            });
        }

        foreach (var criterion in DocumentViewBuilder.Criteria(report))
        {
            // The machine's outcome alone: an assessor's judgement is for wcag-em.json, not for EARL's automated results.
            var outcome = criterion.Status switch
            {
                WcagStatus.Failed => "earl:failed",
                WcagStatus.NeedsReview => "earl:cantTell",
                _ => "earl:untested",
            };
            graph.Add(new JsonObject
            {
                ["@type"] = "earl:Assertion",
                ["@id"] = "_:wcag_" + criterion.Number.Replace('.', '_'),
                ["assertedBy"] = "_:servicestandard",
                ["subject"] = "_:website",
                ["test"] = "WCAG22:" + WcagEmReport.Slug(criterion),
                ["mode"] = "earl:automatic",
                ["result"] = new JsonObject
                {
                    ["@type"] = "earl:TestResult",
                    ["outcome"] = outcome,
                    ["description"] = $"{criterion.Violations} violation(s), {criterion.NeedsReview} to review; tested by: {(criterion.TestedBy.Count == 0 ? "none" : string.Join(", ", criterion.TestedBy))}",
                    ["date"] = date,
                },
            });
        }

        var document = new JsonObject { ["@context"] = JsonNode.Parse(Context), ["@graph"] = graph };
        return UntrustedText.EscapeInJson(document.ToJsonString(Indented)) + "\n";
    }

    private static string Text(string text) => UntrustedText.Reveal(text);
}
