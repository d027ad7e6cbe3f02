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

/// <summary>
/// An assessor's judgements.yml (docs/schemas/judgements.schema.json): per criterion met / not met,
/// a note and the assessor's name. Read with <see cref="Parse"/>, which reports every problem at its
/// line and column; merged into an assessment with <see cref="Apply"/>.
/// </summary>
public sealed partial record Judgements(string Standard, string? Assessor, string? Date, IReadOnlyList<Judgement> Entries, string File)
{
    public const int CurrentSchemaVersion = 1;

    private static readonly string[] TopKeys = ["schemaVersion", "standard", "assessor", "date", "judgements"];
    private static readonly string[] EntryKeys = ["criterion", "outcome", "note", "assessor"];

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

        var diagnostics = context.SortedDiagnostics();
        return diagnostics.Any(d => d.IsError)
            ? LoadResult<Judgements>.Failed(diagnostics)
            : new LoadResult<Judgements>(new Judgements(standard, assessor, date, entries, fileName), diagnostics);

        CriterionOutcome? Invalid(YamlNode node, string message)
        {
            context.Error(node, message);
            return null;
        }
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

        if (diagnostics.Count > 0)
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

        return new LoadResult<AssessmentReport>(report with { Criteria = criteria }, diagnostics);
    }

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

        return text.ToString();
    }

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

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/-]*$")]
    private static partial Regex PlainWord();
}
