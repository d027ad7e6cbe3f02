using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0014: a web application that maps no health-check endpoint: no <c>MapHealthChecks</c>/<c>UseHealthChecks</c>, and no endpoint mapped on a health-style route (<c>/health</c>, <c>/healthz</c>, <c>/ready</c>, <c>/live</c>, <c>/ping</c>…).
/// What counts as the pipeline is described on <see cref="WebPipelines"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingHealthCheckAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MissingHealthCheck);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
            WebPipelines.Register(start, (end, pipeline) =>
            {
                if (pipeline.Lacks(PipelineFacts.HealthCheck))
                {
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.MissingHealthCheck, pipeline.Location));
                }
            }));
    }
}
