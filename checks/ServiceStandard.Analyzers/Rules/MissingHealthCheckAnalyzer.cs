using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0014: a web application that maps no health-check endpoint: no <c>MapHealthChecks</c>/<c>UseHealthChecks</c>, and no endpoint mapped on a health-style route (<c>/health</c>, <c>/healthz</c>, <c>/ready</c>, <c>/live</c>, <c>/ping</c>…);
/// or that maps one only inside a Development guard (see <see cref="DevelopmentGuard"/>), which production never runs.
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
                // Mapped only inside if (IsDevelopment()), as the .NET Aspire template has it: production,
                // where the platform probes, has no health endpoint.
                var missing = pipeline.Lacks(PipelineFacts.HealthCheck)
                    ? "maps no health-check endpoint"
                    : pipeline.OnlyInDevelopment(PipelineFacts.HealthCheck)
                        ? "maps its health-check endpoint only in the Development environment, so production has none"
                        : null;
                if (missing is not null)
                {
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.MissingHealthCheck, pipeline.Location, missing));
                }
            }));
    }
}
