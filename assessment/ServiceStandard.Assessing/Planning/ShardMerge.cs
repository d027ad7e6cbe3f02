using ServiceStandard.Configuration;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Plan;

namespace ServiceStandard.Assessing.Planning;

/// <summary>A shard's output folder as <c>merge</c> reads it: the plan it ran and the evidence it gathered.</summary>
public sealed record ShardOutput(string Directory, RunPlan Plan, EvidenceFile Evidence)
{
    public ShardInfo Shard => Evidence.Shard!;
}

/// <summary>The evidence of every shard as one run's, the plan they shared, and their folders in shard order (where their element pictures are).</summary>
public sealed record MergedEvidence(RunPlan Plan, EvidenceFile Evidence, IReadOnlyList<string> Directories);

/// <summary>
/// <c>servicestandard merge</c>'s reading: the shards' folders, checked to be every shard of one plan
/// once, by one tool version, standard and configuration, and their evidence put together in the plan's
/// order (pages, then journeys, each journey's steps in order), as one run would have written it.
/// </summary>
public static class ShardMerge
{
    /// <summary>Reads each folder's plan.json and evidence.json; every problem is located at its file.</summary>
    public static LoadResult<IReadOnlyList<ShardOutput>> Load(IReadOnlyList<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var errors = new List<Diagnostic>();
        var shards = new List<ShardOutput>();
        foreach (var directory in directories)
        {
            var evidencePath = Path.Combine(directory, "evidence.json");
            var planPath = Path.Combine(directory, RunPlan.FileName);
            if (!File.Exists(evidencePath) || !File.Exists(planPath))
            {
                errors.Add(Diagnostic.Error(new SourceLocation(directory, 1, 1), $"this is not a shard's output: it has no {(File.Exists(planPath) ? "evidence.json" : RunPlan.FileName)}; give the folders that servicestandard assess --plan --shard wrote"));
                continue;
            }

            var evidence = EvidenceFile.Load(evidencePath);
            var plan = RunPlan.Load(planPath);
            errors.AddRange(evidence.Diagnostics.Concat(plan.Diagnostics).Where(d => d.IsError));
            if (!evidence.Succeeded || !plan.Succeeded)
            {
                continue;
            }

            if (evidence.Value!.Shard is not { } shard || evidence.Value.Gathering is null)
            {
                errors.Add(Diagnostic.Error(new SourceLocation(evidencePath, 1, 1), "this evidence.json is not a shard's (it has no shard, or no gathering); give the folders that servicestandard assess --plan --shard wrote"));
            }
            else if (shard.PlanId != plan.Value!.PlanId)
            {
                errors.Add(Diagnostic.Error(new SourceLocation(evidencePath, 1, 1), $"this evidence is of plan {shard.PlanId}, the plan.json beside it is {plan.Value.PlanId}"));
            }
            else
            {
                shards.Add(new ShardOutput(directory, plan.Value, evidence.Value));
            }
        }

        return errors.Count > 0
            ? LoadResult<IReadOnlyList<ShardOutput>>.Failed(errors)
            : new LoadResult<IReadOnlyList<ShardOutput>>(shards, []);
    }

    /// <summary>
    /// The shards as one run's evidence; an error names the shard that is missing or given twice, or the
    /// folder whose plan, tool version, standard or configuration differs from the first's.
    /// </summary>
    public static LoadResult<MergedEvidence> Combine(IReadOnlyList<ShardOutput> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        if (shards.Count == 0)
        {
            return Failed(ConfigDefaults.CommandLine, "no shard folders given; give the folders that servicestandard assess --plan --shard wrote");
        }

        var first = shards[0];
        var errors = new List<Diagnostic>();
        foreach (var shard in shards.Skip(1))
        {
            var at = Where(shard);
            var (a, b) = (first.Shard, shard.Shard);
            if (a.PlanId != b.PlanId || a.Count != b.Count)
            {
                errors.Add(Diagnostic.Error(at, $"this is shard {b.Index}/{b.Count} of plan {b.PlanId}, but {first.Directory} is shard {a.Index}/{a.Count} of plan {a.PlanId}: merge the shards of one plan"));
            }
            else if (a.ToolVersion != b.ToolVersion)
            {
                errors.Add(Diagnostic.Error(at, $"this shard was run by servicestandard {b.ToolVersion}, {first.Directory} by {a.ToolVersion}: run every shard with one version"));
            }
            else if (a.Standard != b.Standard)
            {
                errors.Add(Diagnostic.Error(at, $"this shard ran against {b.Standard.Id} {b.Standard.Version}, {first.Directory} against {a.Standard.Id} {a.Standard.Version}"));
            }
            else if (a.ConfigHash != b.ConfigHash)
            {
                errors.Add(Diagnostic.Error(at, $"this shard ran with another configuration than {first.Directory} ({b.ConfigHash}, not {a.ConfigHash})"));
            }
        }

        if (errors.Count > 0)
        {
            return LoadResult<MergedEvidence>.Failed(errors);
        }

        var count = first.Shard.Count;
        var byIndex = shards.GroupBy(s => s.Shard.Index).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (index, given) in byIndex.OrderBy(g => g.Key).Where(g => g.Value.Count > 1))
        {
            errors.Add(Diagnostic.Error(Where(given[1]), $"shard {index}/{count} is given twice: {string.Join(" and ", given.Select(s => s.Directory))}; give each shard's folder once"));
        }

        var missing = Enumerable.Range(1, count).Where(i => !byIndex.ContainsKey(i)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(Diagnostic.Error(
                ConfigDefaults.CommandLine,
                $"{(missing.Count == 1 ? "shard" : "shards")} {string.Join(", ", missing.Select(i => $"{i}/{count}"))} of plan {first.Shard.PlanId} {(missing.Count == 1 ? "is" : "are")} missing (the folders given hold {string.Join(", ", byIndex.Keys.Order().Select(i => $"{i}/{count}"))}); give every shard's folder"));
        }

        if (errors.Count > 0)
        {
            return LoadResult<MergedEvidence>.Failed(errors);
        }

        var ordered = shards.OrderBy(s => s.Shard.Index).ToList();
        var plan = first.Plan;
        var gatherings = ordered.Select(s => s.Evidence.Gathering!).ToList();
        var gathering = gatherings[0] with
        {
            PagesListed = plan.PagesListed,
            Journeys = [.. plan.Journeys.Select(j => j.Name)],
            Crawled = plan.Crawled,
            BrowserVersion = gatherings.Select(g => g.BrowserVersion).FirstOrDefault(v => v is not null),
            BrowserRestarts = gatherings.Sum(g => g.BrowserRestarts),
            Interrupted = gatherings.Any(g => g.Interrupted),
            FatalError = gatherings.Select(g => g.FatalError).FirstOrDefault(e => e is not null),
            // The merged evidence is the whole plan's, no shard's.
            Identity = gatherings[0].Identity is { } identity ? identity with { Shard = null } : null,
        };
        var pages = ordered.SelectMany(s => s.Evidence.Pages).Order(new PlanOrder(plan)).ToList();
        return new LoadResult<MergedEvidence>(
            new MergedEvidence(plan, new EvidenceFile(pages) { Gathering = gathering }, [.. ordered.Select(s => s.Directory)]),
            []);
    }

    private static SourceLocation Where(ShardOutput shard) => new(Path.Combine(shard.Directory, "evidence.json"), 1, 1);

    private static LoadResult<MergedEvidence> Failed(SourceLocation at, string message) =>
        LoadResult<MergedEvidence>.Failed([Diagnostic.Error(at, message)]);

    /// <summary>Pages in the plan's order, then journeys in the plan's order, each by step; anything else last, stably.</summary>
    private sealed class PlanOrder(RunPlan plan) : IComparer<PageSnapshot>
    {
        private readonly Dictionary<string, int> _pages = plan.Pages.Select((p, i) => (Url: Canonical(p.Url), i))
            .DistinctBy(p => p.Url).ToDictionary(p => p.Url, p => p.i, StringComparer.Ordinal);

        private readonly Dictionary<string, int> _journeys = plan.Journeys.Select((j, i) => (j.Name, i))
            .DistinctBy(j => j.Name).ToDictionary(j => j.Name, j => plan.Pages.Count + j.i, StringComparer.Ordinal);

        public int Compare(PageSnapshot? x, PageSnapshot? y) => Key(x!).CompareTo(Key(y!));

        private (int Group, int Step) Key(PageSnapshot page) =>
            page.Origin.Journey is { } journey
                ? (_journeys.GetValueOrDefault(journey, int.MaxValue), page.Origin.Step ?? 0)
                : (_pages.GetValueOrDefault(Canonical(page.RequestedUrl), int.MaxValue), 0);

        private static string Canonical(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : url;
    }
}
