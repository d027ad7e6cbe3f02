using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0013: a web application whose pipeline never calls <c>UseHttpsRedirection()</c> or <c>UseHsts()</c>; the message says which. Reported where the application is built.
/// What counts as the pipeline is described on <see cref="WebPipelines"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingHttpsEnforcementAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MissingHttpsEnforcement);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
            WebPipelines.Register(start, (end, pipeline) =>
            {
                var noRedirection = pipeline.Lacks(PipelineFacts.HttpsRedirection);
                var noHsts = pipeline.Lacks(PipelineFacts.Hsts);
                var missing = (noRedirection, noHsts) switch
                {
                    (true, true) => "has neither HTTPS redirection nor HSTS: UseHttpsRedirection() and UseHsts() are never called",
                    (true, false) => "has no HTTPS redirection: UseHttpsRedirection() is never called (UseHsts() is)",
                    (false, true) => "sends no HSTS header: UseHsts() is never called (UseHttpsRedirection() is)",
                    _ => null,
                };
                if (missing is not null)
                {
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.MissingHttpsEnforcement, pipeline.Location, missing));
                }
            }));
    }
}
