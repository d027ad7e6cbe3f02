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
/// A redirect to the request's own URL stays on the site: <c>GetEncodedUrl()</c>/<c>GetDisplayUrl()</c>
/// (absolute, with the host the browser asked for), and the request's own path
/// (<c>Request.Path</c>, <c>PathBase + Path</c>, <c>GetEncodedPathAndQuery()</c>) in a routed
/// handler, whose route the path had to match; in middleware the path can be <c>//evil.example</c>.
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
        if (OriginIsFixed(url) || StartsWithOwnUrl(url, context.ContainingSymbol))
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

    /// <summary>
    /// Whether the URL starts with the request's own URL: absolute (scheme, the Host the browser sent,
    /// path), or its path where a route fixed it. Later pieces (a query string) cannot change the site.
    /// </summary>
    private static bool StartsWithOwnUrl(IOperation url, ISymbol? owner)
    {
        var first = FirstPiece(OperationPaths.Unwrap(url));
        while (first is IInvocationOperation { TargetMethod.Name: "ToString" or "ToUriComponent", Instance: { } instance })
        {
            first = OperationPaths.Unwrap(instance);
        }

        if (first is IPropertyReferenceOperation { Property.Name: "Value", Instance: { } pathString })
        {
            first = OperationPaths.Unwrap(pathString);
        }

        switch (first)
        {
            case IInvocationOperation { TargetMethod: { Name: "GetEncodedUrl" or "GetDisplayUrl", ContainingType.Name: "UriHelper" } }:
                return true;
            case IInvocationOperation { TargetMethod: { Name: "GetEncodedPathAndQuery", ContainingType.Name: "UriHelper" } }:
            case IPropertyReferenceOperation { Property: { Name: "Path" or "PathBase", ContainingType.Name: "HttpRequest" } }:
                return IsRoutedHandler(url, owner);
            default:
                return false;
        }
    }

    private static IOperation FirstPiece(IOperation value) =>
        value switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add => FirstPiece(OperationPaths.Unwrap(add.LeftOperand)),
            IInterpolatedStringOperation { Parts.Length: > 0 } interpolated when interpolated.Parts[0] is IInterpolationOperation hole =>
                FirstPiece(OperationPaths.Unwrap(hole.Expression)),
            _ => value,
        };

    /// <summary>
    /// Code that only runs when a route matched: a controller action, a Razor Page handler, or a
    /// minimal-API handler (a lambda given to <c>Map…</c>). Middleware (<c>app.Use</c>, a middleware
    /// class) sees every path, including <c>//evil.example/</c>, which a browser reads as another site.
    /// </summary>
    private static bool IsRoutedHandler(IOperation operation, ISymbol? owner)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation)
            {
                var outer = current.Parent;
                while (outer is IDelegateCreationOperation or IConversionOperation)
                {
                    outer = outer.Parent;
                }

                var call = outer is IArgumentOperation { Parent: IInvocationOperation map } ? map : null;
                // A fallback's catch-all route matches any path, so it fixes nothing.
                return call is not null && call.TargetMethod.Name.StartsWith("Map", System.StringComparison.Ordinal) &&
                    call.TargetMethod.Name != "MapWhen" && !call.TargetMethod.Name.StartsWith("MapFallback", System.StringComparison.Ordinal);
            }
        }

        return owner is IMethodSymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public, MethodKind: MethodKind.Ordinary } method &&
            IsRedirectOwner(method.ContainingType);
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
