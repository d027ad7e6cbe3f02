using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0013: a web application whose pipeline never calls <c>UseHttpsRedirection()</c> or <c>UseHsts()</c>. Reported where the application is built.
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
                var missing = new System.Collections.Generic.List<string>();
                if (!pipeline.Has(PipelineFacts.HttpsRedirection))
                {
                    missing.Add("UseHttpsRedirection()");
                }

                if (!pipeline.Has(PipelineFacts.Hsts))
                {
                    missing.Add("UseHsts()");
                }

                if (missing.Count > 0)
                {
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.MissingHttpsEnforcement, pipeline.Location, string.Join(" or ", missing)));
                }
            }));
    }
}
