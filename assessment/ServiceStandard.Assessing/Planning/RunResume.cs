using ServiceStandard.Configuration;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Plan;
using ServiceStandard.Standard;

namespace ServiceStandard.Assessing.Planning;

/// <summary>The evidence <c>assess --resume</c> continues, and the file it was read from (for errors).</summary>
public sealed record ResumeFrom(string Path, EvidenceFile Evidence);

/// <summary>
/// <c>assess --resume DIR</c>: a run that gathers only what an earlier, unfinished run into DIR did
/// not, then builds the whole assessment as an uninterrupted run would. What the earlier run left is
/// <c>DIR.partial/evidence.jsonl</c> when it was killed outright (its pages written as each finished)
/// or <c>DIR/evidence.json</c> when it was interrupted (Ctrl+C, SIGTERM) and wrote its reports. It is
/// continued only by the same run: tool version, standard, configuration file, plan and shard, base
/// URL and the evidence asked of each page, checked as <c>merge</c> checks its shards.
/// </summary>
public static class RunResume
{
    /// <summary>Finds and reads what the last run into <paramref name="directory"/> left; an error names the folder.</summary>
    public static LoadResult<ResumeFrom> Find(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        // A staging folder with a journal is a run killed after the last one that finished: the newest.
        var journal = Path.Combine(directory + ".partial", EvidenceJournal.FileName);
        var written = Path.Combine(directory, "evidence.json");
        var path = File.Exists(journal) ? journal : File.Exists(written) ? written : null;
        if (path is null)
        {
            return LoadResult<ResumeFrom>.Failed([Diagnostic.Error(
                new SourceLocation(directory, 1, 1),
                $"there is nothing to resume here: no evidence.json, and no {EvidenceJournal.FileName} of a killed run in {Path.GetFileName(directory)}.partial; give the --out folder of the run to continue")]);
        }

        var loaded = EvidenceFile.Load(path);
        return loaded.Succeeded
            ? new LoadResult<ResumeFrom>(new ResumeFrom(path, loaded.Value!), loaded.Diagnostics)
            : LoadResult<ResumeFrom>.Failed(loaded.Diagnostics);
    }

    /// <summary>What this run is, as its evidence records it (<see cref="EvidenceGathering.Identity"/>).</summary>
    internal static RunIdentity IdentityOf(ServiceConfig config, StandardDefinition standard, ShardRun? shard, IEnumerable<EvidenceKind> evidence) =>
        new(
            AssessmentRunner.ToolVersion,
            new PlanStandard(standard.Id, standard.Version),
            PlanIdentity.ConfigHash(config),
            shard?.Plan.PlanId,
            shard?.Spec?.ToString(),
            [.. evidence.Order()]);

    /// <summary>
    /// Whether <paramref name="saved"/> was gathered by the run <paramref name="current"/> is, at
    /// <paramref name="baseUrl"/>: the first difference is one error located at the saved file.
    /// </summary>
    internal static IReadOnlyList<Diagnostic> Check(ResumeFrom saved, RunIdentity current, string baseUrl)
    {
        var at = new SourceLocation(saved.Path, 1, 1);
        var gathering = saved.Evidence.Gathering;
        var problem = gathering?.Identity is not { } was
            ? "this evidence does not say which run gathered it (no browser ran, or an earlier version wrote it), so it cannot be resumed; run servicestandard assess again without --resume"
            : Difference(was, current) ?? (gathering.BaseUrl == baseUrl ? null
                : $"this evidence was gathered from {gathering.BaseUrl}, this run's target is {baseUrl}; give the same --base-url as the run to continue");
        return problem is null ? [] : [Diagnostic.Error(at, problem)];
    }

    private static string? Difference(RunIdentity was, RunIdentity now)
    {
        if (was.ToolVersion != now.ToolVersion)
        {
            return $"this evidence was gathered by servicestandard {was.ToolVersion} and this is {now.ToolVersion}; resume with the version that started the run, or run again without --resume";
        }

        if (was.Standard != now.Standard)
        {
            return $"this evidence was gathered against the standard {was.Standard.Id} {was.Standard.Version}, the configuration asks for {now.Standard.Id} {now.Standard.Version}";
        }

        if (was.ConfigHash != now.ConfigHash)
        {
            return $"this evidence was gathered with another configuration ({was.ConfigHash}, not {now.ConfigHash}); resume with the configuration the run started with, or run again without --resume";
        }

        if (was.PlanId != now.PlanId || was.Shard != now.Shard)
        {
            return $"this evidence was gathered for {Describe(was)}, this run is {Describe(now)}; give the same --plan and --shard as the run to continue";
        }

        return was.Evidence.SequenceEqual(now.Evidence)
            ? null
            : $"this evidence was gathered for other checks (evidence {Names(was)}, this run needs {Names(now)}); give the same --checks as the run to continue";

        static string Names(RunIdentity run) => string.Join(", ", run.Evidence.Select(EvidenceKinds.Name));

        static string Describe(RunIdentity run) =>
            run.PlanId is null ? "a run without a plan" : run.Shard is null ? $"plan {run.PlanId}" : $"shard {run.Shard} of plan {run.PlanId}";
    }
}
