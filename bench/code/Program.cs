using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ServiceStandard.Bench.Code;
using ServiceStandard.Checks.Code;
using ServiceStandard.Gathering.Source;
using ServiceStandard.Gathering.Source.Packages;

// Code-check benchmark. For each size: write the seeded tree, read it once, then alternate
// (a) Roslyn's own compilation.GetDiagnostics() and (b) ServiceStandard's code checks
// (CodeAssessment.AnalyseAsync: compile, all analyzers, findings, repository checks), each on a
// freshly parsed compilation of the same files; medians of --repeat runs after one warm-up.
var sizes = Option("--files", "500,2000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
var repeat = int.Parse(Option("--repeat", "5"), CultureInfo.InvariantCulture);
var seed = int.Parse(Option("--seed", "42"), CultureInfo.InvariantCulture);
var output = Option("--out", Path.Combine(Path.GetTempPath(), "servicestandard-code-bench"));

if (args.Contains("--profile"))
{
    // Time spent in each analyzer (Roslyn's own telemetry) on one size.
    var profileRoot = Path.Combine(output, "profile");
    SyntheticService.Write(profileRoot, sizes[^1], seed);
    var profileSnapshot = await SourceTreeReader.ReadAsync(new SourceRequest(profileRoot), CancellationToken.None);
    foreach (var project in ProjectCompilations.Build(profileSnapshot, FrameworkReferences.For(null), true, CancellationToken.None))
    {
        var options = new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzersOptions(
            new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions([]), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: true);
        var fresh = ProjectCompilations.Build(profileSnapshot, FrameworkReferences.For(null), true, CancellationToken.None)[0].Compilation;
        var whole = Stopwatch.StartNew();
        var all = await fresh.WithAnalyzers(CodeRules.Analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true)).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Console.WriteLine($"whole compilation {whole.Elapsed.TotalSeconds:F2}s ({all.Length})");
        var fresh2 = ProjectCompilations.Build(profileSnapshot, FrameworkReferences.For(null), true, CancellationToken.None)[0].Compilation;
        var compilerClock = Stopwatch.StartNew();
        var compilerCount = fresh2.GetDiagnostics().Length;
        Console.WriteLine($"compiler GetDiagnostics {compilerClock.Elapsed.TotalSeconds:F2}s ({compilerCount})");
        var withAnalyzers = project.Compilation.WithAnalyzers(CodeRules.Analyzers, options);
        var profileClock = Stopwatch.StartNew();
        await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Console.WriteLine($"analysis {profileClock.Elapsed.TotalSeconds:F2}s");
        foreach (var analyzer in CodeRules.Analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            Console.WriteLine($"  {analyzer.GetType().Name,-36} {telemetry.ExecutionTime.TotalSeconds,6:F2}s");
        }
    }

    return;
}

Console.WriteLine($"runtime {Environment.Version}, {Environment.ProcessorCount} cores, seed {seed}, {repeat} runs after 1 warm-up; medians");
// Compile errors are shown because the code checks do extra binding in files with errors (to say what they
// could not check): a generated tree with errors would not measure what a clean service costs.
Console.WriteLine("files  compiler GetDiagnostics s  code checks s  ratio  files/s  findings  compile errors");
var perSize = new List<(int Files, double Baseline, double Ours)>();
foreach (var size in sizes)
{
    var root = Path.Combine(output, size.ToString(CultureInfo.InvariantCulture));
    SyntheticService.Write(root, size, seed);
    var request = new SourceRequest(root);
    var snapshot = await SourceTreeReader.ReadAsync(request, CancellationToken.None);
    var references = FrameworkReferences.For(request.DotnetRoot);

    var baseline = new List<double>();
    var ours = new List<double>();
    var findings = 0;
    var compileErrors = 0;
    for (var run = 0; run <= repeat; run++)
    {
        // Alternate which goes first, and start each from a collected heap, so neither pays for the other's garbage.
        double baselineSeconds = 0, oursSeconds = 0;
        foreach (var ourTurn in run % 2 == 0 ? new[] { false, true } : [true, false])
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var clock = Stopwatch.StartNew();
            if (ourTurn)
            {
                var result = await CodeAssessment.AnalyseAsync(snapshot, request, CancellationToken.None);
                oursSeconds = clock.Elapsed.TotalSeconds;
                findings = result.Findings.Count;
                if (result.Errors.Count > 0)
                {
                    throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
                }
            }
            else
            {
                // The same compilation the code checks build: the SDK's Razor generator when the request uses it,
                // and the same package folders.
                var razor = request.UseRazorGenerator ? SdkRazorGenerator.For(request.DotnetRoot) : null;
                var packages = new PackageResolver(request.PackageFolders ?? [PackageResolver.GlobalPackagesFolder()]);
                var projects = ProjectCompilations.Build(snapshot, references, request.ExcludeTests, razor, packages, CancellationToken.None);
                var diagnostics = projects.Select(p => p.Compilation.GetDiagnostics()).ToList();
                baselineSeconds = clock.Elapsed.TotalSeconds;
                var errors = diagnostics.SelectMany(d => d).Where(x => x.Severity == DiagnosticSeverity.Error).ToList();
                compileErrors = errors.Count;
                foreach (var error in errors.Take(run == 0 ? 3 : 0))
                {
                    Console.Error.WriteLine($"compile error in the generated tree: {error}");
                }
            }
        }

        if (run > 0)
        {
            baseline.Add(baselineSeconds);
            ours.Add(oursSeconds);
        }
    }

    var b = Median(baseline);
    var o = Median(ours);
    perSize.Add((size, b, o));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size,5}  {b,24:F2}  {o,13:F2}  {o / b,5:F2}  {size / o,7:F0}  {findings,8}  {compileErrors,14}"));
}

if (perSize.Count >= 2)
{
    var (small, large) = (perSize[0], perSize[^1]);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"linearity: {large.Files}/{small.Files} files = {(double)large.Files / small.Files:F1}x; code checks took {large.Ours / small.Ours:F2}x, compiler {large.Baseline / small.Baseline:F2}x"));
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}
