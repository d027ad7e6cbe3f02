using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0012: error details shown to users outside Development — <c>UseDeveloperExceptionPage()</c>,
/// <c>UseDatabaseErrorPage()</c>, <c>UseMigrationsEndPoint()</c>, Blazor Server's
/// <c>DetailedErrors = true</c>, SignalR's <c>EnableDetailedErrors = true</c>, and the web host's
/// <c>detailedErrors</c> setting — unless the code only runs in Development (see
/// <see cref="DevelopmentGuard"/>). A value computed from the environment is not a constant and
/// is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DetailedErrorsAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DetailedErrors);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
        context.RegisterOperationAction(AnalyzeAssignment, OperationKind.SimpleAssignment);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var what = method.Name switch
        {
            "UseDeveloperExceptionPage" or "UseDatabaseErrorPage" or "UseMigrationsEndPoint" when IsAspNetCore(method) => method.Name + "()",
            "UseSetting" when IsAspNetCore(method) && invocation.Arguments.Length == 2 &&
                invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key } &&
                string.Equals(key, "detailedErrors", System.StringComparison.OrdinalIgnoreCase) &&
                invocation.Arguments[1].Value.ConstantValue is { HasValue: true, Value: string value } &&
                (string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase) || value == "1") => "The detailedErrors setting",
            _ => null,
        };
        if (what is not null && !DevelopmentGuard.IsDevelopmentOnly(invocation))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.DetailedErrors, OperationPaths.CallLocation(invocation), what));
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "DetailedErrors" or "EnableDetailedErrors" } property } &&
            property.ContainingType.ContainingNamespace?.ToDisplayString().StartsWith("Microsoft.AspNetCore", System.StringComparison.Ordinal) == true &&
            OperationPaths.Unwrap(assignment.Value).ConstantValue is { HasValue: true, Value: true } &&
            !DevelopmentGuard.IsDevelopmentOnly(assignment))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.DetailedErrors, assignment.Syntax.GetLocation(), $"{property.ContainingType.Name}.{property.Name} = true"));
        }
    }

    private static bool IsAspNetCore(IMethodSymbol method) =>
        method.ContainingNamespace?.ToDisplayString() is { } ns &&
        (ns.StartsWith("Microsoft.AspNetCore", System.StringComparison.Ordinal) || ns.StartsWith("Microsoft.Extensions.Hosting", System.StringComparison.Ordinal));
}
