using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0010: a redirect (<c>Redirect</c>, <c>RedirectPermanent</c>, <c>RedirectPreserveMethod</c> on
/// controllers and pages, <c>HttpResponse.Redirect</c>, <c>Results.Redirect</c>,
/// <c>TypedResults.Redirect</c>, <c>new RedirectResult</c>) to a URL that comes from the request
/// (see <see cref="RequestInput"/>), unless the value was checked with <c>IsLocalUrl</c> in the same
/// method or a constant start already fixes the destination's origin (<c>"/account/" + id</c>,
/// <c>$"https://example.gov/{path}"</c>). <c>LocalRedirect</c> is the safe form and is never reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OpenRedirectAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] Sanitizers = ["IsLocalUrl"];
    private static readonly Regex AbsoluteWithHost = SafeRegex.Create(@"^[a-zA-Z][a-zA-Z0-9+.\-]*://[^/?#\\]+[/?#]");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.OpenRedirect);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
        context.RegisterOperationAction(AnalyzeCreation, OperationKind.ObjectCreation);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name is not ("Redirect" or "RedirectPermanent" or "RedirectPreserveMethod" or "RedirectPermanentPreserveMethod") ||
            !IsRedirectOwner(method.ContainingType))
        {
            return;
        }

        var url = invocation.Arguments.FirstOrDefault(a => a.Parameter is { Name: "url" or "location" } p && OperationPaths.IsStringType(p.Type));
        if (url is not null)
        {
            Check(context, url.Value, method.ContainingType.Name + "." + method.Name);
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is { Name: "RedirectResult" } type && OperationPaths.IsInNamespace(type, "Microsoft.AspNetCore.Mvc") &&
            creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "url") is { } url)
        {
            Check(context, url.Value, "new RedirectResult");
        }
    }

    private static bool IsRedirectOwner(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            var ns = current.ContainingNamespace?.ToDisplayString();
            if ((current.Name is "ControllerBase" or "PageModel" or "Page" && ns?.StartsWith("Microsoft.AspNetCore.Mvc", System.StringComparison.Ordinal) == true) ||
                (current.Name is "HttpResponse" or "Results" or "TypedResults" && ns == "Microsoft.AspNetCore.Http"))
            {
                return true;
            }
        }

        return false;
    }

    private static void Check(OperationAnalysisContext context, IOperation url, string sink)
    {
        if (OriginIsFixed(url))
        {
            return;
        }

        var input = new RequestInput(OperationPaths.Root(url), Sanitizers);
        if (input.SourceOf(url) is { } source)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.OpenRedirect, url.Syntax.GetLocation(), sink, source));
        }
    }

    /// <summary>Whether the URL's constant start already decides which site it goes to.</summary>
    private static bool OriginIsFixed(IOperation url)
    {
        var prefix = ConstantPrefix(OperationPaths.Unwrap(url));
        if (prefix is null)
        {
            return false;
        }

        if (prefix.StartsWith("~/", System.StringComparison.Ordinal))
        {
            prefix = prefix.Substring(1);
        }

        return (prefix.Length >= 2 && prefix[0] == '/' && prefix[1] != '/' && prefix[1] != '\\') || SafeRegex.IsMatch(AbsoluteWithHost, prefix);
    }

    private static string? ConstantPrefix(IOperation value)
    {
        switch (value)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add:
                var left = OperationPaths.Unwrap(add.LeftOperand);
                return left.ConstantValue is { HasValue: true, Value: string text } ? text : ConstantPrefix(left);
            case IInterpolatedStringOperation interpolated:
                var builder = new System.Text.StringBuilder();
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string piece } })
                    {
                        builder.Append(piece);
                    }
                    else
                    {
                        break;
                    }
                }

                return builder.ToString();
            default:
                return null;
        }
    }
}
