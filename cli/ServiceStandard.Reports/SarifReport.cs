using ServiceStandard.Kernel.Text;
using ServiceStandard.Kernel;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceStandard.Model.Findings;
using ServiceStandard.Reports.Localization;
using ServiceStandard.Reports.Text;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Reports;

/// <summary>
/// report.sarif: SARIF 2.1.0 for code scanning. One run; the rules come from the check descriptors
/// (helpUri, WCAG criteria and tags as properties); source findings have physical locations relative
/// to the repository, page findings the page's URL with the element's selector as a logical location;
/// fingerprints go in partialFingerprints, the baseline state in baselineState, suppressed findings
/// carry a suppression with the config's reason.
/// </summary>
public sealed class SarifReport : IReportRenderer
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>The key of our fingerprint in partialFingerprints; the version changes if the fingerprint's recipe does.</summary>
    public const string FingerprintKey = "servicestandardFingerprint/v1";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "sarif";

    public LocalizedText Description { get; } = LocalizedText.Bilingual("report.sarif, SARIF 2.1.0 for code scanning", "report.sarif, SARIF 2.1.0 para el análisis de código");

    public string FileName => "report.sarif";

    public string Render(ReportInput input)
    {
        var report = input.Assessment;
        var findings = report.Findings.Select(f => (Finding: f, Suppression: (SuppressedFinding?)null))
            .Concat(report.Suppressed.Select(s => (Finding: s.Finding, Suppression: (SuppressedFinding?)s)))
            .ToList();
        var ruleIds = findings.Select(f => f.Finding.QualifiedRuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var documentation = ReportLabels.For(input.Language)["rule_documentation"];
        var rules = new JsonArray([.. ruleIds.Select(id => Rule(report, id, findings.First(f => f.Finding.QualifiedRuleId == id).Finding, documentation))]);
        var results = new JsonArray([.. findings.Select(f => Result(report, f.Finding, f.Suppression, ruleIds.IndexOf(f.Finding.QualifiedRuleId)))]);

        var run = new JsonObject
        {
            ["tool"] = new JsonObject
            {
                ["driver"] = new JsonObject
                {
                    ["name"] = report.Run.Tool,
                    ["version"] = report.Run.ToolVersion,
                    ["semanticVersion"] = report.Run.ToolVersion,
                    ["informationUri"] = "https://servicestandard.dev/",
                    ["rules"] = rules,
                },
            },
            ["automationDetails"] = new JsonObject { ["id"] = $"servicestandard/{report.Standard.Id}/" },
            ["invocations"] = new JsonArray(Invocation(report)),
            ["originalUriBaseIds"] = new JsonObject
            {
                ["SRCROOT"] = new JsonObject { ["description"] = Message("The folder servicestandard.yml is in (the repository root, usually).") },
            },
            ["results"] = results,
            ["properties"] = new JsonObject
            {
                ["service"] = report.Service.Name,
                ["standard"] = $"{report.Standard.Id} {report.Standard.Version}",
                ["failOn"] = report.Run.FailOn,
                ["criteria"] = new JsonArray([.. report.Criteria.Select(c => (JsonNode)new JsonObject
                {
                    ["id"] = c.Id,
                    ["title"] = c.Title,
                    ["outcome"] = ReportFacts.OutcomeWord(c.Outcome),
                })]),
            },
        };
        if (report.Baseline is { } baseline)
        {
            run["properties"]!["baseline"] = baseline.File;
        }

        var log = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(run),
        };
        RevealStrings(log);
        return log.ToJsonString(Options) + "\n";
    }

    private static JsonObject Invocation(AssessmentReport report)
    {
        var notifications = new JsonArray();
        foreach (var error in report.CheckErrors)
        {
            notifications.Add(new JsonObject
            {
                ["level"] = "error",
                ["message"] = Message(error.Url is null ? error.Message : $"{error.Message} ({error.Url})"),
                ["descriptor"] = new JsonObject { ["id"] = error.CheckId },
            });
        }

        foreach (var page in report.Pages.Where(p => p.Error is not null))
        {
            notifications.Add(new JsonObject
            {
                ["level"] = "warning",
                ["message"] = Message($"{page.Url} could not be assessed: {page.Error!.Kind}: {page.Error.Message}"),
                ["descriptor"] = new JsonObject { ["id"] = "page-error/" + page.Error.Kind },
            });
        }

        var invocation = new JsonObject
        {
            ["executionSuccessful"] = !report.Run.Incomplete && AssessmentVerdicts.Decide(report) != AssessmentVerdict.NotAssessable,
            ["startTimeUtc"] = report.Run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["endTimeUtc"] = report.Run.StartedAt.UtcDateTime.AddSeconds(report.Run.DurationSeconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        if (notifications.Count > 0)
        {
            invocation["toolExecutionNotifications"] = notifications;
        }

        return invocation;
    }

    private static JsonObject Rule(AssessmentReport report, string id, Finding example, string documentation)
    {
        var summary = report.Rules.FirstOrDefault(r => r.QualifiedRuleId == id);
        var title = summary?.Title ?? example.Help;
        var help = summary?.Help ?? example.Help;
        var wcag = summary?.Wcag ?? [];
        var rule = new JsonObject
        {
            ["id"] = id,
            ["name"] = PascalName(id),
            ["shortDescription"] = Message(title),
            ["fullDescription"] = Message(help),
            ["help"] = new JsonObject
            {
                ["text"] = help,
                ["markdown"] = Markdown(help, summary?.HelpUrl ?? example.HelpUrl, wcag, documentation),
            },
            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(summary?.Severity ?? example.Severity) },
            ["properties"] = new JsonObject
            {
                ["tags"] = new JsonArray([.. (summary?.Tags ?? example.Tags).Select(t => (JsonNode)t!)]),
                ["wcag"] = new JsonArray([.. wcag.Select(n => (JsonNode)n!)]),
                ["actIds"] = new JsonArray([.. (summary?.ActIds ?? []).Select(a => (JsonNode)a!)]),
                ["checkId"] = example.CheckId,
                ["precision"] = "high",
            },
        };
        if (AbsoluteUri(summary?.HelpUrl ?? example.HelpUrl) is { } helpUri)
        {
            rule["helpUri"] = helpUri;
        }

        return rule;
    }

    private static JsonObject Result(AssessmentReport report, Finding finding, SuppressedFinding? suppression, int ruleIndex)
    {
        var violation = finding.Kind == FindingKind.Violation;
        var result = new JsonObject
        {
            ["ruleId"] = finding.QualifiedRuleId,
            ["ruleIndex"] = ruleIndex,
            ["kind"] = violation ? "fail" : "review",

            // SARIF: a result whose kind is not fail has level none.
            ["level"] = violation ? Level(finding.Severity) : "none",
            ["message"] = Message(finding.Message),
            ["locations"] = new JsonArray(Location(report, finding)),
            ["partialFingerprints"] = new JsonObject { [FingerprintKey] = finding.Fingerprint },
            ["properties"] = new JsonObject
            {
                ["severity"] = ReportFacts.SeverityWord(finding.Severity),
                ["occurrences"] = finding.Occurrences,
                ["tags"] = new JsonArray([.. finding.Tags.Select(t => (JsonNode)t!)]),
            },
        };
        if (finding.Baseline is { } state)
        {
            result["baselineState"] = state == BaselineState.New ? "new" : "unchanged";
        }

        if (suppression is not null)
        {
            result["suppressions"] = new JsonArray(new JsonObject
            {
                ["kind"] = "external",
                ["status"] = "accepted",
                ["justification"] = suppression.Reason,
                ["location"] = new JsonObject { ["physicalLocation"] = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = "servicestandard.yml", ["uriBaseId"] = "SRCROOT" } } },
            });
        }

        return result;
    }

    private static JsonObject Location(AssessmentReport report, Finding finding)
    {
        switch (finding.Location)
        {
            case SourceLocationSpan source:
                return new JsonObject
                {
                    ["physicalLocation"] = new JsonObject
                    {
                        ["artifactLocation"] = new JsonObject { ["uri"] = RepositoryPath(report.Scope.Source, source.Path), ["uriBaseId"] = "SRCROOT" },
                        ["region"] = new JsonObject
                        {
                            ["startLine"] = source.StartLine,
                            ["startColumn"] = source.StartColumn,
                            ["endLine"] = source.EndLine,
                            ["endColumn"] = source.EndColumn,
                        },
                    },
                };
            case RepositoryLocation repository:
                return new JsonObject
                {
                    ["physicalLocation"] = new JsonObject
                    {
                        ["artifactLocation"] = new JsonObject { ["uri"] = EscapePath(repository.Path), ["uriBaseId"] = "SRCROOT" },
                    },
                };
            case PageLocation page:
                var location = new JsonObject();
                var artifact = AbsoluteUri(page.Url) is { } url ? new JsonObject { ["uri"] = url } : new JsonObject { ["description"] = Message(page.Url) };
                var physical = new JsonObject { ["artifactLocation"] = artifact };
                if (page.Snippet is { } snippet)
                {
                    physical["region"] = new JsonObject { ["snippet"] = new JsonObject { ["text"] = snippet } };
                }

                location["physicalLocation"] = physical;
                if (page.Selector is { } selector)
                {
                    location["logicalLocations"] = new JsonArray(new JsonObject { ["kind"] = "element", ["fullyQualifiedName"] = selector });
                }

                if (page.Journey is { } journey)
                {
                    location["message"] = Message(journey);
                }

                return location;
            default:
                throw new ArgumentOutOfRangeException(nameof(finding), finding.Location.GetType().Name, "unknown location");
        }
    }

    private static string RepositoryPath(string? source, string path)
    {
        var relative = source is null or "." or "" ? path : $"{source.TrimEnd('/')}/{path}";
        return EscapePath(relative.Replace('\\', '/').TrimStart('/'));
    }

    /// <summary>A relative URI reference for a file path: each segment percent-encoded.</summary>
    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static string? AbsoluteUri(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    private static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.Serious => "error",
        Severity.Moderate => "warning",
        _ => "note",
    };

    private static JsonObject Message(string text) => new() { ["text"] = text };

    /// <summary>
    /// Every string in the log with its hidden characters revealed (<see cref="UntrustedText.Reveal"/>):
    /// code scanning shows messages, snippets and selectors decoded, so a bidi control or ESC escaped
    /// only in the JSON would still act there. Done over the whole tree so no field is forgotten.
    /// </summary>
    private static void RevealStrings(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (Revealed(value) is { } text)
                    {
                        obj[key] = text;
                    }
                    else
                    {
                        RevealStrings(value);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Revealed(array[i]) is { } text)
                    {
                        array[i] = text;
                    }
                    else
                    {
                        RevealStrings(array[i]);
                    }
                }

                break;
        }
    }

    /// <summary>The revealed text of a string value that needs it; null for anything else.</summary>
    private static string? Revealed(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && UntrustedText.Reveal(text) is var revealed && !ReferenceEquals(revealed, text)
            ? revealed
            : null;

    private static string Markdown(string help, string? helpUrl, IReadOnlyList<string> wcag, string documentation)
    {
        var text = MarkdownText.Escape(help);
        if (AbsoluteUri(helpUrl) is { } url)
        {
            text += $" [{documentation}]({url})";
        }

        if (wcag.Count > 0)
        {
            text += "\n\nWCAG " + string.Join(", ", wcag);
        }

        return text;
    }

    /// <summary>accessibility/axe/image-alt → AccessibilityAxeImageAlt.</summary>
    private static string PascalName(string id) =>
        string.Concat(id.Split(['/', '-', '.', '_'], StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
