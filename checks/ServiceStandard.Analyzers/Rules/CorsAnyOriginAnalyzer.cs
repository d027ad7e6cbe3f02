using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0007: a CORS policy that allows credentials and any origin — <c>AllowAnyOrigin()</c>,
/// <c>WithOrigins("*")</c>, or <c>SetIsOriginAllowed</c> with a predicate that always returns true
/// (which reflects every origin back). Calls on the same policy builder count whether they are
/// chained or made one by one on the same variable or lambda parameter.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CorsAnyOriginAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CorsAnyOriginWithCredentials);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod is not { Name: "AllowCredentials", ContainingType.Name: "CorsPolicyBuilder" })
        {
            return;
        }

        // Every call on the same builder: down this chain, and on the same variable anywhere in the body.
        var root = OperationPaths.ChainRootSymbol(invocation);
        var body = OperationPaths.Root(invocation);
        foreach (var operation in body.Descendants())
        {
            if (operation is not IInvocationOperation { TargetMethod.ContainingType.Name: "CorsPolicyBuilder" } call ||
                !SameBuilder(call, invocation, root))
            {
                continue;
            }

            var anyOrigin = call.TargetMethod.Name switch
            {
                "AllowAnyOrigin" => "any origin",
                "WithOrigins" when HasWildcard(call) => "the origin \"*\"",
                "SetIsOriginAllowed" when call.Arguments.Length == 1 && AlwaysTrue(call.Arguments[0].Value) => "every origin (SetIsOriginAllowed returns true)",
                _ => null,
            };
            if (anyOrigin is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.CorsAnyOriginWithCredentials, OperationPaths.CallLocation(invocation), anyOrigin));
                return;
            }
        }
    }

    private static bool SameBuilder(IInvocationOperation call, IInvocationOperation allowCredentials, ISymbol? root)
    {
        if (root is not null)
        {
            return SymbolEqualityComparer.Default.Equals(OperationPaths.ChainRootSymbol(call), root);
        }

        // No variable: only the chain itself (new CorsPolicyBuilder().AllowAnyOrigin().AllowCredentials()).
        for (IOperation? current = allowCredentials; current is IInvocationOperation link; current = OperationPaths.Receiver(link) is { } r ? OperationPaths.Unwrap(r) : null)
        {
            if (ReferenceEquals(link, call))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWildcard(IInvocationOperation withOrigins)
    {
        foreach (var operation in withOrigins.Descendants())
        {
            if (operation.ConstantValue is { HasValue: true, Value: "*" })
            {
                return true;
            }
        }

        return false;
    }

    private static bool AlwaysTrue(IOperation value)
    {
        value = OperationPaths.Unwrap(value);
        if (value is IDelegateCreationOperation creation)
        {
            value = creation.Target;
        }

        if (value is not IAnonymousFunctionOperation lambda)
        {
            return false;
        }

        var returns = 0;
        foreach (var operation in lambda.Body.Descendants())
        {
            if (operation is IReturnOperation { ReturnedValue: { } returned })
            {
                returns++;
                if (returned.ConstantValue is not { HasValue: true, Value: true })
                {
                    return false;
                }
            }
        }

        return returns > 0;
    }
}
