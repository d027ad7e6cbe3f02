using System.Text.Json;
using System.Text.Json.Serialization;
using ServiceStandard.Index.Catalogue;
using ServiceStandard.Index.Computation;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Index.Publishing;

/// <summary>The method a figure was computed by: every document of the read API and the open data carries it.</summary>
public sealed record MethodReference(string Version, string TitleEn, string TitleEs);

public sealed record InstitutionRow(
    string Id,
    string NameEn,
    string NameEs,
    string Level,
    string? Region,
    string Status,
    double? Score,
    int? Rank,
    int? RankInLevel,
    int ServicesRegistered,
    int ServicesRanked,
    double? ScoreChange,
    int? RankChange,
    bool IsNew);

public sealed record ServiceRow(
    string InstitutionId,
    string Id,
    string Name,
    string? Url,
    string? Repository,
    string Status,
    double? Score,
    double? CriteriaScore,
    double? FindingsScore,
    double Coverage,
    int? Rank,
    long? AssessmentId);

public sealed record LevelRow(string Level, double? Score, int InstitutionsRanked, int Institutions);

public sealed record HistoryRow(string Period, string Status, double? Score, int? Rank);

public sealed record CriterionRow(string Id, string Title);

public sealed record HeatMapRow(string InstitutionId, string CriterionId, int Met, int NeedsReview, int NotMet, int NotAssessed, double? Score);

public sealed record NotMetRow(string CriterionId, string Title, int NotMet, int Assessed, double Share);

public sealed record CriterionOutcomeRow(string Id, string Title, string Outcome);

public sealed record AssessmentRow(
    long Id,
    DateTimeOffset StartedAt,
    DateTimeOffset ReceivedAt,
    string ToolVersion,
    string StandardId,
    string StandardVersion,
    string? Commit,
    int PagesAssessed,
    int Violations,
    int Met,
    int NeedsReview,
    int NotMet,
    int NotAssessed,
    IReadOnlyList<CriterionOutcomeRow> Criteria);

public sealed record RankingDocument(MethodReference Method, string Period, IReadOnlyList<InstitutionRow> Institutions, IReadOnlyList<LevelRow> Levels);

public sealed record InstitutionDocument(MethodReference Method, string Period, InstitutionRow Institution, IReadOnlyList<ServiceRow> Services, IReadOnlyList<HistoryRow> History);

public sealed record ServiceDocument(MethodReference Method, string Period, string InstitutionNameEn, string InstitutionNameEs, ServiceRow Service, AssessmentRow? LatestAssessment);

public sealed record HeatMapDocument(MethodReference Method, string Period, IReadOnlyList<CriterionRow> Criteria, IReadOnlyList<HeatMapRow> Cells);

public sealed record NotMetDocument(MethodReference Method, string Period, IReadOnlyList<NotMetRow> Criteria);

/// <summary>The open data file (docs/schemas/index-open-data.schema.json): the whole period, institutions and services, with the method that computed it.</summary>
public sealed record OpenDataDocument(int SchemaVersion, MethodReference Method, string Period, IReadOnlyList<InstitutionRow> Institutions, IReadOnlyList<ServiceRow> Services, IReadOnlyList<LevelRow> Levels, IReadOnlyList<NotMetRow> MostOftenNotMet)
{
    public const int CurrentSchemaVersion = 1;
}

/// <summary>
/// The read API's and the open data's documents, built from a snapshot. Scores are published at the
/// method's decimals (the figures the ranking is decided on); shares and coverage at three. A
/// figure that could not be computed is null, never 0.
/// </summary>
public static class IndexDocuments
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default,
    };

    public static string Status(StandingStatus status) => status switch
    {
        StandingStatus.Ranked => "ranked",
        StandingStatus.BelowCoverage => "below-coverage",
        StandingStatus.Unscored => "unscored",
        _ => "not-assessed",
    };

    public static string Outcome(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Met => "met",
        CriterionOutcome.NotMet => "not-met",
        CriterionOutcome.NeedsReview => "needs-review",
        _ => "not-assessed",
    };

    public static MethodReference Method(IndexSnapshot s) => new(s.Method.Version, s.Method.Title.Get("en"), s.Method.Title.Get("es"));

    /// <summary>Institutions in ranking order: ranked by rank (then id), then the rest by id.</summary>
    public static IReadOnlyList<InstitutionRow> Institutions(IndexSnapshot s) =>
        [.. s.Current.Institutions
            .OrderBy(i => i.Rank ?? int.MaxValue).ThenBy(i => i.InstitutionId, StringComparer.Ordinal)
            .Select(i => Institution(s, i))];

    public static InstitutionRow Institution(IndexSnapshot s, InstitutionStanding i)
    {
        var institution = s.Institution(i.InstitutionId)!;
        s.Movements.TryGetValue(i.InstitutionId, out var movement);
        return new InstitutionRow(institution.Id, institution.NameEn, institution.NameEs, InstitutionLevels.Name(institution.Level), institution.Region,
            Status(i.Status), Score(s, i.Score), i.Rank, i.RankInLevel, i.ServicesRegistered, i.ServicesRanked,
            movement?.ScoreChange is { } change ? s.Published(change) : null, movement?.RankChange, movement?.IsNew ?? false);
    }

    public static ServiceRow Service(IndexSnapshot s, ServiceStanding standing)
    {
        var service = s.Service(standing.InstitutionId, standing.ServiceId)!;
        return new ServiceRow(service.InstitutionId, service.Id, service.Name, service.Url, service.Repository, Status(standing.Status),
            Score(s, standing.Score), Share(standing.CriteriaScore), Share(standing.FindingsScore), Share(standing.Coverage)!.Value, standing.Rank, standing.AssessmentId);
    }

    public static IReadOnlyList<ServiceRow> Services(IndexSnapshot s) => [.. s.Current.Services.Select(x => Service(s, x))];

    public static IReadOnlyList<LevelRow> Levels(IndexSnapshot s) =>
        [.. s.Current.Levels.Select(l => new LevelRow(InstitutionLevels.Name(l.Level), Score(s, l.Score), l.InstitutionsRanked, l.Institutions))];

    public static IReadOnlyList<NotMetRow> NotMet(IndexSnapshot s) =>
        [.. s.Current.MostOftenNotMet.Select(c => new NotMetRow(c.CriterionId, c.Title, c.NotMet, c.Assessed, Share(c.Share)!.Value))];

    public static RankingDocument Ranking(IndexSnapshot s) => new(Method(s), s.Current.Period, Institutions(s), Levels(s));

    public static InstitutionDocument Institution(IndexSnapshot s, string institutionId) => new(
        Method(s),
        s.Current.Period,
        Institution(s, s.Standing(institutionId)),
        [.. s.StandingsOf(institutionId).Select(x => Service(s, x))],
        [.. s.HistoryOf(institutionId).Select(h => new HistoryRow(h.Period, Status(h.Standing.Status), Score(s, h.Standing.Score), h.Standing.Rank))]);

    public static ServiceDocument Service(IndexSnapshot s, string institutionId, string serviceId)
    {
        var standing = s.Standing(institutionId, serviceId);
        var institution = s.Institution(institutionId)!;
        AssessmentRow? latest = null;
        if (standing.AssessmentId is { } id && s.Assessments.TryGetValue(id, out var a))
        {
            latest = new AssessmentRow(a.Id, a.StartedAt, a.ReceivedAt, a.ToolVersion, a.StandardId, a.StandardVersion, a.Commit, a.PagesAssessed, a.Violations,
                a.Count(CriterionOutcome.Met), a.Count(CriterionOutcome.NeedsReview), a.Count(CriterionOutcome.NotMet), a.Count(CriterionOutcome.NotAssessed),
                [.. a.Criteria.Select(c => new CriterionOutcomeRow(c.Id, c.Title, Outcome(c.Outcome)))]);
        }

        return new ServiceDocument(Method(s), s.Current.Period, institution.NameEn, institution.NameEs, Service(s, standing), latest);
    }

    public static HeatMapDocument HeatMap(IndexSnapshot s) => new(
        Method(s),
        s.Current.Period,
        [.. s.Current.Criteria.Order(StringComparer.Ordinal).Select(c => new CriterionRow(c, s.CriterionTitle(c)))],
        [.. s.Current.HeatMap.Select(c => new HeatMapRow(c.InstitutionId, c.CriterionId, c.Met, c.NeedsReview, c.NotMet, c.NotAssessed, Share(c.Score)))]);

    public static NotMetDocument MostOftenNotMet(IndexSnapshot s) => new(Method(s), s.Current.Period, NotMet(s));

    public static OpenDataDocument OpenData(IndexSnapshot s) =>
        new(OpenDataDocument.CurrentSchemaVersion, Method(s), s.Current.Period, Institutions(s), Services(s), Levels(s), NotMet(s));

    private static double? Score(IndexSnapshot s, double? score) => score is { } value ? s.Published(value) : null;

    private static double? Share(double? share) => share is { } value ? Math.Round(value, 3, MidpointRounding.AwayFromZero) : null;
}
