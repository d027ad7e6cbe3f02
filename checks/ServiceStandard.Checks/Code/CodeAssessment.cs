using System.Diagnostics;
using Microsoft.CodeAnalysis;
using ServiceStandard.Checks.Code.PublicCode;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Source;
using ServiceStandard.Gathering.Source.Packages;

namespace ServiceStandard.Checks.Code;

/// <summary>
/// The code checks, start to end: read the source folder (<see cref="SourceTreeReader"/>), compile
/// each project without building it (<see cref="ProjectCompilations"/>), run the analyzers
/// (<see cref="AnalyzerRun"/>), turn diagnostics into findings (<see cref="CodeFindingFactory"/>),
/// and run the <see cref="RepositoryChecks"/>. Nothing of the candidate is built, restored or run.
/// </summary>
public static class CodeAssessment
{
    /// <summary>The evidence tags the code checks speak for, whether or not they find anything.</summary>
    public static IReadOnlyList<string> EvidenceTags { get; } = ["security", "privacy", "reliability", "operability", "open-source", "testing"];

    public static async Task<CodeCheckResult> RunAsync(SourceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var snapshot = await SourceTreeReader.ReadAsync(request, cancellationToken);
        var readSeconds = clock.Elapsed.TotalSeconds;
        var result = await AnalyseAsync(snapshot, request, cancellationToken);
        return result with { Statistics = result.Statistics with { ReadSeconds = Math.Round(readSeconds, 3) } };
    }

    /// <summary>The checks over a snapshot already read (tests and benchmarks build snapshots in memory).</summary>
    public static async Task<CodeCheckResult> AnalyseAsync(SourceSnapshot snapshot, SourceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var references = FrameworkReferences.For(request.DotnetRoot);
        var razorGenerator = request.UseRazorGenerator ? SdkRazorGenerator.For(request.DotnetRoot) : null;
        var downloader = request.DownloadFeeds.Count > 0 ? new PackageDownloader(request.DownloadFeeds, request.DownloadCache) : null;
        var packages = new PackageResolver(request.PackageFolders ?? [PackageResolver.GlobalPackagesFolder()], downloader);
        // A run of the repository-level checks alone (the public-code standard) compiles nothing.
        var projects = request.RunAnalyzers
            ? ProjectCompilations.Build(snapshot, references, request.ExcludeTests, razorGenerator, packages, cancellationToken)
            : [];
        var runs = await AnalyzerRun.RunAsync(projects, CodeRules.Analyzers, AnalyzerRun.GlobalOptions(request.ThreatModels), cancellationToken);

        var factory = new CodeFindingFactory(snapshot, new EditorConfigSeverities(snapshot.EditorConfigs));
        var (findings, suppressed) = factory.Create(runs.SelectMany(r => r.Diagnostics.Select(d => (d, (Compilation)r.Project.Compilation))));
        var errors = runs.SelectMany(r => r.Errors).ToList();

        // A file too deep to analyse safely was left out; the report says which, so no one takes its silence for a pass.
        errors.AddRange(projects.SelectMany(p => p.Skipped ?? []).Select(s => new CheckError(CodeRules.CheckId, $"{s.Path} {s.Reason}")));

        var statistics = new CodeStatistics(
            projects.Count,
            snapshot.Sources.Count(s => s.Kind == SourceFileKind.CSharp && !s.IsTest),
            snapshot.Sources.Count(s => s.Kind != SourceFileKind.CSharp && !s.IsTest),
            snapshot.Sources.Count(s => s.IsTest),
            CountLines(snapshot.Sources.Where(s => !s.IsTest)),
            CountLines(snapshot.Sources.Where(s => s.IsTest)),
            references.Source,
            0,
            0,
            DescribeRazor(projects, razorGenerator));

        var checksRun = request.RunAnalyzers ? new List<string> { CodeRules.CheckId } : [];
        var evidenceTags = request.RunAnalyzers || request.RunRepositoryChecks ? [.. EvidenceTags] : new List<string>();
        if (request.RunRepositoryChecks)
        {
            findings.AddRange(RepositoryChecks.Run(snapshot, statistics, request.Language));
            checksRun.Add(RepositoryChecks.CheckId);
        }

        if (request.RunPublicCodeChecks)
        {
            findings.AddRange(PublicCodeChecks.Run(snapshot, request.Language));
            checksRun.Add(PublicCodeChecks.CheckId);
            evidenceTags.AddRange(PublicCodeChecks.EvidenceTags);
        }

        var scope = AnalysedScope.Build(snapshot, runs, references.Source, statistics.RazorFrom, request.Language, cancellationToken);
        return new CodeCheckResult(
            findings,
            suppressed,
            errors,
            checksRun,
            evidenceTags,
            statistics with { AnalysisSeconds = Math.Round(clock.Elapsed.TotalSeconds, 3) })
        {
            Scope = scope,
        };
    }

    /// <summary>How the Razor files were read, for <see cref="CodeStatistics.RazorFrom"/>.</summary>
    private static string DescribeRazor(IReadOnlyList<CodeProject> projects, SdkRazorGenerator? generator)
    {
        var ways = projects
            .Select(p => p.Razor)
            .Where(r => r is not null && r.Path != RazorCode.None.Path)
            .Select(r => r!.Path == RazorCode.GeneratorPath
                ? $"generator: {r.Detail}"
                : $"code-blocks ({r.Detail ?? (generator is null ? "generator not requested" : generator.Unavailable ?? "generator not used")})")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return ways.Count == 0 ? "none" : string.Join("; ", ways);
    }

    /// <summary>Non-blank lines of C# (Razor files count whole).</summary>
    private static int CountLines(IEnumerable<SourceFile> files) =>
        files.Sum(f => f.Text.AsSpan().Count('\n') + 1 - CountBlank(f.Text));

    private static int CountBlank(string text)
    {
        var blank = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace())
            {
                blank++;
            }
        }

        return blank;
    }
}
