using System.Globalization;
using System.Text;

namespace ServiceStandard.Index.Publishing;

/// <summary>
/// The open data as CSV (RFC 4180: comma-separated, CRLF line ends, UTF-8 without a byte order mark,
/// one header row). Text cells come from institutions and teams (names, regions, URLs), so each is
/// made safe for spreadsheets before it is quoted: one starting with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return, which a spreadsheet would run as a formula, gets a leading
/// apostrophe (OWASP's advice on CSV injection). Numbers are ours and written as they are, so a
/// negative score change stays a number. docs/index.md documents both files' columns.
/// </summary>
public static class OpenDataCsv
{
    public static IReadOnlyList<string> InstitutionColumns { get; } =
    [
        "period", "method_version", "rank", "rank_in_level", "institution_id", "name_en", "name_es", "level", "region", "status", "score",
        "services_registered", "services_ranked", "score_change", "rank_change", "new_in_ranking",
    ];

    public static IReadOnlyList<string> ServiceColumns { get; } =
    [
        "period", "method_version", "institution_id", "service_id", "service_name", "url", "repository", "status", "score", "criteria_score",
        "findings_score", "coverage", "rank", "assessment_id",
    ];

    public static string Institutions(OpenDataDocument data)
    {
        var csv = new StringBuilder();
        Row(csv, InstitutionColumns.Select(Cell.Text));
        foreach (var i in data.Institutions)
        {
            Row(csv, [Cell.Text(data.Period), Cell.Text(data.Method.Version), Cell.Number(i.Rank), Cell.Number(i.RankInLevel), Cell.Text(i.Id), Cell.Text(i.NameEn), Cell.Text(i.NameEs),
                Cell.Text(i.Level), Cell.Text(i.Region), Cell.Text(i.Status), Cell.Number(i.Score), Cell.Number(i.ServicesRegistered), Cell.Number(i.ServicesRanked),
                Cell.Number(i.ScoreChange), Cell.Number(i.RankChange), Cell.Text(i.IsNew ? "true" : "false")]);
        }

        return csv.ToString();
    }

    public static string Services(OpenDataDocument data)
    {
        var csv = new StringBuilder();
        Row(csv, ServiceColumns.Select(Cell.Text));
        foreach (var s in data.Services)
        {
            Row(csv, [Cell.Text(data.Period), Cell.Text(data.Method.Version), Cell.Text(s.InstitutionId), Cell.Text(s.Id), Cell.Text(s.Name), Cell.Text(s.Url), Cell.Text(s.Repository),
                Cell.Text(s.Status), Cell.Number(s.Score), Cell.Number(s.CriteriaScore), Cell.Number(s.FindingsScore), Cell.Number(s.Coverage), Cell.Number(s.Rank), Cell.Number(s.AssessmentId)]);
        }

        return csv.ToString();
    }

    /// <summary>A text cell as written: defused against formulas, then quoted when it holds a comma, a quote, a line break or edge spaces.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var safe = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        var quote = safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 || safe[0] == ' ' || safe[^1] == ' ';
        return quote ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private static void Row(StringBuilder csv, IEnumerable<string> cells) => csv.Append(string.Join(',', cells)).Append("\r\n");

    private static class Cell
    {
        public static string Text(string? value) => OpenDataCsv.Text(value);

        public static string Number(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture) ?? string.Empty;

        public static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
