using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Kernel.Yaml;
using YamlDotNet.RepresentationModel;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Assessing;

/// <summary>One criterion's judgement as written in judgements.yml, with where it is written.</summary>
/// <param name="Outcome">met or not-met; null when left empty.</param>
public sealed record Judgement(string Criterion, CriterionOutcome? Outcome, string? Note, string? Assessor, SourceLocation Location);

/// <summary>One WCAG success criterion's outcome as written in judgements.yml (its <c>wcag:</c> list), with where it is written.</summary>
/// <param name="Criterion">The criterion's number, 1.4.3.</param>
/// <param name="Outcome">passed, failed, cantTell, inapplicable or untested; null when left empty.</param>
/// <param name="Evidence">Fingerprints of the assessment's findings the outcome rests on.</param>
public sealed record WcagJudgementEntry(string Criterion, WcagEmOutcome? Outcome, string? Note, string? Assessor, string? Date, IReadOnlyList<string> Evidence, SourceLocation Location);

/// <summary>
/// An assessor's judgements.yml (docs/schemas/judgements.schema.json): per criterion met / not met,
/// a note and the assessor's name; per WCAG 2.2 success criterion (optional <c>wcag:</c>) WCAG-EM's
/// outcome, who decided it, when, and the findings it rests on. Read with <see cref="Parse"/>, which reports every problem at its
/// line and column; merged into an assessment with <see cref="Apply"/>.
/// </summary>
public sealed partial record Judgements(string Standard, string? Assessor, string? Date, IReadOnlyList<Judgement> Entries, string File)
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>The tool's name as the assessor of the outcomes <see cref="Template"/> prefills from its own findings.</summary>
    public const string AutomatedAssessor = WcagJudgement.AutomatedAssessor;

    private static readonly string[] TopKeys = ["schemaVersion", "standard", "assessor", "date", "judgements", "wcag"];
    private static readonly string[] EntryKeys = ["criterion", "outcome", "note", "assessor"];
    private static readonly string[] WcagKeys = ["criterion", "outcome", "note", "assessor", "date", "evidence"];

    /// <summary>WCAG-EM's outcomes as judgements.yml spells them (EARL's words).</summary>
    private static readonly Dictionary<string, WcagEmOutcome> WcagOutcomeWords = new(StringComparer.Ordinal)
    {
        ["passed"] = WcagEmOutcome.Passed,
        ["failed"] = WcagEmOutcome.Failed,
        ["cantTell"] = WcagEmOutcome.CantTell,
        ["inapplicable"] = WcagEmOutcome.Inapplicable,
        ["untested"] = WcagEmOutcome.Untested,
    };

    /// <summary>The WCAG success criteria judged (<c>wcag:</c>), in the order written; empty in a file written before it existed.</summary>
    public IReadOnlyList<WcagJudgementEntry> Wcag { get; init; } = [];

    public static LoadResult<Judgements> Load(string path)
    {
        try
        {
            return Parse(ServiceStandard.Kernel.Files.InputFile.ReadText(path), path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return LoadResult<Judgements>.Failed([Diagnostic.Error(new SourceLocation(path, 1, 1), $"the judgements file cannot be read: {ex.Message}")]);
        }
    }

    public static LoadResult<Judgements> Parse(string text, string fileName)
    {
        var (root, syntaxError) = YamlDocumentParser.Parse(text, fileName);
        if (root is null)
        {
            return LoadResult<Judgements>.Failed([syntaxError!]);
        }

        var context = new YamlReadContext(fileName);
        var top = YamlMapping.Read(root, "the judgements file", context, TopKeys);
        if (top is null)
        {
            return LoadResult<Judgements>.Failed(context.SortedDiagnostics());
        }

        if (top.GetInt("schemaVersion", required: true) is { } version && version != CurrentSchemaVersion)
        {
            context.Error(top.Get("schemaVersion")!, $"schemaVersion {version} is not supported; this version of the tool reads schemaVersion {CurrentSchemaVersion}");
        }

        var standard = top.GetString("standard", required: true) ?? string.Empty;
        var assessor = Optional(top, "assessor");
        var date = Optional(top, "date");
        if (date is not null && !IsDate(date))
        {
            context.Error(top.Get("date")!, $"'date' must be a date written YYYY-MM-DD, found '{date}'");
        }

        var entries = new List<Judgement>();
        foreach (var node in top.GetList("judgements", required: true))
        {
            var map = YamlMapping.Read(node, $"judgement {entries.Count + 1}", context, EntryKeys);
            if (map is null)
            {
                continue;
            }

            var criterion = map.GetString("criterion", required: true);
            var outcomeText = Optional(map, "outcome");
            CriterionOutcome? outcome = outcomeText switch
            {
                null => null,
                "met" => CriterionOutcome.Met,
                "not-met" => CriterionOutcome.NotMet,
                _ => Invalid(map.Get("outcome")!, $"'outcome' of {criterion ?? "a judgement"} must be met or not-met (or empty until judged), found '{outcomeText}'"),
            };
            var note = Optional(map, "note");
            var entryAssessor = Optional(map, "assessor");
            if (criterion is null)
            {
                continue;
            }

            if (entries.FirstOrDefault(e => string.Equals(e.Criterion, criterion, StringComparison.OrdinalIgnoreCase)) is { } earlier)
            {
                context.Error(map.Get("criterion")!, $"{criterion} is judged twice; the first judgement is at line {earlier.Location.Line}");
                continue;
            }

            if ((outcome is not null || note is not null) && entryAssessor is null && assessor is null)
            {
                context.Error(map.Node, $"the judgement of {criterion} names no assessor: write 'assessor: <your name>' at the top of the file or in the judgement");
            }

            entries.Add(new Judgement(criterion, outcome, note, entryAssessor, context.Locate(map.Node)));
        }

        var wcag = ReadWcag(top, assessor, context);
        var diagnostics = context.SortedDiagnostics();
        return diagnostics.Any(d => d.IsError)
            ? LoadResult<Judgements>.Failed(diagnostics)
            : new LoadResult<Judgements>(new Judgements(standard, assessor, date, entries, fileName) { Wcag = wcag }, diagnostics);

        CriterionOutcome? Invalid(YamlNode node, string message)
        {
            context.Error(node, message);
            return null;
        }
    }

    private static List<WcagJudgementEntry> ReadWcag(YamlMapping top, string? assessor, YamlReadContext context)
    {
        var entries = new List<WcagJudgementEntry>();
        var index = 0;
        foreach (var node in top.GetList("wcag"))
        {
            index++;
            var map = YamlMapping.Read(node, $"WCAG judgement {index}", context, WcagKeys);
            if (map is null)
            {
                continue;
            }

            var criterion = map.GetString("criterion", required: true);
            var outcomeText = Optional(map, "outcome");
            WcagEmOutcome? outcome = null;
            if (outcomeText is not null)
            {
                if (WcagOutcomeWords.TryGetValue(outcomeText, out var known))
                {
                    outcome = known;
                }
                else
                {
                    context.Error(map.Get("outcome")!, $"'outcome' of {criterion ?? "a WCAG judgement"} must be passed, failed, cantTell, inapplicable or untested (or empty until judged), found '{outcomeText}'");
                }
            }

            var date = Optional(map, "date");
            if (date is not null && !IsDate(date))
            {
                context.Error(map.Get("date")!, $"'date' must be a date written YYYY-MM-DD, found '{date}'");
            }

            var entryAssessor = Optional(map, "assessor");
            var evidence = map.GetStringList("evidence");
            if (criterion is null)
            {
                continue;
            }

            if (!WcagNumber().IsMatch(criterion))
            {
                context.Error(map.Get("criterion")!, $"'{criterion}' is not a WCAG success criterion number such as 1.4.3");
                continue;
            }

            if (entries.FirstOrDefault(e => e.Criterion == criterion) is { } earlier)
            {
                context.Error(map.Get("criterion")!, $"{criterion} is judged twice; the first judgement is at line {earlier.Location.Line}");
                continue;
            }

            // Untested decides nothing; every other outcome is someone's decision and names them.
            if (outcome is not null and not WcagEmOutcome.Untested && entryAssessor is null && assessor is null)
            {
                context.Error(map.Node, $"the judgement of {criterion} names no assessor: write 'assessor: <your name>' at the top of the file or in the judgement");
            }

            entries.Add(new WcagJudgementEntry(criterion, outcome, Optional(map, "note"), entryAssessor, date, evidence, context.Locate(map.Node)));
        }

        return entries;
    }

    /// <summary>
    /// Merges the judgements into <paramref name="report"/>: a judged criterion takes the assessor's
    /// outcome (the machine's stays in <c>automatedOutcome</c>). A criterion the assessment does not
    /// have, or a file written for another standard, is an error; judging a criterion met despite
    /// blocking violations is allowed, with a warning.
    /// </summary>
    public LoadResult<AssessmentReport> Apply(AssessmentReport report)
    {
        var diagnostics = new List<Diagnostic>();
        if (!string.Equals(Standard, report.Standard.Id, StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(File, 1, 1), $"these judgements are for the standard '{Standard}', but the assessment is against '{report.Standard.Id}'"));
        }

        foreach (var entry in Entries.Where(e => !report.Criteria.Any(c => Same(c, e.Criterion))))
        {
            diagnostics.Add(Diagnostic.Error(entry.Location, $"'{entry.Criterion}' is not a criterion of {report.Standard.Id}; its criteria are {string.Join(", ", report.Criteria.Select(c => c.Id))}"));
        }

        var coverage = report.WcagCoverage;
        if (Wcag.Count > 0 && coverage is null)
        {
            diagnostics.Add(Diagnostic.Error(Wcag[0].Location, "the assessment has no WCAG coverage (it assessed no pages), so it has no WCAG criteria to judge"));
        }

        foreach (var entry in coverage is null ? [] : Wcag.Where(e => !coverage.Criteria.Any(c => c.Number == e.Criterion)))
        {
            diagnostics.Add(Diagnostic.Error(entry.Location, $"WCAG {entry.Criterion} is not among the assessment's WCAG criteria (levels {string.Join(", ", report.Scope.WcagLevels)})"));
        }

        var fingerprints = report.Findings.Select(f => f.Fingerprint).Concat(report.Suppressed.Select(s => s.Finding.Fingerprint)).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in Wcag)
        {
            foreach (var missing in entry.Evidence.Where(f => !fingerprints.Contains(f)))
            {
                diagnostics.Add(Diagnostic.Warning(entry.Location, $"WCAG {entry.Criterion} names the finding {missing} as evidence, but the assessment has no finding with that fingerprint"));
            }
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return LoadResult<AssessmentReport>.Failed(diagnostics);
        }

        var criteria = report.Criteria.Select(criterion =>
        {
            var entry = Entries.FirstOrDefault(e => Same(criterion, e.Criterion));
            if (entry is null || (entry.Outcome is null && entry.Note is null))
            {
                return criterion;
            }

            if (entry.Outcome == CriterionOutcome.Met && criterion.AutomatedOutcome == CriterionOutcome.NotMet)
            {
                diagnostics.Add(Diagnostic.Warning(entry.Location, $"{criterion.Id} is judged met although the assessment found blocking violations for it ({criterion.Reason})"));
            }

            return criterion with
            {
                Outcome = entry.Outcome ?? criterion.AutomatedOutcome,
                Judgement = new CriterionJudgement(entry.Outcome, entry.Note, entry.Assessor ?? Assessor ?? string.Empty, Date),
            };
        }).ToList();

        var revised = report with { Criteria = criteria };
        if (coverage is not null && Wcag.Count > 0)
        {
            revised = revised with { WcagCoverage = coverage with { Criteria = [.. coverage.Criteria.Select(c => JudgeWcag(c, diagnostics))] } };
        }

        return new LoadResult<AssessmentReport>(revised, diagnostics);
    }

    private WcagCoverageEntry JudgeWcag(WcagCoverageEntry criterion, List<Diagnostic> diagnostics)
    {
        var entry = Wcag.FirstOrDefault(e => e.Criterion == criterion.Number);
        if (entry?.Outcome is not { } outcome)
        {
            return criterion;
        }

        if (outcome is WcagEmOutcome.Passed or WcagEmOutcome.Inapplicable && criterion.Violations > 0)
        {
            diagnostics.Add(Diagnostic.Warning(entry.Location, $"WCAG {criterion.Number} is judged {Word(outcome)} although the assessment found {criterion.Violations} violation(s) of it"));
        }

        var assessor = entry.Assessor ?? Assessor ?? string.Empty;
        return criterion with { Judgement = new WcagJudgement(outcome, entry.Note, assessor, entry.Date ?? Date, entry.Evidence) };
    }

    private static string Word(WcagEmOutcome outcome) => WcagOutcomeWords.First(w => w.Value == outcome).Key;

    /// <summary>
    /// A judgements.yml to fill in: every criterion of the assessment, each with the machine's outcome,
    /// its reason and the assessor questions as comments, and an empty outcome and note.
    /// </summary>
    public static string Template(AssessmentReport report, string assessmentFile)
    {
        var text = new StringBuilder();
        text.AppendLine("# yaml-language-server: $schema=https://servicestandard.dev/schemas/judgements.schema.json");
        text.AppendLine(CultureInfo.InvariantCulture, $"# Assessor judgements for {Comment(report.Service.Name ?? report.Scope.BaseUrl ?? "the service")},");
        text.AppendLine(CultureInfo.InvariantCulture, $"# against {Comment(report.Standard.Title)} {report.Standard.Version}, from {Comment(assessmentFile)} ({report.Run.StartedAt:yyyy-MM-dd}).");
        text.AppendLine("#");
        text.AppendLine("# For each criterion set 'outcome' to met or not-met and write a note: what you saw, what");
        text.AppendLine("# convinced you. Leave 'outcome' empty (~) for a criterion you have not judged: the report");
        text.AppendLine("# keeps the machine's outcome for it. Only a judgement makes a criterion met.");
        text.AppendLine("# Then: servicestandard report --judgements judgements.yml " + Comment(assessmentFile));
        text.AppendLine(CultureInfo.InvariantCulture, $"schemaVersion: {CurrentSchemaVersion}");
        text.AppendLine(CultureInfo.InvariantCulture, $"standard: {Scalar(report.Standard.Id)}");
        text.AppendLine("assessor: ~        # your name; a judgement may name another with its own 'assessor'");
        text.AppendLine("date: ~            # the day of the assessment, YYYY-MM-DD");
        text.AppendLine("judgements:");
        foreach (var criterion in report.Criteria)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"  # {criterion.Id} {Comment(criterion.Title)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  # Automated: {OutcomeWord(criterion.AutomatedOutcome)} ({Comment(criterion.Reason)})");
            foreach (var question in criterion.AssessorQuestions)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  #   - {Comment(question)}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"  - criterion: {Scalar(criterion.Id)}");
            text.AppendLine("    outcome: ~      # met | not-met");
            text.AppendLine("    note: ~");
        }

        AppendWcag(text, report);
        return text.ToString();
    }

    /// <summary>Most findings named in a prefilled judgement's evidence; the comment counts the rest.</summary>
    private const int MaxEvidence = 50;

    /// <summary>
    /// The <c>wcag:</c> list: every WCAG success criterion at levels A and AA of the assessment,
    /// prefilled only where the machine's evidence decides. A violation found by a rule of the criterion
    /// makes it failed, and a finding a person must confirm cantTell, each with the tool as assessor and
    /// the findings as evidence; every other criterion is untested, with what the checks did listed.
    /// </summary>
    private static void AppendWcag(StringBuilder text, AssessmentReport report)
    {
        var criteria = report.WcagCoverage?.Criteria.Where(c => c.Level is "A" or "AA").ToList() ?? [];
        if (criteria.Count == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"# WCAG {Comment(report.WcagCoverage!.Version)} success criteria at levels A and AA, in WCAG-EM's words: passed | failed |");
        text.AppendLine("# cantTell | inapplicable (not present) | untested. The tool has set failed where one of its rules");
        text.AppendLine("# found a violation and cantTell where a finding needs a person, naming itself as the assessor");
        text.AppendLine("# and the findings as evidence (fingerprints in assessment.json); the rest are untested. Checks");
        text.AppendLine("# that found nothing never make a criterion passed: only a person does. When you decide one,");
        text.AppendLine("# set its outcome, your name (or the file's assessor) and the date, and say why in the note.");
        text.AppendLine("wcag:");
        var date = report.Run.StartedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var criterion in criteria)
        {
            var tag = "wcag" + criterion.Number.Replace(".", string.Empty, StringComparison.Ordinal);
            var related = report.Findings.Where(f => f.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)).ToList();
            var decisive = criterion.Status switch
            {
                WcagStatus.Failed => related.Where(f => f.Kind == Model.Findings.FindingKind.Violation).ToList(),
                WcagStatus.NeedsReview => related,
                _ => [],
            };
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"  # {criterion.Number} {Comment(criterion.Title)} ({criterion.Level})");
            text.AppendLine(CultureInfo.InvariantCulture, $"  # Automated: {Comment(WcagAutomated(criterion))}");
            foreach (var finding in decisive.Take(5))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  #   - {finding.Fingerprint} {Comment(finding.QualifiedRuleId)}: {Comment(Shorten(finding.Message, 100))} ({Comment(Shorten(Where(finding), 120))})");
            }

            if (decisive.Count > 5)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  #   - and {decisive.Count - 5} more in the evidence list");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"  - criterion: \"{criterion.Number}\"");
            if (decisive.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    outcome: {(criterion.Status == WcagStatus.Failed ? "failed" : "cantTell")}");
                text.AppendLine(CultureInfo.InvariantCulture, $"    assessor: {Scalar(AutomatedAssessor)}");
                text.AppendLine(CultureInfo.InvariantCulture, $"    date: {date}");
                text.AppendLine(CultureInfo.InvariantCulture, $"    evidence: [{string.Join(", ", decisive.Take(MaxEvidence).Select(f => Scalar(f.Fingerprint)))}]");
            }
            else
            {
                text.AppendLine("    outcome: untested   # passed | failed | cantTell | inapplicable | untested");
            }

            text.AppendLine("    note: ~");
        }
    }

    private static string WcagAutomated(WcagCoverageEntry criterion) => criterion.Status switch
    {
        WcagStatus.Failed => $"failed, {criterion.Violations} violation(s) found by its rules",
        WcagStatus.NeedsReview => $"cannot tell, {criterion.NeedsReview} finding(s) a person must confirm",
        WcagStatus.MachinePassed => $"nothing found by {string.Join(", ", criterion.TestedBy.Take(6))}{(criterion.TestedBy.Count > 6 ? $" and {criterion.TestedBy.Count - 6} more" : string.Empty)}; they cannot prove a pass, a person decides",
        _ => "no check that ran can test it; only a person can",
    };

    private static string Where(Model.Findings.Finding finding) => finding.Location switch
    {
        Model.Findings.PageLocation page => page.Selector is null ? page.Url : $"{page.Url} {page.Selector}",
        Model.Findings.SourceLocationSpan source => $"{source.Path}:{source.StartLine}",
        Model.Findings.RepositoryLocation repository => repository.Path,
        _ => string.Empty,
    };

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string OutcomeWord(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.NotMet => "not-met",
        CriterionOutcome.NeedsReview => "needs-review",
        CriterionOutcome.Met => "met",
        _ => "not-assessed",
    };

    private static bool Same(CriterionResult criterion, string idOrSlug) =>
        string.Equals(criterion.Id, idOrSlug, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(criterion.Slug, idOrSlug, StringComparison.OrdinalIgnoreCase);

    private static string? Optional(YamlMapping map, string key) =>
        map.Get(key) is { } node && YamlNodeKind.IsNull(node) ? null : map.GetString(key);

    private static bool IsDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>Text on one comment line: no line breaks, no control characters.</summary>
    private static string Comment(string text) => ControlCharacters().Replace(text, " ");

    /// <summary>A YAML scalar, double-quoted unless it is a plain word.</summary>
    private static string Scalar(string text) =>
        PlainWord().IsMatch(text) && text is not ("null" or "Null" or "NULL" or "true" or "false" or "yes" or "no" or "on" or "off") ? text : "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"[\p{Cc}\p{Zl}\p{Zp}]+")]
    private static partial Regex ControlCharacters();

    [GeneratedRegex(@"^[1-4]\.[0-9]{1,2}\.[0-9]{1,2}$")]
    private static partial Regex WcagNumber();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/-]*$")]
    private static partial Regex PlainWord();
}
