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
/// string methods and <c>new Uri(…)</c>. Classic ASP.NET's request (<c>System.Web.HttpRequest</c>)
/// is request data too. Given a <see cref="FlowScope"/>, also the other sources its threat models
/// name (<see cref="ExternalSources"/>), and values followed out of the method: parameters to the
/// arguments of their calls, calls to what their methods return, fields to what is written to them,
/// arrays and collections to what is put into them. Without one, values returned by other methods,
/// fields and properties of other objects are not followed.
/// </summary>
internal sealed class RequestInput
{
    private static readonly Regex ConstrainedRouteParameter = SafeRegex.Create(@"\{\*{0,2}(?<name>\w+)\??:");

    private readonly IOperation _body;
    private readonly Dictionary<ISymbol, string?> _locals = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _sanitized = new(SymbolEqualityComparer.Default);
    private readonly FlowScope? _scope;

    /// <param name="checks">Also a sanitizer: a call the rule recognises as a check of its arguments (a helper of the same compilation that calls <c>IsLocalUrl</c>).</param>
    /// <param name="scope">How far values may be followed out of the method, and which threat models apply; null: within the method, request data only.</param>
    public RequestInput(IOperation body, IEnumerable<string> sanitizers, System.Func<IInvocationOperation, bool>? checks = null, FlowScope? scope = null)
    {
        _body = body;
        _scope = scope?.WithAnalyser((other, deeper) => new RequestInput(other, sanitizers, checks, deeper).SourceOf);
        Outer = SourceOf;
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

    /// <summary>The analysis a call's arguments are followed with when its returned value is: the owning <see cref="RequestFlow"/>'s, so its neutralisers apply.</summary>
    public System.Func<IOperation, string?> Outer { get; set; }

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
                if (_sanitized.Contains(parameter.Parameter))
                {
                    return null;
                }

                return IsRequestParameter(parameter.Parameter) ? $"parameter '{parameter.Parameter.Name}'" : SourceOfParameter(parameter.Parameter);
            case ILocalReferenceOperation local:
                return _sanitized.Contains(local.Local) ? null : SourceOfLocal(local.Local);
            case IPropertyReferenceOperation property when IsRequestMember(property.Property) || ExternalSources.IsClassicRequestMember(property.Property):
                return property.Property.IsIndexer ? "Request[…]" : $"Request.{property.Property.Name}";
            case IPropertyReferenceOperation indexer when _scope is not null && ExternalSources.SourceOfIndexer(indexer, _scope.Models) is { } stored:
                return stored;
            case IPropertyReferenceOperation property when IsBoundProperty(property.Property):
                return _sanitized.Contains(property.Property) ? null : $"bound property '{property.Property.Name}'";
            case IPropertyReferenceOperation property when property.Instance is { } instance:
                // Request.Query["x"], Request.Headers.Referer, StringValues.ToString()
                return SourceOf(instance);
            case IInvocationOperation invocation:
                return SourceOfCall(invocation);
            case IFieldReferenceOperation field when _scope is not null:
                return SourceOfField(field);
            case IArrayElementReferenceOperation element when _scope is not null:
                return SourceOf(element.ArrayReference);
            case IAwaitOperation awaited when _scope is not null:
                return SourceOf(awaited.Operation);
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

        // Request.Params.Get("name"), Request.Cookies.Get("name")
        if (method.Name is "Get" or "GetValues" && invocation.Instance is { } collection && collection.Type?.Name is "NameValueCollection" or "HttpCookieCollection")
        {
            return SourceOf(collection);
        }

        if (_scope is null)
        {
            return null;
        }

        return ExternalSources.SourceOfCall(invocation, _scope.Models, local => FlowScope.ValuesOf(local, _body)) ?? SourceOfReturn(invocation);
    }

    /// <summary>What a method of the compilation returns for this call: its returned values, its parameters bound to this call's arguments.</summary>
    private string? SourceOfReturn(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod.OriginalDefinition;
        if (_scope is null || MethodBodies.Of(method, _scope.Compilation.Compilation, _scope.Cancellation) is not { } body || !_scope.Enter(method))
        {
            return null;
        }

        try
        {
            var bindings = ImmutableDictionary.Create<IParameterSymbol, System.Func<string?>>(SymbolEqualityComparer.Default);
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { } parameter)
                {
                    var value = argument.Value;
                    var outer = Outer;
                    bindings = bindings.SetItem(parameter.OriginalDefinition, () => outer(value));
                }
            }

            foreach (var returned in MethodBodies.ReturnedValues(body))
            {
                if (_scope.InBody(body, returned, bindings) is { } found)
                {
                    return found;
                }
            }

            return null;
        }
        finally
        {
            _scope.Leave(method);
        }
    }

    /// <summary>
    /// A parameter that is not bound from the request: what the call being followed passes for it, or
    /// else what any call of its method in the compilation passes.
    /// </summary>
    private string? SourceOfParameter(IParameterSymbol parameter)
    {
        if (_scope is null)
        {
            return null;
        }

        if (_scope.Bindings.TryGetValue(parameter.OriginalDefinition, out var bound))
        {
            return bound();
        }

        if (ExternalSources.SourceOfParameter(parameter, _scope.Models) is { } local)
        {
            return local;
        }

        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method || parameter.RefKind == RefKind.Out ||
            parameter.IsParams || !_scope.Enter(parameter.OriginalDefinition))
        {
            return null;
        }

        try
        {
            foreach (var argument in _scope.Compilation.ArgumentsFor(method, parameter.Ordinal, _scope.Cancellation))
            {
                if (_scope.InBody(OperationPaths.Root(argument), argument) is { } found)
                {
                    return found;
                }
            }

            return null;
        }
        finally
        {
            _scope.Leave(parameter.OriginalDefinition);
        }
    }

    /// <summary>
    /// A field of another object (<c>container.Value</c>): what this method writes to that field of
    /// the same local, or, for a parameter, what each caller writes to it on the local it passes.
    /// </summary>
    private string? SourceOfMember(IOperation owner, IFieldSymbol field)
    {
        switch (owner)
        {
            case ILocalReferenceOperation local:
                foreach (var written in MemberWrites(local.Local, field, _body))
                {
                    if (Outer(written) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Ordinary } method } parameter } when _scope is not null:
                if (!_scope.Enter(parameter.OriginalDefinition))
                {
                    return null;
                }

                try
                {
                    foreach (var argument in _scope.Compilation.ArgumentsFor(method, parameter.Ordinal, _scope.Cancellation))
                    {
                        if (OperationPaths.Unwrap(argument) is not ILocalReferenceOperation passed)
                        {
                            continue;
                        }

                        var body = OperationPaths.Root(argument);
                        foreach (var written in MemberWrites(passed.Local, field, body))
                        {
                            if (_scope.InBody(body, written) is { } found)
                            {
                                return found;
                            }
                        }
                    }

                    return null;
                }
                finally
                {
                    _scope.Leave(parameter.OriginalDefinition);
                }

            default:
                return null;
        }
    }

    private static IEnumerable<IOperation> MemberWrites(ILocalSymbol local, IFieldSymbol field, IOperation body)
    {
        foreach (var operation in body.Descendants())
        {
            if (operation is IAssignmentOperation assignment && OperationPaths.Unwrap(assignment.Target) is IFieldReferenceOperation { Instance: { } owner } target &&
                SymbolEqualityComparer.Default.Equals(target.Field.OriginalDefinition, field) &&
                OperationPaths.Unwrap(owner) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                yield return assignment.Value;
            }
        }
    }

    /// <summary>A field of the compilation: what is written to it anywhere (fields of another object: what its owner holds).</summary>
    private string? SourceOfField(IFieldReferenceOperation reference)
    {
        var field = reference.Field.OriginalDefinition;
        if (_scope is null || field.IsConst)
        {
            return null;
        }

        if (reference.Instance is { } instance && OperationPaths.Unwrap(instance) is not IInstanceReferenceOperation)
        {
            return SourceOfMember(OperationPaths.Unwrap(instance), field);
        }

        if (field.DeclaringSyntaxReferences.Length == 0 || !_scope.Enter(field))
        {
            return null;
        }

        try
        {
            foreach (var written in _scope.Compilation.WritesOf(field, _scope.Cancellation))
            {
                if (_scope.InBody(OperationPaths.Root(written), written) is { } found)
                {
                    return found;
                }
            }

            return null;
        }
        finally
        {
            _scope.Leave(field);
        }
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
        foreach (var assigned in _scope is null ? OperationPaths.AssignedValues(local, _body) : FlowScope.ValuesOf(local, _body))
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
