using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0003: TLS server certificate validation switched off — any certificate-validation delegate
/// (a delegate returning bool that receives <c>SslPolicyErrors</c>: HttpClientHandler's
/// <c>ServerCertificateCustomValidationCallback</c>, <c>RemoteCertificateValidationCallback</c>,
/// <c>ServicePointManager.ServerCertificateValidationCallback</c>…) made from a lambda, anonymous
/// method or source method that always returns true, and any use of
/// <c>HttpClientHandler.DangerousAcceptAnyServerCertificateValidator</c>. Code that only runs in
/// Development is left alone; Kestrel's client-certificate validation is a server setting, not this rule's.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CertificateValidationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CertificateValidationDisabled);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzePropertyReference, OperationKind.PropertyReference);
        context.RegisterOperationAction(AnalyzeDelegate, OperationKind.DelegateCreation);
    }

    private static void AnalyzePropertyReference(OperationAnalysisContext context)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        if (reference.Property is { Name: "DangerousAcceptAnyServerCertificateValidator", ContainingType.Name: "HttpClientHandler" } &&
            !DevelopmentGuard.IsDevelopmentOnly(reference))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.CertificateValidationDisabled, reference.Syntax.GetLocation(), "DangerousAcceptAnyServerCertificateValidator"));
        }
    }

    private static void AnalyzeDelegate(OperationAnalysisContext context)
    {
        var creation = (IDelegateCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol { DelegateInvokeMethod: { } invoke } ||
            invoke.ReturnType.SpecialType != SpecialType.System_Boolean ||
            !invoke.Parameters.Any(p => p.Type is { Name: "SslPolicyErrors" }) ||
            IsKestrelClientCertificateValidation(creation) ||
            DevelopmentGuard.IsDevelopmentOnly(creation))
        {
            return;
        }

        var alwaysTrue = creation.Target switch
        {
            IAnonymousFunctionOperation lambda => AlwaysReturnsTrue(lambda.Body),
            IMethodReferenceOperation method => SourceMethodAlwaysReturnsTrue(method.Method),
            _ => false,
        };
        if (alwaysTrue)
        {
            var what = AssignedTo(creation) ?? "A certificate validation callback";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.CertificateValidationDisabled, creation.Syntax.GetLocation(), what));
        }
    }

    private static string? AssignedTo(IOperation creation)
    {
        for (var current = creation.Parent; current is not null; current = current.Parent)
        {
            if (current is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property })
            {
                return property.Property.Name;
            }

            if (current is IExpressionStatementOperation or IBlockOperation)
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsKestrelClientCertificateValidation(IOperation creation) =>
        AssignedTo(creation) == "ClientCertificateValidation";

    private static bool AlwaysReturnsTrue(IBlockOperation body)
    {
        var returns = 0;
        foreach (var operation in Descendants(body))
        {
            if (operation is IReturnOperation { ReturnedValue: { } value })
            {
                returns++;
                if (value.ConstantValue is not { HasValue: true, Value: true })
                {
                    return false;
                }
            }
        }

        return returns > 0;
    }

    /// <summary>Descendants, without going into nested lambdas and local functions (their returns are their own).</summary>
    private static System.Collections.Generic.IEnumerable<IOperation> Descendants(IOperation root)
    {
        foreach (var child in root.ChildOperations)
        {
            if (child is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                continue;
            }

            yield return child;
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    private static bool SourceMethodAlwaysReturnsTrue(IMethodSymbol method)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
            var (block, expression) = syntax switch
            {
                MethodDeclarationSyntax m => (m.Body, m.ExpressionBody?.Expression),
                LocalFunctionStatementSyntax f => (f.Body, f.ExpressionBody?.Expression),
                _ => (null, null),
            };
            if (expression is not null)
            {
                return IsTrueLiteral(expression);
            }

            if (block is not null)
            {
                var returns = block.DescendantNodes(n => n is not LambdaExpressionSyntax and not LocalFunctionStatementSyntax and not AnonymousMethodExpressionSyntax)
                    .OfType<ReturnStatementSyntax>()
                    .ToList();
                return returns.Count > 0 && returns.All(r => r.Expression is not null && IsTrueLiteral(r.Expression));
            }
        }

        return false;
    }

    private static bool IsTrueLiteral(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression.IsKind(SyntaxKind.TrueLiteralExpression);
    }
}
