using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
/// <see cref="DevelopmentGuard"/>): guarded where it is, or in a method of this compilation every
/// call of which is guarded (the guard in the caller), up to <see cref="MaxCallerDepth"/> callers up.
/// A value computed from the environment is not a constant and is not reported. Findings wait for
/// the end of the compilation, when every call site has been seen.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DetailedErrorsAnalyzer : DiagnosticAnalyzer
{
    /// <summary>How many callers up a Development guard is looked for.</summary>
    private const int MaxCallerDepth = 3;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DetailedErrors);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var candidates = new ConcurrentBag<(IMethodSymbol? Method, Diagnostic Diagnostic)>();
            var callSites = new ConcurrentDictionary<IMethodSymbol, ConcurrentBag<(IMethodSymbol? Caller, bool Guarded)>>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, candidates), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, candidates), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(c => RecordCallSite(c, callSites), OperationKind.Invocation, OperationKind.MethodReference);
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var (method, diagnostic) in candidates)
                {
                    if (method is null || !OnlyCalledInDevelopment(method, callSites, MaxCallerDepth, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default)))
                    {
                        end.ReportDiagnostic(diagnostic);
                    }
                }
            });
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, ConcurrentBag<(IMethodSymbol?, Diagnostic)> candidates)
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
            candidates.Add((Caller(context), Diagnostic.Create(Descriptors.DetailedErrors, OperationPaths.CallLocation(invocation), what)));
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, ConcurrentBag<(IMethodSymbol?, Diagnostic)> candidates)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "DetailedErrors" or "EnableDetailedErrors" } property } &&
            property.ContainingType.ContainingNamespace?.ToDisplayString().StartsWith("Microsoft.AspNetCore", System.StringComparison.Ordinal) == true &&
            OperationPaths.Unwrap(assignment.Value).ConstantValue is { HasValue: true, Value: true } &&
            !DevelopmentGuard.IsDevelopmentOnly(assignment))
        {
            candidates.Add((Caller(context), Diagnostic.Create(Descriptors.DetailedErrors, assignment.Syntax.GetLocation(), $"{property.ContainingType.Name}.{property.Name} = true")));
        }
    }

    /// <summary>
    /// The method whose callers decide whether the code runs outside Development, or null: code in a
    /// lambda runs whenever whoever holds the lambda calls it, which call sites cannot show.
    /// </summary>
    private static IMethodSymbol? Caller(OperationAnalysisContext context)
    {
        for (var current = context.Operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return null;
            }
        }

        return context.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary } method ? method.OriginalDefinition : null;
    }

    /// <summary>Every call of a method of this compilation, and whether it is under a Development guard.</summary>
    private static void RecordCallSite(OperationAnalysisContext context, ConcurrentDictionary<IMethodSymbol, ConcurrentBag<(IMethodSymbol?, bool)>> callSites)
    {
        var (target, guarded) = context.Operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, DevelopmentGuard.IsDevelopmentOnly(invocation)),

            // A method group handed on can be called from anywhere.
            IMethodReferenceOperation reference => (reference.Method, false),
            _ => (null!, false),
        };
        if (target is null || !target.OriginalDefinition.Locations.Any(l => l.IsInSource))
        {
            return;
        }

        callSites.GetOrAdd(target.OriginalDefinition, _ => new ConcurrentBag<(IMethodSymbol?, bool)>()).Add((Caller(context), guarded));
    }

    /// <summary>Whether the method has calls in this compilation and each is guarded, or is in a method only called under a guard.</summary>
    private static bool OnlyCalledInDevelopment(
        IMethodSymbol method,
        ConcurrentDictionary<IMethodSymbol, ConcurrentBag<(IMethodSymbol? Caller, bool Guarded)>> callSites,
        int depth,
        HashSet<IMethodSymbol> visiting)
    {
        if (depth == 0 || !visiting.Add(method) || !callSites.TryGetValue(method, out var sites) || sites.IsEmpty)
        {
            return false;
        }

        return sites.All(site => site.Guarded || (site.Caller is { } caller && OnlyCalledInDevelopment(caller, callSites, depth - 1, visiting)));
    }

    private static bool IsAspNetCore(IMethodSymbol method) =>
        method.ContainingNamespace?.ToDisplayString() is { } ns &&
        (ns.StartsWith("Microsoft.AspNetCore", System.StringComparison.Ordinal) || ns.StartsWith("Microsoft.Extensions.Hosting", System.StringComparison.Ordinal));
}
