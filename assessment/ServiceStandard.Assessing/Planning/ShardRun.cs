using ServiceStandard.Configuration;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Plan;
using ServiceStandard.Standard;

namespace ServiceStandard.Assessing.Planning;

/// <summary>
/// A run of one shard of a plan (<c>assess --plan plan.json --shard K/N</c>): it visits its share of
/// the plan's pages and runs its share of the journeys, with no crawl of its own, and marks what it
/// writes as that share. With no <see cref="Spec"/> (<c>assess --plan</c> alone) it runs the whole plan
/// and writes a whole assessment.
/// </summary>
public sealed record ShardRun(RunPlan Plan, ShardSpec? Spec)
{
    /// <summary>
    /// Whether the plan fits this run: made by this version of the tool, for the same standard, from the
    /// same configuration and (when <paramref name="visits"/>: a shard, not a merge) base URL. Each
    /// mismatch is an error located at the plan.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(RunPlan plan, string planPath, ServiceConfig config, StandardDefinition standard, bool visits = true)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(standard);
        var at = new SourceLocation(planPath, 1, 1);
        var errors = new List<Diagnostic>();
        if (plan.ToolVersion != AssessmentRunner.ToolVersion)
        {
            errors.Add(Diagnostic.Error(at, $"this plan was made by servicestandard {plan.ToolVersion} and this is {AssessmentRunner.ToolVersion}; make the plan again with the version that runs the shards"));
        }

        if (plan.Standard != new PlanStandard(standard.Id, standard.Version))
        {
            errors.Add(Diagnostic.Error(at, $"this plan is for the standard {plan.Standard.Id} {plan.Standard.Version}, the configuration asks for {standard.Id} {standard.Version}"));
        }

        var configHash = PlanIdentity.ConfigHash(config);
        if (plan.ConfigHash != configHash)
        {
            errors.Add(Diagnostic.Error(at, $"this plan was made from another configuration than {config.ConfigFile ?? "the command line's"} ({plan.ConfigHash}, not {configHash}); make the plan again from it, or give the configuration the plan was made from"));
        }

        if (visits && (config.Target is null || config.Target.BaseUrl.AbsoluteUri != plan.BaseUrl))
        {
            errors.Add(Diagnostic.Error(at, $"this plan is for {plan.BaseUrl}, the configuration's target is {config.Target?.BaseUrl.AbsoluteUri ?? "none"}; give the same --base-url as to servicestandard plan"));
        }

        var journeys = config.Target?.Journeys.Select(j => j.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        errors.AddRange(plan.Journeys.Where(j => visits && !journeys.Contains(j.Name)).Select(j =>
            Diagnostic.Error(at, $"the plan's journey '{j.Name}' is not in the configuration")));
        return errors;
    }

    /// <summary>The request narrowed to this shard's share: its pages (with the plan's origin) and journeys, no crawl.</summary>
    internal WebGatherRequest Restrict(WebGatherRequest request)
    {
        var share = PlanShares.Of(Plan, Spec ?? ShardSpec.Whole);
        var names = share.Journeys.Select(j => j.Name).ToHashSet(StringComparer.Ordinal);
        return request with
        {
            Pages = [.. share.Pages.Select(p => new Uri(p.Url))],
            Crawl = null,
            PagesOrigin = Plan.Crawled ? PageOrigin.Crawled : PageOrigin.Listed,
            Journeys = [.. request.Journeys.Where(j => names.Contains(j.Name))],
        };
    }

    /// <summary>What marks this shard's evidence and assessment; null for the whole plan.</summary>
    internal ShardInfo? Info(ServiceConfig config, StandardDefinition standard) => Spec is null ? null :
        new(Plan.PlanId, Spec.Index, Spec.Count, AssessmentRunner.ToolVersion, new PlanStandard(standard.Id, standard.Version), PlanIdentity.ConfigHash(config));
}
