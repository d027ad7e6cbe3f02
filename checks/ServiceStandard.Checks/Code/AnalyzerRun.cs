using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Gathering.Source;

namespace ServiceStandard.Checks.Code;

/// <summary>
/// The analyzers' raw output for one project: diagnostics (suppressed ones included and marked),
/// analyzer failures, and the compiler's errors in the same compilation (what the analysis could not see as a build does).
/// </summary>
public sealed record AnalyzerRunResult(CodeProject Project, ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<CheckError> Errors)
{
    public ImmutableArray<Diagnostic> CompileErrors { get; init; } = [];
}

/// <summary>
/// Runs the analyzers over each project's compilation with <see cref="CompilationWithAnalyzers"/>,
/// analyzers and projects concurrently. Diagnostics suppressed by <c>#pragma warning disable</c> or
/// <c>[SuppressMessage]</c> are kept, marked as suppressed, so the report can list them. An analyzer
/// that throws becomes a <see cref="CheckError"/>, never a crash of the run.
/// </summary>
public static class AnalyzerRun
{
    /// <summary>The key of the global analyzer option that names the threat models: the analyzers' ThreatModelOptions.Key, which they keep internal.</summary>
    public const string ThreatModelsKey = "servicestandard.threat_models";

    public static Task<IReadOnlyList<AnalyzerRunResult>> RunAsync(
        IReadOnlyList<CodeProject> projects,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        CancellationToken cancellationToken) =>
        RunAsync(projects, analyzers, ImmutableDictionary<string, string>.Empty, cancellationToken);

    /// <param name="globalOptions">Global analyzer options, as a global .editorconfig would give them (<see cref="GlobalOptions"/>).</param>
    public static async Task<IReadOnlyList<AnalyzerRunResult>> RunAsync(
        IReadOnlyList<CodeProject> projects,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ImmutableDictionary<string, string> globalOptions,
        CancellationToken cancellationToken)
    {
        var results = new AnalyzerRunResult[projects.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, projects.Count),
            new ParallelOptions { CancellationToken = cancellationToken },
            async (index, token) => results[index] = await RunAsync(projects[index], analyzers, globalOptions, token));
        return results;
    }

    /// <summary>The global options the configuration gives the analyzers: the threat models (<c>remote,local</c>).</summary>
    public static ImmutableDictionary<string, string> GlobalOptions(IReadOnlyList<string> threatModels) =>
        ImmutableDictionary<string, string>.Empty.Add(ThreatModelsKey, string.Join(",", threatModels));

    public static Task<AnalyzerRunResult> RunAsync(CodeProject project, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken) =>
        RunAsync(project, analyzers, ImmutableDictionary<string, string>.Empty, cancellationToken);

    public static async Task<AnalyzerRunResult> RunAsync(
        CodeProject project,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ImmutableDictionary<string, string> globalOptions,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var errors = new ConcurrentBag<CheckError>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], new GlobalOptionsProvider(globalOptions)),
            (exception, analyzer, diagnostic) => errors.Add(new CheckError(CodeRules.CheckId, $"{analyzer.GetType().Name} failed on {project.Name}: {exception.Message}")),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        var withAnalyzers = project.Compilation.WithAnalyzers(analyzers, options);
        // The compiler's diagnostics come from the same pass that feeds the analyzers their events, so asking for both costs no second binding.
        var all = await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken);
        var analyzerIds = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Append("AD0001").ToHashSet(StringComparer.Ordinal);
        var diagnostics = all.Where(d => analyzerIds.Contains(d.Id)).ToImmutableArray();
        var compileErrors = all.Where(d => !analyzerIds.Contains(d.Id) && d.Severity == DiagnosticSeverity.Error).ToImmutableArray();

        // AD0001 is how the driver reports an analyzer exception it caught.
        foreach (var failure in diagnostics.Where(d => d.Id == "AD0001"))
        {
            errors.Add(new CheckError(CodeRules.CheckId, failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new AnalyzerRunResult(project, [.. diagnostics.Where(d => d.Id != "AD0001")], [.. errors.DistinctBy(e => e.Message)]) { CompileErrors = compileErrors };
    }
}

/// <summary>Options every syntax tree shares, as a global .editorconfig gives them; no per-file options.</summary>
internal sealed class GlobalOptionsProvider(ImmutableDictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigOptions _global = new Options(values);

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static Options Empty { get; } = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
