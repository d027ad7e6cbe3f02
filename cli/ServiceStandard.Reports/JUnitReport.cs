using ServiceStandard.Kernel.Text;
using ServiceStandard.Kernel;
using System.Globalization;
using System.Text;
using System.Xml;
using ServiceStandard.Model.Findings;
using ServiceStandard.Reports.Localization;
using ServiceStandard.Reports.Text;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Reports;

/// <summary>
/// junit.xml: so CI test tabs show the assessment. One test suite per criterion, holding one test
/// case for the criterion itself and one per check whose findings are evidence for it. A test case
/// fails exactly when the exit code counts it: a criterion that is not met, a check with violations
/// at or above failOn (new ones only with --new-only). Needs-review and not-assessed criteria are
/// skipped with the reason; findings below the threshold are listed in system-out.
/// </summary>
public sealed class JUnitReport : IReportRenderer
{
    public string Name => "junit";

    public LocalizedText Description { get; } = LocalizedText.Bilingual("junit.xml, one test per criterion for CI test tabs", "junit.xml, una prueba por criterio para las pestañas de pruebas de la CI");

    public string FileName => "junit.xml";

    public string Render(ReportInput input)
    {
        var report = input.Assessment;
        var l = ReportLabels.For(input.Language);
        var blocking = AssessmentVerdicts.Blocking(report).ToHashSet();
        var suites = report.Criteria.Select(c => CriterionSuite(report, c, blocking, l)).ToList();
        var unlinked = ReportFacts.Unlinked(report).ToList();
        if (unlinked.Count > 0)
        {
            suites.Add(new Suite(l["other_findings_heading"], "other", null, [.. Checks(report, "other", unlinked, blocking, l)]));
        }

        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var writer = XmlWriter.Create(new StringWriterUtf8(builder), settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("testsuites");
            writer.WriteAttributeString("name", Xml($"{report.Run.Tool}: {report.Service.Name ?? report.Scope.BaseUrl ?? report.Standard.Id}"));
            WriteCounts(writer, suites.SelectMany(s => s.Cases).ToList());
            writer.WriteAttributeString("time", report.Run.DurationSeconds.ToString("0.###", CultureInfo.InvariantCulture));
            writer.WriteAttributeString("timestamp", report.Run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            foreach (var suite in suites)
            {
                writer.WriteStartElement("testsuite");
                writer.WriteAttributeString("name", Xml(suite.Name));
                WriteCounts(writer, suite.Cases);
                writer.WriteAttributeString("time", "0");
                writer.WriteAttributeString("timestamp", report.Run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
                if (suite.Criterion is { } criterion)
                {
                    writer.WriteStartElement("properties");
                    Property(writer, "criterion", criterion.Id);
                    Property(writer, "outcome", ReportFacts.OutcomeWord(criterion.Outcome));
                    Property(writer, "automatedOutcome", ReportFacts.OutcomeWord(criterion.AutomatedOutcome));
                    if (criterion.Judgement is { } judgement)
                    {
                        Property(writer, "assessor", judgement.Assessor);
                    }

                    writer.WriteEndElement();
                }

                foreach (var test in suite.Cases)
                {
                    writer.WriteStartElement("testcase");
                    writer.WriteAttributeString("classname", Xml(test.ClassName));
                    writer.WriteAttributeString("name", Xml(test.Name));
                    writer.WriteAttributeString("time", "0");
                    if (test.Failure is { } failure)
                    {
                        writer.WriteStartElement("failure");
                        writer.WriteAttributeString("message", Xml(failure.Message));
                        writer.WriteAttributeString("type", failure.Type);
                        writer.WriteString(Xml(failure.Details));
                        writer.WriteEndElement();
                    }
                    else if (test.Skipped is { } skipped)
                    {
                        writer.WriteStartElement("skipped");
                        writer.WriteAttributeString("message", Xml(skipped));
                        writer.WriteEndElement();
                    }

                    if (test.Output is { Length: > 0 } output)
                    {
                        writer.WriteElementString("system-out", Xml(output));
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return builder.ToString() + "\n";
    }

    private static Suite CriterionSuite(AssessmentReport report, CriterionResult criterion, IReadOnlySet<Finding> blocking, ReportLabels l)
    {
        var name = $"{criterion.Id} {criterion.Title}";
        var outcome = l[ReportFacts.OutcomeKey(criterion.Outcome)];
        var judgement = criterion.Judgement is { } j
            ? $"{l.Format("judged_by", j.Assessor)}{(j.Note is null ? string.Empty : ": " + j.Note)}"
            : null;
        var details = string.Join("\n", new[] { criterion.Reason, judgement }.OfType<string>());
        var self = criterion.Outcome switch
        {
            CriterionOutcome.NotMet => new Case(criterion.Id, name, new Failure($"{outcome}: {criterion.Reason}", "not-met", details), null, judgement),
            CriterionOutcome.Met => new Case(criterion.Id, name, null, null, details),
            _ => new Case(criterion.Id, name, null, $"{outcome}: {criterion.Reason}", judgement),
        };
        var findings = ReportFacts.FindingsFor(report, criterion).ToList();
        return new Suite(name, criterion.Id, criterion, [self, .. Checks(report, criterion.Id, findings, blocking, l)]);
    }

    private static IEnumerable<Case> Checks(AssessmentReport report, string className, IReadOnlyList<Finding> findings, IReadOnlySet<Finding> blocking, ReportLabels l)
    {
        foreach (var check in ReportFacts.Ranked(findings).GroupBy(f => f.CheckId, StringComparer.Ordinal))
        {
            var failing = check.Where(blocking.Contains).ToList();
            var others = check.Where(f => !blocking.Contains(f)).ToList();
            var name = $"{check.Key} ({l.Format("findings_count", check.Count(f => f.Kind == FindingKind.Violation), check.Count(f => f.Kind == FindingKind.NeedsReview))})";
            var failure = failing.Count == 0
                ? null
                : new Failure(
                    l.Format("verdict_failed", failing.Count, report.Run.FailOn),
                    "violation",
                    string.Join("\n", failing.Select(f => Line(f, l))));
            yield return new Case($"{className}.{check.Key}", name, failure, null, string.Join("\n", others.Select(f => Line(f, l))));
        }
    }

    private static string Line(Finding finding, ReportLabels l)
    {
        var state = finding.Baseline == BaselineState.New ? $" [{l["baseline_new"]}]" : string.Empty;
        var kind = finding.Kind == FindingKind.NeedsReview ? $" ({l["kind_needs_review"]})" : string.Empty;
        return $"{ReportFacts.SeverityWord(finding.Severity)}{kind}{state} {finding.QualifiedRuleId} {ReportFacts.Where(finding)}: {finding.Message} [{finding.Fingerprint}]";
    }

    private static void WriteCounts(XmlWriter writer, IReadOnlyList<Case> cases)
    {
        writer.WriteAttributeString("tests", cases.Count.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("failures", cases.Count(c => c.Failure is not null).ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("errors", "0");
        writer.WriteAttributeString("skipped", cases.Count(c => c.Failure is null && c.Skipped is not null).ToString(CultureInfo.InvariantCulture));
    }

    private static void Property(XmlWriter writer, string name, string value)
    {
        writer.WriteStartElement("property");
        writer.WriteAttributeString("name", name);
        writer.WriteAttributeString("value", Xml(value));
        writer.WriteEndElement();
    }

    /// <summary>Text XML 1.0 can hold: hidden characters revealed (which also removes the control characters XML forbids).</summary>
    private static string Xml(string text) => UntrustedText.Reveal(text);

    private sealed record Suite(string Name, string Id, CriterionResult? Criterion, IReadOnlyList<Case> Cases);

    private sealed record Case(string ClassName, string Name, Failure? Failure, string? Skipped, string? Output);

    private sealed record Failure(string Message, string Type, string Details);

    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
