using ServiceStandard.Assessing.Planning;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Plan;

namespace ServiceStandard.Checks.Tests.Assessment;

/// <summary>
/// How a plan is split into shards (<c>--shard K/N</c>) and how shards are put back together
/// (<c>merge</c>): deterministic, balanced, every page and journey in exactly one shard, a journey
/// never split, and a missing, doubled or foreign shard named.
/// </summary>
public class PlanSharesTests
{
    private static RunPlan Plan(int pages, params int[] journeySteps) => new RunPlan
    {
        ToolVersion = "0.1.0",
        Standard = new PlanStandard("digital-service-standard", "1.0.0"),
        ConfigHash = RunPlan.HashConfig(null),
        BaseUrl = "http://127.0.0.1:5000/",
        PagesListed = 1,
        Crawled = true,
        Pages = [.. Enumerable.Range(0, pages).Select(i => new PlannedPage($"http://127.0.0.1:5000/page/{i}"))],
        Journeys = [.. journeySteps.Select((steps, i) => new PlannedJourney($"journey-{i}", steps))],
    }.WithId();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(40)]
    public void Every_page_and_journey_is_in_exactly_one_shard_in_the_plans_order(int count)
    {
        var plan = Plan(30, 9, 1, 4, 4);
        var shares = Enumerable.Range(1, count).Select(k => PlanShares.Of(plan, new ShardSpec(k, count))).ToList();

        Assert.Equal(plan.Pages, shares.SelectMany(s => s.Pages).OrderBy(p => plan.Pages.ToList().IndexOf(p)));
        Assert.Equal(plan.Pages.Count, shares.Sum(s => s.Pages.Count));
        Assert.Equal(plan.Journeys.OrderBy(j => j.Name), shares.SelectMany(s => s.Journeys).OrderBy(j => j.Name));
        Assert.All(shares, s => Assert.Equal(s.Pages, s.Pages.OrderBy(p => plan.Pages.ToList().IndexOf(p))));
    }

    [Fact]
    public void The_split_is_the_same_every_time_and_balanced_by_pages()
    {
        var plan = Plan(200, 12, 7, 3, 3, 1);
        var first = Enumerable.Range(1, 8).Select(k => PlanShares.Of(plan, new ShardSpec(k, 8))).ToList();
        var again = Enumerable.Range(1, 8).Select(k => PlanShares.Of(plan, new ShardSpec(k, 8))).ToList();

        Assert.Equal(first.Select(s => string.Join(",", s.Pages.Select(p => p.Url))), again.Select(s => string.Join(",", s.Pages.Select(p => p.Url))));
        var loads = first.Select(s => s.Pages.Count + s.Journeys.Sum(j => j.Steps)).ToList();
        // No shard is heavier than another by more than the heaviest thing it could not split.
        Assert.True(loads.Max() - loads.Min() <= 1, string.Join(", ", loads));
    }

    [Fact]
    public void A_journey_heavier_than_a_share_takes_a_shard_to_itself()
    {
        var plan = Plan(3, 14, 2, 5);

        var shares = Enumerable.Range(1, 4).Select(k => PlanShares.Of(plan, new ShardSpec(k, 4))).ToList();

        Assert.Equal(["journey-0"], shares[0].Journeys.Select(j => j.Name));
        Assert.Empty(shares[0].Pages);
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("3/8", 3, 8)]
    [InlineData("8/8", 8, 8)]
    public void A_shard_is_K_of_N(string text, int index, int count)
    {
        var spec = ShardSpec.Parse(text);

        Assert.True(spec.Succeeded);
        Assert.Equal(new ShardSpec(index, count), spec.Value);
    }

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("a/b")]
    [InlineData("3")]
    [InlineData("1/2/3")]
    [InlineData(" 1/2")]
    [InlineData("+1/2")]
    public void Anything_else_is_an_error_at_the_command_line(string text)
    {
        var spec = ShardSpec.Parse(text);

        Assert.False(spec.Succeeded);
        var error = Assert.Single(spec.Diagnostics);
        Assert.Equal("command line", error.Location.File);
        Assert.Contains("--shard", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merged_shards_give_the_pages_in_the_plans_order_and_the_plans_scope()
    {
        var plan = Plan(4, 2);
        var shards = Enumerable.Range(1, 3).Select(k => Output(plan, k, 3)).Reverse().ToList();

        var merged = ShardMerge.Combine(shards);

        Assert.True(merged.Succeeded, string.Join(Environment.NewLine, merged.Diagnostics));
        var evidence = merged.Value!.Evidence;
        Assert.Equal(
            [.. plan.Pages.Select(p => p.Url), "http://127.0.0.1:5000/j/1", "http://127.0.0.1:5000/j/2"],
            evidence.Pages.Select(p => p.RequestedUrl));
        Assert.Null(evidence.Shard);
        Assert.Equal(["journey-0"], evidence.Gathering!.Journeys);
        Assert.True(evidence.Gathering.Crawled);
        Assert.Equal(3, evidence.Gathering.BrowserRestarts);
    }

    [Fact]
    public void A_missing_and_a_doubled_shard_are_named()
    {
        var plan = Plan(4, 2);

        var missing = ShardMerge.Combine([Output(plan, 1, 3), Output(plan, 3, 3)]);
        var doubled = ShardMerge.Combine([Output(plan, 1, 3), Output(plan, 2, 3), Output(plan, 2, 3, "again"), Output(plan, 3, 3)]);

        Assert.Contains("shard 2/3 of plan " + plan.PlanId + " is missing (the folders given hold 1/3, 3/3)", Assert.Single(missing.Diagnostics).Message, StringComparison.Ordinal);
        var twice = Assert.Single(doubled.Diagnostics);
        Assert.Contains("shard 2/3 is given twice: shard-2 and again", twice.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine("again", "evidence.json"), twice.Location.File);
    }

    [Fact]
    public void Shards_of_other_plans_versions_or_configurations_are_named()
    {
        var plan = Plan(4, 2);
        var other = Plan(5, 2);
        var first = Output(plan, 1, 2);
        var second = Output(plan, 2, 2);

        string Error(ShardOutput shard) => Assert.Single(ShardMerge.Combine([first, shard]).Diagnostics).Message;

        Assert.Contains($"of plan {other.PlanId}, but shard-1 is shard 1/2 of plan {plan.PlanId}", Error(Output(other, 2, 2)), StringComparison.Ordinal);
        Assert.Contains("is shard 2/3", Error(Output(plan, 2, 3)), StringComparison.Ordinal);
        Assert.Contains("run by servicestandard 9.9.9", Error(second with { Evidence = second.Evidence with { Shard = second.Shard with { ToolVersion = "9.9.9" } } }), StringComparison.Ordinal);
        Assert.Contains("ran against other 2", Error(second with { Evidence = second.Evidence with { Shard = second.Shard with { Standard = new PlanStandard("other", "2") } } }), StringComparison.Ordinal);
        Assert.Contains("another configuration", Error(second with { Evidence = second.Evidence with { Shard = second.Shard with { ConfigHash = RunPlan.HashConfig("x") } } }), StringComparison.Ordinal);
    }

    /// <summary>A shard's output as merge reads it: its share's pages (journey steps one page each), marked.</summary>
    private static ShardOutput Output(RunPlan plan, int index, int count, string? directory = null)
    {
        var share = PlanShares.Of(plan, new ShardSpec(index, count));
        var pages = share.Pages.Select(p => new PageSnapshot { RequestedUrl = p.Url, FinalUrl = p.Url, Origin = PageOrigin.Crawled })
            .Concat(share.Journeys.SelectMany(j => Enumerable.Range(1, j.Steps).Reverse().Select(step => new PageSnapshot
            {
                RequestedUrl = $"http://127.0.0.1:5000/j/{step}",
                FinalUrl = $"http://127.0.0.1:5000/j/{step}",
                Origin = PageOrigin.JourneyStep(j.Name, step, "click"),
            })))
            .ToList();
        var evidence = new EvidenceFile(pages)
        {
            Gathering = new EvidenceGathering(plan.BaseUrl, share.Pages.Count, [.. share.Journeys.Select(j => j.Name)], false, ["wcag2a"], "140.0", 1, false, null),
            Shard = new ShardInfo(plan.PlanId, index, count, "0.1.0", plan.Standard, plan.ConfigHash),
        };
        return new ShardOutput(directory ?? $"shard-{index}", plan, evidence);
    }
}
