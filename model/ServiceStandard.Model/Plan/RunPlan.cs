using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Model.Plan;

/// <summary>
/// plan.json (docs/schemas/plan.schema.json), written by <c>servicestandard plan</c>: the pages a run
/// visits (listed and crawled, in the order found) and the journeys it runs (by name), with what
/// identifies the plan: the tool's version, the standard and a hash of the configuration. Shards
/// (<c>assess --plan --shard K/N</c>) each take a share of it; <c>merge</c> puts their evidence back
/// in its order.
/// </summary>
public sealed record RunPlan
{
    public const int CurrentSchemaVersion = 1;

    public const string FileName = "plan.json";

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>A hash of everything below it (<see cref="ComputeId"/>): two plans with one id are the same plan.</summary>
    public string PlanId { get; init; } = string.Empty;

    public required string ToolVersion { get; init; }

    public required PlanStandard Standard { get; init; }

    /// <summary>SHA-256 of the configuration file's text (line endings as LF), <c>sha256:</c> and 64 hex digits.</summary>
    public required string ConfigHash { get; init; }

    public required string BaseUrl { get; init; }

    /// <summary>Pages listed in the configuration, as a run counts them (crawled pages come on top).</summary>
    public required int PagesListed { get; init; }

    /// <summary>Whether pages were discovered by crawling: then every page's origin is <c>crawl</c>, else <c>page</c>.</summary>
    public required bool Crawled { get; init; }

    /// <summary>Every page to visit, in the order a single run visits them, each once.</summary>
    public required IReadOnlyList<PlannedPage> Pages { get; init; }

    /// <summary>Every journey to run, in the configuration's order.</summary>
    public required IReadOnlyList<PlannedJourney> Journeys { get; init; }

    /// <summary>The plan with its <see cref="PlanId"/> computed from the rest.</summary>
    public RunPlan WithId() => this with { PlanId = ComputeId() };

    /// <summary>The first 16 hex digits of the SHA-256 of the plan as written, with an empty id.</summary>
    public string ComputeId()
    {
        var json = AssessmentJson.Serialize(this with { PlanId = string.Empty });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16];
    }

    /// <summary>The <see cref="ConfigHash"/> of a configuration file's text; null text (no file) hashes as empty.</summary>
    public static string HashConfig(string? text) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal))));

    /// <summary>Reads a plan.json; a bad file, or one whose id does not match its content, is a located error.</summary>
    public static LoadResult<RunPlan> Load(string path)
    {
        var loaded = VersionedJsonFile.Load<RunPlan>(path, FileName, CurrentSchemaVersion, "servicestandard plan");
        if (!loaded.Succeeded)
        {
            return loaded;
        }

        var plan = loaded.Value!;
        if (plan.Pages is null || plan.Journeys is null || plan.Pages.Any(p => p?.Url is null) || plan.Journeys.Any(j => j?.Name is null) || plan.Standard is null)
        {
            return LoadResult<RunPlan>.Failed([Diagnostic.Error(new SourceLocation(path, 1, 1), "this plan.json lacks its pages, journeys or standard; give the plan.json that servicestandard plan wrote")]);
        }

        return plan.PlanId == plan.ComputeId()
            ? loaded
            : LoadResult<RunPlan>.Failed([Diagnostic.Error(new SourceLocation(path, 1, 1), $"this plan.json was changed after servicestandard plan wrote it (its content does not match its planId {plan.PlanId}); make the plan again")]);
    }
}

/// <param name="Id">The standard's id, as in servicestandard.yml.</param>
/// <param name="Version">The standard's version.</param>
public sealed record PlanStandard(string Id, string Version);

/// <param name="Url">The page's absolute URL, as a run requests it.</param>
public sealed record PlannedPage(string Url);

/// <param name="Name">The journey's name in servicestandard.yml.</param>
/// <param name="Steps">Its steps that load or change a page: how many pages it yields, its weight in a shard.</param>
public sealed record PlannedJourney(string Name, int Steps);

/// <summary>
/// What marks a shard's evidence.json and assessment.json as partial: which share of which plan,
/// and what ran it, so <c>merge</c> can tell shards of one run from others.
/// </summary>
/// <param name="PlanId">The <see cref="RunPlan.PlanId"/> the shard took its share of.</param>
/// <param name="Index">Which shard, from 1.</param>
/// <param name="Count">Of how many.</param>
/// <param name="ToolVersion">The version of the tool that ran the shard.</param>
/// <param name="Standard">The standard the shard ran against.</param>
/// <param name="ConfigHash">The hash of the configuration it ran with (<see cref="RunPlan.HashConfig"/>).</param>
public sealed record ShardInfo(string PlanId, int Index, int Count, string ToolVersion, PlanStandard Standard, string ConfigHash)
{
    /// <summary>Left out of files of runs that were not shards.</summary>
    public const JsonIgnoreCondition OnlyInShards = JsonIgnoreCondition.WhenWritingNull;
}

/// <summary>
/// What gathered an evidence file, so <c>assess --resume</c> can tell whether a run may continue it:
/// the same tool version, standard, configuration file, plan and shard, asking for the same evidence.
/// </summary>
/// <param name="ToolVersion">The version of the tool that gathered it.</param>
/// <param name="Standard">The standard the run assessed against.</param>
/// <param name="ConfigHash">The hash of the configuration file's text (<see cref="RunPlan.HashConfig"/>).</param>
/// <param name="PlanId">The plan the run visited (<c>--plan</c>); null when it planned in memory.</param>
/// <param name="Shard">Its share of the plan as <c>K/N</c> (<c>--shard</c>); null for the whole.</param>
/// <param name="Evidence">The kinds of evidence asked of each page (what the run's checks read).</param>
public sealed record RunIdentity(string ToolVersion, PlanStandard Standard, string ConfigHash, string? PlanId, string? Shard, IReadOnlyList<EvidenceKind> Evidence);
