using ServiceStandard.Index.Catalogue;
using ServiceStandard.Index.Computation;
using ServiceStandard.Index.Method;
using ServiceStandard.Index.Periods;
using ServiceStandard.Kernel;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Index.Tests;

/// <summary>The index's computations on cases computed by hand (each expected figure's arithmetic is beside it).</summary>
public sealed class ComputationTests
{
    // met 1, needs-review 0.5, not-met 0; default weight 1, tag 'a' weighs 2, criterion C3 weighs 4;
    // findings are 20 % of the score, capped at 4 violations a page; ranked from 50 % coverage and 50 % of services.
    private static readonly IndexMethod Method = new(
        "test-1", LocalizedText.Bilingual("t", "t"), LocalizedText.Bilingual("s", "s"), new OutcomeScores(1, 0.5, 0), 1,
        new Dictionary<string, double> { ["C3"] = 4 }, new Dictionary<string, double> { ["a"] = 2 }, new FindingsWeight(0.2, 4), 0.5, 0.5, 1);

    private static readonly IndexPeriod Y2026 = IndexPeriod.Year(2026);

    [Fact]
    public void A_service_scores_its_weighted_criteria_and_its_capped_findings_per_page()
    {
        var evidence = Evidence("i", "s", 1, At(2026, 3), [("C1", CriterionOutcome.Met, ["x"]), ("C2", CriterionOutcome.NotMet, ["a"]), ("C3", CriterionOutcome.NeedsReview, ["a"]), ("C4", CriterionOutcome.NotAssessed, [])], [0, 2, 6]);

        var standing = IndexComputation.ScoreService(Method, evidence);

        // weights 1, 2 (tag a), 4 (C3 by id wins over its tag), 1; C4 not assessed: coverage 7/8.
        Assert.Equal(0.875, standing.Coverage, 9);
        // (1·1 + 2·0 + 4·0.5) / 7 = 3/7
        Assert.Equal(3.0 / 7, standing.CriteriaScore!.Value, 9);
        // pages 0, 2, 6 violations, cap 4: penalties 0, 0.5, 1 → 1 − 0.5
        Assert.Equal(0.5, standing.FindingsScore!.Value, 9);
        // 100 · (0.8 · 3/7 + 0.2 · 0.5) = 44.2857…
        Assert.Equal(100 * ((0.8 * 3 / 7) + 0.1), standing.Score!.Value, 9);
        Assert.Equal(StandingStatus.Ranked, standing.Status);
    }

    [Fact]
    public void A_service_none_of_whose_criteria_could_be_assessed_has_no_score_not_a_zero()
    {
        var evidence = Evidence("i", "s", 1, At(2026, 3), [("C1", CriterionOutcome.NotAssessed, []), ("C2", CriterionOutcome.NotAssessed, ["a"])], [0]);

        var standing = IndexComputation.ScoreService(Method, evidence);

        Assert.Equal(StandingStatus.Unscored, standing.Status);
        Assert.Null(standing.Score);
        Assert.Equal(0, standing.Coverage);
    }

    [Fact]
    public void A_service_with_no_page_assessed_scores_from_its_criteria_alone()
    {
        var evidence = Evidence("i", "s", 1, At(2026, 3), [("C1", CriterionOutcome.Met, []), ("C2", CriterionOutcome.NeedsReview, [])], []);

        var standing = IndexComputation.ScoreService(Method, evidence);

        Assert.Null(standing.FindingsScore);
        Assert.Equal(75, standing.Score!.Value, 9); // (1 + 0.5) / 2
    }

    [Fact]
    public void A_service_below_the_minimum_coverage_is_scored_but_not_ranked()
    {
        // C1 met (weight 1), C3 not assessed (weight 4): coverage 1/5 < 0.5.
        var evidence = Evidence("i", "s", 1, At(2026, 3), [("C1", CriterionOutcome.Met, []), ("C3", CriterionOutcome.NotAssessed, [])], []);

        var standing = IndexComputation.ScoreService(Method, evidence);

        Assert.Equal(StandingStatus.BelowCoverage, standing.Status);
        Assert.Equal(0.2, standing.Coverage, 9);
        Assert.Equal(100, standing.Score!.Value, 9);
        Assert.Null(standing.Rank);
    }

    [Fact]
    public void Equal_published_scores_share_a_rank_and_the_next_rank_skips()
    {
        var ranked = Ranking.Rank([("a", 90.0), ("b", 85.04), ("c", 85.0), ("d", 70.0)], x => x.Item2, 1, x => x.Item1);

        // 85.04 is published as 85.0: b and c tie for 2nd, d is 4th.
        Assert.Equal([("a", 1), ("b", 2), ("c", 2), ("d", 4)], ranked.Select(r => (r.Item.Item1, r.Rank)));
    }

    [Fact]
    public void Institutions_score_the_mean_of_their_ranked_services_and_levels_the_mean_of_their_ranked_institutions()
    {
        var catalogue = new IndexCatalogue(
            [Institution("a", InstitutionLevel.Central), Institution("b", InstitutionLevel.Central), Institution("c", InstitutionLevel.Municipal)],
            [Service("a", "s1"), Service("a", "s2"), Service("b", "s1"), Service("b", "s2"), Service("c", "s1"), Service("c", "s2"), Service("c", "s3")]);
        var assessments = new[]
        {
            Scoring("a", "s1", 1, 0.8), // 80
            Scoring("b", "s1", 2, 0.6), // 60
            Scoring("b", "s2", 3, 0.4), // 40
            Scoring("c", "s1", 4, 1.0), // 100, but 1 of 3 services ranked < 50 %
        };

        var index = IndexComputation.Compute(Method, catalogue, Y2026, assessments);

        var a = index.Institutions.Single(i => i.InstitutionId == "a");
        var b = index.Institutions.Single(i => i.InstitutionId == "b");
        var c = index.Institutions.Single(i => i.InstitutionId == "c");
        Assert.Equal((StandingStatus.Ranked, 80.0, 1, 1), (a.Status, a.Score!.Value, a.ServicesRanked, a.Rank!.Value)); // s2 not assessed: 1 of 2 ranked
        Assert.Equal((StandingStatus.Ranked, 50.0, 2, 2), (b.Status, b.Score!.Value, b.ServicesRanked, b.Rank!.Value)); // (60 + 40) / 2
        Assert.Equal((StandingStatus.BelowCoverage, (int?)null), (c.Status, c.Rank));
        Assert.Equal(StandingStatus.NotAssessed, index.Services.Single(s => s.InstitutionId == "a" && s.ServiceId == "s2").Status);
        Assert.Null(index.Services.Single(s => s.InstitutionId == "a" && s.ServiceId == "s2").Score);
        var central = index.Levels.Single(l => l.Level == InstitutionLevel.Central);
        Assert.Equal((65.0, 2, 2), (central.Score!.Value, central.InstitutionsRanked, central.Institutions)); // (80 + 50) / 2
        var municipal = index.Levels.Single(l => l.Level == InstitutionLevel.Municipal);
        Assert.Equal(((double?)null, 0, 1), (municipal.Score, municipal.InstitutionsRanked, municipal.Institutions));
        Assert.Equal("test-1", index.MethodVersion);
    }

    [Fact]
    public void Movement_since_the_previous_period_is_the_change_of_published_score_and_of_rank()
    {
        var catalogue = new IndexCatalogue([Institution("a", InstitutionLevel.Central), Institution("b", InstitutionLevel.Central), Institution("d", InstitutionLevel.Regional)],
            [Service("a", "s"), Service("b", "s"), Service("d", "s")]);
        var assessments = new[]
        {
            Scoring("a", "s", 1, 0.70, At(2025, 5)), Scoring("b", "s", 2, 0.75, At(2025, 5)),
            Scoring("a", "s", 3, 0.80, At(2026, 5)), Scoring("b", "s", 4, 0.50, At(2026, 5)), Scoring("d", "s", 5, 0.60, At(2026, 5)),
        };
        var history = IndexComputation.History(Method, catalogue, [Y2026, IndexPeriod.Year(2025)], assessments);

        var movements = IndexComputation.Movements(history[1], history[0], Method.Decimals).ToDictionary(m => m.InstitutionId);

        Assert.Equal(["2025", "2026"], history.Select(h => h.Period));
        Assert.Equal((10.0, 1, false), (movements["a"].ScoreChange!.Value, movements["a"].RankChange!.Value, movements["a"].IsNew)); // 70 → 80, 2nd → 1st
        Assert.Equal((-25.0, -2), (movements["b"].ScoreChange!.Value, movements["b"].RankChange!.Value)); // 75 → 50, 1st → 3rd
        Assert.True(movements["d"].IsNew);
        Assert.Null(movements["d"].RankChange);
    }

    [Fact]
    public void The_heat_map_counts_outcomes_per_institution_and_criterion_and_the_most_often_not_met_come_first()
    {
        var catalogue = new IndexCatalogue([Institution("a", InstitutionLevel.Central), Institution("b", InstitutionLevel.Central)], [Service("a", "s1"), Service("a", "s2"), Service("b", "s1")]);
        var assessments = new[]
        {
            Evidence("a", "s1", 1, At(2026, 2), [("C1", CriterionOutcome.NotMet, []), ("C2", CriterionOutcome.Met, [])], []),
            Evidence("a", "s2", 2, At(2026, 2), [("C1", CriterionOutcome.NeedsReview, []), ("C2", CriterionOutcome.NotMet, [])], []),
            Evidence("b", "s1", 3, At(2026, 2), [("C1", CriterionOutcome.NotMet, []), ("C2", CriterionOutcome.NotAssessed, [])], []),
        };

        var index = IndexComputation.Compute(Method, catalogue, Y2026, assessments);

        var a1 = index.HeatMap.Single(c => c.InstitutionId == "a" && c.CriterionId == "C1");
        Assert.Equal((0, 1, 1, 0, 0.25), (a1.Met, a1.NeedsReview, a1.NotMet, a1.NotAssessed, a1.Score!.Value)); // (0 + 0.5) / 2
        var b2 = index.HeatMap.Single(c => c.InstitutionId == "b" && c.CriterionId == "C2");
        Assert.Equal((1, (double?)null), (b2.NotAssessed, b2.Score)); // assessed nowhere: no score, not 0
        // C1 not met by 2 of 3 services, C2 by 1 of the 2 where it was assessed.
        Assert.Equal([("C1", 2, 3), ("C2", 1, 2)], index.MostOftenNotMet.Select(c => (c.CriterionId, c.NotMet, c.Assessed)));
    }

    [Fact]
    public void The_latest_assessment_of_a_service_in_the_period_counts_and_of_one_run_the_later_upload_with_judgements()
    {
        var assessments = new[]
        {
            Evidence("a", "s", 1, At(2026, 3), [("C1", CriterionOutcome.NotMet, [])], []),
            Evidence("a", "s", 2, At(2026, 6), [("C1", CriterionOutcome.NeedsReview, [])], []),
            Evidence("a", "s", 3, At(2026, 6), [("C1", CriterionOutcome.Met, [])], []), // the same run again, judged met
            Evidence("a", "s", 4, At(2027, 1), [("C1", CriterionOutcome.NotMet, [])], []),
        };

        var counted = PeriodSelection.Latest(assessments, Y2026);

        Assert.Equal(3, Assert.Single(counted).AssessmentId);
        Assert.Equal(4, Assert.Single(PeriodSelection.Latest(assessments, IndexPeriod.Year(2027))).AssessmentId);
        Assert.Equal(2, Assert.Single(PeriodSelection.Latest(assessments.Take(2), IndexPeriod.Quarter(2026, 2))).AssessmentId);
    }

    [Fact]
    public void A_new_method_recomputes_past_periods_and_every_period_names_it()
    {
        var catalogue = new IndexCatalogue([Institution("a", InstitutionLevel.Central)], [Service("a", "s")]);
        var assessments = new[] { Evidence("a", "s", 1, At(2025, 4), [("C1", CriterionOutcome.Met, ["a"]), ("C2", CriterionOutcome.NotMet, [])], []) };
        var heavierTag = Method with { Version = "test-2", TagWeights = new Dictionary<string, double> { ["a"] = 3 } };

        var before = IndexComputation.History(Method, catalogue, [IndexPeriod.Year(2025)], assessments);
        var after = IndexComputation.History(heavierTag, catalogue, [IndexPeriod.Year(2025)], assessments);

        Assert.Equal(100 * 2.0 / 3, before[0].Institutions[0].Score!.Value, 9); // weights 2 and 1
        Assert.Equal(75, after[0].Institutions[0].Score!.Value, 9); // weights 3 and 1
        Assert.Equal(["test-1", "test-2"], new[] { before[0].MethodVersion, after[0].MethodVersion });
        Assert.Throws<ArgumentException>(() => IndexComputation.Movements(after[0], before[0], 1));
    }

    [Fact]
    public void The_shipped_method_scores_the_reference_assessment_as_computed_by_hand()
    {
        var report = AssessmentFixtures.Report();
        var evidence = ServiceEvidence.From("i", "s", 1, report);

        var standing = IndexComputation.ScoreService(IndexMethodFile.Shipped(), evidence);

        // DSS-05 not-met (accessibility, weight 2), DSS-12 needs-review (1), DSS-01 met by judgement (1), DSS-14 not assessed (1):
        // criteria (2·0 + 0.5 + 1) / 4 = 0.375, coverage 4/5; pages 1, 2, 1 violations (two pages failed to load, left out),
        // cap 10: findings 1 − (0.1 + 0.2 + 0.1) / 3; score 100 · (0.75 · 0.375 + 0.25 · (1 − 0.4/3)) = 49.79…
        Assert.Equal(0.8, standing.Coverage, 9);
        Assert.Equal(0.375, standing.CriteriaScore!.Value, 9);
        Assert.Equal(100 * ((0.75 * 0.375) + (0.25 * (1 - (0.4 / 3)))), standing.Score!.Value, 9);
        Assert.Equal(49.8, IndexComputation.Published(standing.Score!.Value, 1));
    }

    private static DateTimeOffset At(int year, int month) => new(year, month, 10, 12, 0, 0, TimeSpan.Zero);

    private static Institution Institution(string id, InstitutionLevel level) => new(id, id.ToUpperInvariant(), id.ToUpperInvariant(), level, null);

    private static IndexedService Service(string institution, string id) => new(institution, id, id, null, null);

    private static ServiceEvidence Evidence(string institution, string service, long id, DateTimeOffset startedAt, (string Id, CriterionOutcome Outcome, string[] Tags)[] criteria, int[] pages) =>
        new(institution, service, id, startedAt, "std", "1.0.0", [.. criteria.Select(c => new CriterionEvidence(c.Id, c.Id, c.Outcome, c.Tags))], pages);

    /// <summary>A service whose score is exactly <paramref name="score"/> × 100: one criterion met, enough judged not met, no pages.</summary>
    private static ServiceEvidence Scoring(string institution, string service, long id, double score, DateTimeOffset? at = null)
    {
        // 20 criteria of weight 1: score·20 met, the rest not met.
        var met = (int)Math.Round(score * 20);
        return Evidence(institution, service, id, at ?? At(2026, 4),
            [.. Enumerable.Range(1, 20).Select(n => ($"K{n}", n <= met ? CriterionOutcome.Met : CriterionOutcome.NotMet, Array.Empty<string>()))], []);
    }
}
