using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0015: a web application with no global exception handler: no <c>UseExceptionHandler</c>, no middleware named for exceptions or errors, and no <c>app.Use</c> middleware that catches.
/// What counts as the pipeline is described on <see cref="WebPipelines"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingExceptionHandlerAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MissingExceptionHandler);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
            WebPipelines.Register(start, (end, pipeline) =>
            {
                if (pipeline.Lacks(PipelineFacts.ExceptionHandler))
                {
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.MissingExceptionHandler, pipeline.Location));
                }
            }));
    }
}
