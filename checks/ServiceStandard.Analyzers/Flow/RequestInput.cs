using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ServiceStandard.Analyzers.Flow;

/// <summary>
/// Whether a value comes from the HTTP request, following it within one method: members of
/// <c>HttpRequest</c> (query, form, headers, cookies, path, route values), parameters of controller
/// actions and Razor Page handlers, bound properties (<c>[BindProperty]</c>, <c>[FromQuery]</c>…),
/// parameters of minimal-API handler lambdas (except route parameters with a constraint), and
/// locals assigned from any of those, through concatenation, interpolation, <c>??</c>, conditionals,
/// string methods and <c>new Uri(…)</c>. Values returned by other methods, fields and properties
/// of other objects are not followed.
/// </summary>
internal sealed class RequestInput
{
    private static readonly Regex ConstrainedRouteParameter = SafeRegex.Create(@"\{\*{0,2}(?<name>\w+)\??:");

    private readonly IOperation _body;
    private readonly Dictionary<ISymbol, string?> _locals = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _sanitized = new(SymbolEqualityComparer.Default);

    /// <param name="checks">Also a sanitizer: a call the rule recognises as a check of its arguments (a helper of the same compilation that calls <c>IsLocalUrl</c>).</param>
    public RequestInput(IOperation body, IEnumerable<string> sanitizers, System.Func<IInvocationOperation, bool>? checks = null)
    {
        _body = body;
        var names = new HashSet<string>(sanitizers);
        foreach (var operation in body.Descendants())
        {
            if (operation is IInvocationOperation invocation && (names.Contains(invocation.TargetMethod.Name) || checks?.Invoke(invocation) == true))
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (Symbol(argument.Value) is { } checkedSymbol)
                    {
                        _sanitized.Add(checkedSymbol);
                    }
                }
            }
        }
    }

    /// <summary>A short description of where the value comes from (<c>query string</c>, <c>parameter 'returnUrl'</c>), or null.</summary>
    public string? SourceOf(IOperation value)
    {
        value = OperationPaths.Unwrap(value);
        if (value.ConstantValue.HasValue || OperationPaths.IsInertValueType(value.Type))
        {
            return null;
        }

        switch (value)
        {
            case IParameterReferenceOperation parameter:
                return !_sanitized.Contains(parameter.Parameter) && IsRequestParameter(parameter.Parameter) ? $"parameter '{parameter.Parameter.Name}'" : null;
            case ILocalReferenceOperation local:
                return _sanitized.Contains(local.Local) ? null : SourceOfLocal(local.Local);
            case IPropertyReferenceOperation property when IsRequestMember(property.Property):
                return $"Request.{property.Property.Name}";
            case IPropertyReferenceOperation property when IsBoundProperty(property.Property):
                return _sanitized.Contains(property.Property) ? null : $"bound property '{property.Property.Name}'";
            case IPropertyReferenceOperation property when property.Instance is { } instance:
                // Request.Query["x"], Request.Headers.Referer, StringValues.ToString()
                return SourceOf(instance);
            case IInvocationOperation invocation:
                return SourceOfCall(invocation);
            case IBinaryOperation binary when binary.OperatorKind == BinaryOperatorKind.Add:
                return SourceOf(binary.LeftOperand) ?? SourceOf(binary.RightOperand);
            case ICoalesceOperation coalesce:
                return SourceOf(coalesce.Value) ?? SourceOf(coalesce.WhenNull);
            case IConditionalOperation conditional when conditional.WhenFalse is not null:
                return SourceOf(conditional.WhenTrue) ?? SourceOf(conditional.WhenFalse);
            case IInterpolatedStringOperation interpolated:
                return interpolated.Parts.OfType<IInterpolationOperation>().Select(p => SourceOf(p.Expression)).FirstOrDefault(s => s is not null);
            case IObjectCreationOperation { Type.Name: "Uri" } uri when uri.Arguments.Length > 0:
                return SourceOf(uri.Arguments[0].Value);
            default:
                return null;
        }
    }

    /// <summary>The local or parameter a value is, for sanitizer bookkeeping.</summary>
    public static ISymbol? Symbol(IOperation value) =>
        OperationPaths.Unwrap(value) switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation } property => property.Property,
            _ => null,
        };

    private string? SourceOfCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.ContainingType?.SpecialType == SpecialType.System_String)
        {
            // "x".Trim(), string.Concat(a, b), string.Format("{0}", a)
            if (invocation.Instance is { } instance && SourceOf(instance) is { } fromInstance)
            {
                return fromInstance;
            }

            return method.IsStatic && method.Name is "Concat" or "Format" or "Join"
                ? invocation.Arguments.SelectMany(a => Values(a.Value)).Select(SourceOf).FirstOrDefault(s => s is not null)
                : null;
        }

        if (method.Name == "ToString" && invocation.Instance is { } target)
        {
            return SourceOf(target);
        }

        if (IsUrlHelper(method.ContainingType))
        {
            // Url.Action/RouteUrl/Page build a URL on this site unless given a host; Url.Content
            // returns a path not starting with ~ unchanged.
            var passedOn = method.Name == "Content" ? OperationPaths.ArgumentNamed(invocation, "contentPath") : OperationPaths.ArgumentNamed(invocation, "host");
            return passedOn is null ? null : SourceOf(passedOn.Value);
        }

        if (method.Name is "GetRouteValue" or "GetDisplayUrl" or "GetEncodedUrl" or "GetEncodedPathAndQuery")
        {
            return "the request";
        }

        if (method.Name is "UrlDecode" or "UnescapeDataString" && invocation.Arguments.Length > 0)
        {
            return SourceOf(invocation.Arguments[0].Value);
        }

        return null;
    }

    private static bool IsUrlHelper(INamedTypeSymbol? type) =>
        type?.Name is "IUrlHelper" or "UrlHelperExtensions" && OperationPaths.IsInNamespace(type, "Microsoft.AspNetCore.Mvc");

    private static IEnumerable<IOperation> Values(IOperation argument) =>
        OperationPaths.Unwrap(argument) is IArrayCreationOperation { Initializer: { } initializer } ? initializer.ElementValues : ImmutableArray.Create(argument);

    private string? SourceOfLocal(ILocalSymbol local)
    {
        if (_locals.TryGetValue(local, out var known))
        {
            return known;
        }

        _locals[local] = null;
        string? source = null;
        foreach (var assigned in OperationPaths.AssignedValues(local, _body))
        {
            if (SourceOf(assigned) is { } found)
            {
                source = found;
                break;
            }
        }

        _locals[local] = source;
        return source;
    }

    private static bool IsRequestMember(IPropertySymbol property) =>
        property.ContainingType is { Name: "HttpRequest" } type && OperationPaths.IsInNamespace(type, "Microsoft.AspNetCore.Http") &&
        property.Name is "Query" or "QueryString" or "Form" or "Headers" or "Cookies" or "Path" or "PathBase" or "RouteValues" or "Host";

    private static bool IsBoundProperty(IPropertySymbol property) =>
        property.GetAttributes().Any(a => IsBindingAttribute(a.AttributeClass)) ||
        property.ContainingType.GetAttributes().Any(a => a.AttributeClass?.Name == "BindPropertiesAttribute");

    private static bool IsBindingAttribute(INamedTypeSymbol? attribute) =>
        attribute?.Name is "BindPropertyAttribute" or "FromQueryAttribute" or "FromFormAttribute" or "FromRouteAttribute" or "FromHeaderAttribute" or "FromBodyAttribute";

    private static bool IsRequestParameter(IParameterSymbol parameter)
    {
        if (parameter.GetAttributes().Any(a => IsBindingAttribute(a.AttributeClass)))
        {
            return true;
        }

        if (parameter.GetAttributes().Any(a => a.AttributeClass?.Name is "FromServicesAttribute" or "FromKeyedServicesAttribute"))
        {
            return false;
        }

        if (parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return false;
        }

        if (method.MethodKind == MethodKind.AnonymousFunction)
        {
            return IsMinimalApiParameter(parameter, method);
        }

        if (method.IsStatic || method.DeclaredAccessibility != Accessibility.Public || method.MethodKind != MethodKind.Ordinary)
        {
            return false;
        }

        var type = method.ContainingType;
        if (InheritsFrom(type, "PageModel"))
        {
            return method.Name.StartsWith("On", System.StringComparison.Ordinal);
        }

        return InheritsFrom(type, "ControllerBase") && !method.GetAttributes().Any(a => a.AttributeClass?.Name == "NonActionAttribute");
    }

    /// <summary>A parameter of a lambda given to MapGet/MapPost/…: bound from the request unless it is a constrained route value.</summary>
    private static bool IsMinimalApiParameter(IParameterSymbol parameter, IMethodSymbol lambda)
    {
        if (!OperationPaths.IsStringType(parameter.Type) && parameter.Type.Name != "Uri" && parameter.Type.Name != "StringValues")
        {
            return false;
        }

        foreach (var reference in lambda.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
            if (syntax.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.ArgumentSyntax
                {
                    Parent: Microsoft.CodeAnalysis.CSharp.Syntax.ArgumentListSyntax
                    {
                        Parent: Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax call,
                    } arguments,
                } &&
                call.Expression is Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name } &&
                name.StartsWith("Map", System.StringComparison.Ordinal))
            {
                var pattern = arguments.Arguments.Count > 0 &&
                    arguments.Arguments[0].Expression is Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal
                    ? literal.Token.ValueText
                    : string.Empty;
                foreach (var match in SafeRegex.Matches(ConstrainedRouteParameter, pattern))
                {
                    if (string.Equals(match.Groups["name"].Value, parameter.Name, System.StringComparison.OrdinalIgnoreCase))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    private static bool InheritsFrom(INamedTypeSymbol? type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == name && current.ContainingNamespace?.ToDisplayString().StartsWith("Microsoft.AspNetCore.Mvc", System.StringComparison.Ordinal) == true)
            {
                return true;
            }
        }

        return false;
    }
}
