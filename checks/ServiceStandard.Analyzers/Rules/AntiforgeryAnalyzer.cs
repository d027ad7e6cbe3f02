using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0008: a POST, PUT, PATCH or DELETE action of an MVC controller that validates no antiforgery
/// token (no <c>[ValidateAntiForgeryToken]</c> or <c>[AutoValidateAntiforgeryToken]</c> on it, its
/// controller or a base controller) when no global antiforgery filter is registered anywhere in the
/// compilation. <c>[ApiController]</c>s are left out: they take JSON, not forms.
/// SS0009: antiforgery switched off where state changes — <c>[IgnoreAntiforgeryToken]</c> on a
/// controller action or Razor Page handler (or their class) whose POST/PUT/PATCH/DELETE handler has
/// a body, <c>DisableAntiforgery()</c> on a minimal-API endpoint whose handler binds from the form
/// (<c>[FromForm]</c>, <c>IFormFile</c>, <c>IFormCollection</c>: the only ones ASP.NET Core validates), and
/// <c>IgnoreAntiforgeryTokenAttribute</c> registered as a filter. A handler with an empty body
/// (the template's Error page) changes nothing and is not reported.
/// Neither rule reports what a cookie cannot authenticate, so another site cannot forge: OAuth 2.0
/// and OpenID Connect protocol endpoints (<c>~/connect/token</c>, <c>authorize</c>, <c>userinfo</c>,
/// <c>introspect</c>, <c>revoke</c>, <c>logout</c>…), which the protocol protects (client
/// authentication, PKCE, state, redirect URIs), and actions whose <c>[Authorize]</c> names only
/// bearer-token schemes (<c>JwtBearerDefaults.AuthenticationScheme</c>, <c>"Bearer"</c>, OpenIddict's).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AntiforgeryAnalyzer : DiagnosticAnalyzer
{
    private const string MvcNamespace = "Microsoft.AspNetCore.Mvc";
    private static readonly string[] StateChangingVerbs = ["POST", "PUT", "PATCH", "DELETE"];
    private static readonly string[] PageHandlerPrefixes = ["OnPost", "OnPut", "OnPatch", "OnDelete"];

    /// <summary>The last segment of an OAuth 2.0 / OpenID Connect protocol endpoint's route.</summary>
    private static readonly string[] ProtocolEndpoints =
    [
        "token", "authorize", "authorization", "userinfo", "introspect", "introspection", "revoke", "revocation", "logout",
        "endsession", "end_session", "end-session", "device", "deviceauthorization", "par",
    ];

    /// <summary>The segment before it: where protocol endpoints live (<c>~/connect/token</c>, <c>/oauth2/token</c>).</summary>
    private static readonly string[] ProtocolPrefixes = ["connect", "oauth", "oauth2", "openid", "oidc", "openid-connect", "protocol"];

    private static readonly System.Text.RegularExpressions.Regex CspReportRoute = SafeRegex.Create(
        @"(^|/)((csp|content-?security-?policy|content-?policy)[-_]?(violation[-_]?)?reports?|report[-_]?uri)(/|$)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.MissingAntiforgery, Descriptors.AntiforgeryDisabled);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var compilation = start.Compilation;
            var controllerBase = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase");
            var pageModel = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.RazorPages.PageModel");
            var validate = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ValidateAntiForgeryTokenAttribute");
            var autoValidate = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute");
            var ignore = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute");
            var apiController = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ApiControllerAttribute");
            if (controllerBase is null && pageModel is null)
            {
                start.RegisterOperationAction(AnalyzeDisableAntiforgery, OperationKind.Invocation);
                return;
            }

            var assemblyIsApi = compilation.Assembly.GetAttributes().Any(a => OperationPaths.IsOrInherits(a.AttributeClass, apiController));
            var globalFilter = 0;
            var candidates = new ConcurrentBag<Diagnostic>();
            var state = new Types(controllerBase, pageModel, validate, autoValidate, ignore, apiController);

            start.RegisterOperationAction(c => AnalyzeDisableAntiforgery(c), OperationKind.Invocation);
            start.RegisterOperationAction(
                c =>
                {
                    // [AutoValidateAntiforgeryToken] on a class is an attribute, not a registered filter.
                    if (c.Operation.Syntax is AttributeSyntax)
                    {
                        return;
                    }

                    var type = c.Operation switch
                    {
                        IObjectCreationOperation creation => creation.Type,
                        ITypeOfOperation typeOf => typeOf.TypeOperand,
                        IInvocationOperation { TargetMethod.TypeArguments.Length: 1 } generic => generic.TargetMethod.TypeArguments[0],
                        _ => null,
                    };
                    if (OperationPaths.IsOrInherits(type, validate) || OperationPaths.IsOrInherits(type, autoValidate))
                    {
                        System.Threading.Interlocked.Exchange(ref globalFilter, 1);
                    }
                    else if (c.Operation is IObjectCreationOperation && OperationPaths.IsOrInherits(type, ignore))
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Descriptors.AntiforgeryDisabled, c.Operation.Syntax.GetLocation(), "An IgnoreAntiforgeryToken filter", "every page or action it applies to"));
                    }
                },
                OperationKind.ObjectCreation,
                OperationKind.TypeOf,
                OperationKind.Invocation);
            start.RegisterSymbolAction(c => AnalyzeType(c, state, assemblyIsApi, candidates), SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end =>
            {
                if (globalFilter == 0)
                {
                    foreach (var diagnostic in candidates)
                    {
                        end.ReportDiagnostic(diagnostic);
                    }
                }
            });
        });
    }

    private sealed class Types(
        INamedTypeSymbol? controllerBase,
        INamedTypeSymbol? pageModel,
        INamedTypeSymbol? validate,
        INamedTypeSymbol? autoValidate,
        INamedTypeSymbol? ignore,
        INamedTypeSymbol? apiController)
    {
        public INamedTypeSymbol? ControllerBase { get; } = controllerBase;
        public INamedTypeSymbol? PageModel { get; } = pageModel;
        public INamedTypeSymbol? Validate { get; } = validate;
        public INamedTypeSymbol? AutoValidate { get; } = autoValidate;
        public INamedTypeSymbol? Ignore { get; } = ignore;
        public INamedTypeSymbol? ApiController { get; } = apiController;
    }

    private static void AnalyzeType(SymbolAnalysisContext context, Types types, bool assemblyIsApi, ConcurrentBag<Diagnostic> candidates)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind != TypeKind.Class || type.IsStatic)
        {
            return;
        }

        var isPage = OperationPaths.IsOrInherits(type, types.PageModel);
        var isController = !isPage && OperationPaths.IsOrInherits(type, types.ControllerBase);
        if (!isPage && !isController)
        {
            return;
        }

        var typeIgnore = FindAttribute(type, types.Ignore, inherited: false);
        var handlers = type.GetMembers().OfType<IMethodSymbol>()
            .Where(m => m.MethodKind == MethodKind.Ordinary && !m.IsStatic && m.DeclaredAccessibility == Accessibility.Public)
            .Where(m => isPage ? IsStateChangingPageHandler(m) : IsStateChangingAction(m))
            .ToList();

        // Protocol endpoints and bearer-only actions cannot be forged with the user's cookie; CSP
        // reports are posted by browsers with no token; handlers that only build a result change nothing.
        handlers = handlers
            .Where(h => !IsCookieProof(h, type) && !IsCspReportEndpoint(h, type) && !ChangesNothing(h, context.Compilation, context.CancellationToken))
            .ToList();
        if (typeIgnore is not null && handlers.Any(HasBody))
        {
            Report(context, typeIgnore, "[IgnoreAntiforgeryToken]", $"every handler of {type.Name}");
        }

        foreach (var handler in handlers)
        {
            var methodIgnore = FindAttribute(handler, types.Ignore, inherited: false);
            if (methodIgnore is not null)
            {
                if (HasBody(handler))
                {
                    Report(context, methodIgnore, "[IgnoreAntiforgeryToken]", handler.Name);
                }

                continue;
            }

            if (isController && typeIgnore is null && !assemblyIsApi &&
                FindAttribute(type, types.ApiController, inherited: true) is null &&
                FindAttribute(handler, types.Validate, inherited: false) is null &&
                FindAttribute(handler, types.AutoValidate, inherited: false) is null &&
                FindAttribute(type, types.Validate, inherited: true) is null &&
                FindAttribute(type, types.AutoValidate, inherited: true) is null &&
                handler.Locations.FirstOrDefault() is { IsInSource: true } location)
            {
                candidates.Add(Diagnostic.Create(Descriptors.MissingAntiforgery, location, Verb(handler), $"{type.Name}.{handler.Name}"));
            }
        }
    }

    private static void AnalyzeDisableAntiforgery(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name != "DisableAntiforgery")
        {
            return;
        }

        // Minimal APIs validate antiforgery tokens only for handlers that bind from the form, so
        // DisableAntiforgery() switches something off only on such an endpoint.
        var receiver = OperationPaths.Receiver(invocation) is { } r ? OperationPaths.Unwrap(r) : null;
        if (receiver is not IInvocationOperation { TargetMethod.Name: var endpoint } map || endpoint == "MapGet" || !BindsFromForm(map))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.AntiforgeryDisabled, invocation.Syntax.GetLocation(), "DisableAntiforgery()", endpoint));
    }

    private static bool BindsFromForm(IInvocationOperation map)
    {
        foreach (var argument in map.Arguments)
        {
            if (OperationPaths.Unwrap(argument.Value) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
            {
                return lambda.Symbol.Parameters.Any(p =>
                    p.Type.Name is "IFormFile" or "IFormFileCollection" or "IFormCollection" ||
                    p.GetAttributes().Any(a => a.AttributeClass?.Name == "FromFormAttribute"));
            }
        }

        return false;
    }

    private static void Report(SymbolAnalysisContext context, AttributeData attribute, string what, string where)
    {
        var location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation();
        if (location is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.AntiforgeryDisabled, location, what, where));
        }
    }

    private static AttributeData? FindAttribute(ISymbol symbol, INamedTypeSymbol? attributeType, bool inherited)
    {
        if (attributeType is null)
        {
            return null;
        }

        for (var current = symbol; current is not null; current = inherited && current is INamedTypeSymbol type ? type.BaseType : null)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (OperationPaths.IsOrInherits(attribute.AttributeClass, attributeType))
                {
                    return attribute;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a cookie cannot authenticate a request to the handler: a protocol endpoint, or bearer tokens only.</summary>
    private static bool IsCookieProof(IMethodSymbol handler, INamedTypeSymbol type)
    {
        var schemes = AuthorizeSchemes(handler, type, out var authorized);
        var bearerOnly = schemes.Count > 0 && schemes.All(IsBearerScheme);

        // A protocol endpoint under a cookie [Authorize] is the user's consent form on that route
        // (OpenIddict's "submit.Accept"): a form another site could submit for the user.
        return bearerOnly || (IsProtocolEndpoint(handler, type) && !authorized);
    }

    private static bool IsProtocolEndpoint(IMethodSymbol handler, INamedTypeSymbol type)
    {
        foreach (var template in RouteTemplates(handler, type))
        {
            var segments = template.Split(['/'], System.StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length >= 2 &&
                ProtocolEndpoints.Contains(segments[segments.Length - 1].ToLowerInvariant()) &&
                ProtocolPrefixes.Contains(segments[segments.Length - 2].ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The handler's full route templates: its own, combined with its controller's unless they start at the root.</summary>
    private static IEnumerable<string> RouteTemplates(IMethodSymbol handler, INamedTypeSymbol type)
    {
        var controller = type.Name.EndsWith("Controller", System.StringComparison.Ordinal) ? type.Name.Substring(0, type.Name.Length - "Controller".Length) : type.Name;
        var own = Templates(handler).ToList();
        var prefixes = new List<string>();
        for (var current = type; current is not null && prefixes.Count == 0; current = current.BaseType)
        {
            prefixes.AddRange(Templates(current));
        }

        if (prefixes.Count == 0)
        {
            prefixes.Add(string.Empty);
        }

        foreach (var template in own.Count > 0 ? own : [string.Empty])
        {
            var absolute = template.StartsWith("~/", System.StringComparison.Ordinal) || template.StartsWith("/", System.StringComparison.Ordinal);
            foreach (var prefix in absolute ? [string.Empty] : prefixes)
            {
                yield return (prefix.TrimStart('~') + "/" + template.TrimStart('~'))
                    .Replace("[controller]", controller).Replace("[action]", handler.Name);
            }
        }
    }

    /// <summary>Route templates of <c>[Route]</c> and <c>[HttpPost("…")]</c>-style attributes on a symbol.</summary>
    private static IEnumerable<string> Templates(ISymbol symbol) =>
        symbol.GetAttributes()
            .Where(a => a.AttributeClass is { } c && OperationPaths.IsInNamespace(c, MvcNamespace) &&
                (c.Name == "RouteAttribute" || c.Name.StartsWith("Http", System.StringComparison.Ordinal)))
            .SelectMany(a => a.ConstructorArguments)
            .Select(a => a.Value)
            .OfType<string>();

    /// <summary>
    /// The authentication schemes its <c>[Authorize]</c> attributes name (on it, its controller or a
    /// base), and whether it has any. A browser sends a cookie by itself, never a bearer token.
    /// </summary>
    private static List<string> AuthorizeSchemes(IMethodSymbol handler, INamedTypeSymbol type, out bool authorized)
    {
        var schemes = new List<string>();
        authorized = false;
        for (ISymbol? current = handler; current is not null; current = current is IMethodSymbol ? type : ((INamedTypeSymbol)current).BaseType)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "AuthorizeAttribute" } authorize &&
                    OperationPaths.IsInNamespace(authorize, "Microsoft.AspNetCore.Authorization"))
                {
                    authorized = true;
                    if (attribute.NamedArguments.FirstOrDefault(a => a.Key == "AuthenticationSchemes").Value.Value is string named)
                    {
                        schemes.AddRange(named.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0));
                    }
                }
            }
        }

        return schemes;
    }

    /// <summary>JwtBearerDefaults ("Bearer"), IdentityConstants.BearerScheme, OpenIddict's server and validation schemes.</summary>
    private static bool IsBearerScheme(string scheme) =>
        scheme.IndexOf("bearer", System.StringComparison.OrdinalIgnoreCase) >= 0 ||
        scheme.IndexOf("jwt", System.StringComparison.OrdinalIgnoreCase) >= 0 ||
        scheme.StartsWith("OpenIddict.Server.", System.StringComparison.Ordinal) ||
        scheme.StartsWith("OpenIddict.Validation.", System.StringComparison.Ordinal);

    private static bool IsStateChangingPageHandler(IMethodSymbol method) =>
        PageHandlerPrefixes.Any(prefix => method.Name.StartsWith(prefix, System.StringComparison.Ordinal));

    private static bool IsStateChangingAction(IMethodSymbol method) => Verb(method) is not null;

    private static string? Verb(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            var name = attribute.AttributeClass?.Name;
            if (!OperationPaths.IsInNamespace(attribute.AttributeClass, MvcNamespace))
            {
                continue;
            }

            switch (name)
            {
                case "HttpPostAttribute":
                    return "POST";
                case "HttpPutAttribute":
                    return "PUT";
                case "HttpPatchAttribute":
                    return "PATCH";
                case "HttpDeleteAttribute":
                    return "DELETE";
                case "AcceptVerbsAttribute":
                    foreach (var argument in attribute.ConstructorArguments)
                    {
                        var values = argument.Kind == TypedConstantKind.Array ? argument.Values : ImmutableArray.Create(argument);
                        foreach (var value in values)
                        {
                            if (value.Value is string verb && StateChangingVerbs.Contains(verb.ToUpperInvariant()))
                            {
                                return verb.ToUpperInvariant();
                            }
                        }
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>
    /// A Content Security Policy report endpoint (<c>report-uri</c>): the browser posts violation
    /// reports to it itself, cross-site and with no antiforgery token, so it must take them; a forged
    /// report only adds a report, acting for nobody. Known by its route (<c>csp-report</c>,
    /// <c>contentpolicyreport</c>, <c>report-uri</c>), <c>[Consumes("application/csp-report")]</c>, or a
    /// parameter of a CSP report type.
    /// </summary>
    private static bool IsCspReportEndpoint(IMethodSymbol handler, INamedTypeSymbol type)
    {
        if (RouteTemplates(handler, type).Any(t => SafeRegex.IsMatch(CspReportRoute, t)) ||
            handler.Parameters.Any(p => p.Type.Name.IndexOf("CspReport", System.StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return true;
        }

        return handler.GetAttributes().Concat(type.GetAttributes())
            .Where(a => a.AttributeClass?.Name == "ConsumesAttribute")
            .SelectMany(a => a.ConstructorArguments.SelectMany(c => c.Kind == TypedConstantKind.Array ? c.Values : ImmutableArray.Create(c)))
            .Any(v => v.Value is string media && (media.Equals("application/csp-report", System.StringComparison.OrdinalIgnoreCase) ||
                media.Equals("application/reports+json", System.StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// Whether the handler only builds its result from its inputs (a filter form's post-redirect-get,
    /// <c>=> RedirectToAction("Index", new { term })</c>; an error page that accepts POST): CSRF forges a
    /// request that changes state in the victim's session, and there is none to change. Allowed: reading
    /// values, locals, <c>ViewData</c>/<c>ViewBag</c> (this response's), <c>ModelState</c>, string, LINQ,
    /// JSON-reading and <c>Url</c> helpers, anonymous objects, route values and view models (a class
    /// whose constructor has no code) and the exceptions it throws, log lines (the service's own
    /// record, not the user's state), the controller's own non-action helpers and static helpers of
    /// the compilation that themselves change nothing (<see cref="MaxHelperDepth"/> deep), and MVC's
    /// result helpers (<c>View</c>, <c>RedirectToAction</c>, <c>Ok</c>…, not <c>SignIn</c>/<c>SignOut</c>).
    /// Anything else — another call, <c>await</c>, an assignment to a field or property, <c>TempData</c>
    /// (a cookie) — may change state.
    /// </summary>
    private static bool ChangesNothing(IMethodSymbol handler, Compilation compilation, System.Threading.CancellationToken cancellation) =>
        ChangesNothing(handler, compilation, 0, cancellation);

    private const int MaxHelperDepth = 2;

    private static bool ChangesNothing(IMethodSymbol method, Compilation compilation, int depth, System.Threading.CancellationToken cancellation)
    {
        if (method.IsAsync || MethodBodies.Of(method, compilation, cancellation) is not { } body)
        {
            return false;
        }

        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case IInvocationOperation call when !BuildsResult(call.TargetMethod) && !IsLogging(call.TargetMethod) && !ChangesOnlyBuiltValue(call) &&
                    !(depth < MaxHelperDepth && IsHelper(call.TargetMethod, method) && ChangesNothing(call.TargetMethod, compilation, depth + 1, cancellation)):
                case IObjectCreationOperation creation when !IsPlainValue(creation):
                case IDynamicInvocationOperation:
                case IAwaitOperation:
                case IAnonymousFunctionOperation lambda when !IsLinqArgument(lambda):
                case ILocalFunctionOperation:
                case IEventAssignmentOperation:
                case IInvalidOperation:
                    return false;
                case IAssignmentOperation assignment when !IsResponseState(assignment.Target):
                case IIncrementOrDecrementOperation step when !IsResponseState(step.Target):
                    return false;
            }
        }

        return true;
    }

    /// <summary>A method a handler may call whose body is read: the controller's own non-action methods, or a static method of the compilation.</summary>
    private static bool IsHelper(IMethodSymbol callee, IMethodSymbol caller) =>
        callee.MethodKind == MethodKind.Ordinary && !callee.IsVirtual && !callee.IsAbstract && !callee.IsOverride &&
        (callee.IsStatic || (SymbolEqualityComparer.Default.Equals(callee.ContainingType, caller.ContainingType) && callee.DeclaredAccessibility != Accessibility.Public));

    /// <summary>Microsoft.Extensions.Logging's calls: they write the service's log, not the user's state.</summary>
    private static bool IsLogging(IMethodSymbol method) =>
        (method.ContainingType?.Name is "LoggerExtensions" or "ILogger" || (method.ContainingType?.Name.StartsWith("ILogger", System.StringComparison.Ordinal) ?? false)) &&
        OperationPaths.IsInNamespace(method.ContainingType, "Microsoft.Extensions.Logging") &&
        (method.Name.StartsWith("Log", System.StringComparison.Ordinal) || method.Name == "BeginScope");

    /// <summary>
    /// Calls that only read or compute: LINQ, <c>StringValues</c> and the form, the request's URL
    /// (<c>GetDisplayUrl</c>), JSON deserialisation; and <c>Add</c> or an indexer on route values being
    /// built (a local, a parameter of a helper, or the object an initializer fills).
    /// </summary>
    private static bool ChangesOnlyBuiltValue(IInvocationOperation call)
    {
        var type = call.TargetMethod.ContainingType;
        var ns = type?.ContainingNamespace?.ToDisplayString();
        if ((ns == "System.Linq" && type?.Name == "Enumerable") ||
            (ns == "Microsoft.Extensions.Primitives" && type?.Name == "StringValues") ||
            (ns == "Microsoft.AspNetCore.Http" && type?.Name == "IFormCollection") ||
            (ns == "Microsoft.AspNetCore.Http.Extensions" && type?.Name == "UriHelper" && call.TargetMethod.Name.StartsWith("Get", System.StringComparison.Ordinal)) ||
            (type?.Name is "JsonConvert" && ns == "Newtonsoft.Json" && call.TargetMethod.Name == "DeserializeObject") ||
            (type?.Name is "JsonSerializer" && ns == "System.Text.Json" && call.TargetMethod.Name == "Deserialize") ||
            (call.TargetMethod.Name is "Contains" or "ContainsKey" or "TryGetValue" or "StartsWith" or "EndsWith" && call.TargetMethod.ReturnType.SpecialType == SpecialType.System_Boolean))
        {
            return true;
        }

        return call.TargetMethod.Name is "Add" or "TryAdd" or "Remove" && type?.Name == "RouteValueDictionary" && call.Instance is { } instance && IsBuiltValue(instance);
    }

    /// <summary>An object this request builds: a local, a parameter (a helper's caller built it), or what an initializer is filling.</summary>
    private static bool IsBuiltValue(IOperation instance) =>
        OperationPaths.Unwrap(instance) is ILocalReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver };

    /// <summary>
    /// An object that only holds values: route values, a dictionary or list, <c>StringValues</c>, an exception
    /// to throw, or a class of the compilation whose constructor has no code (a view model).
    /// </summary>
    private static bool IsPlainValue(IObjectCreationOperation creation)
    {
        var type = creation.Type;
        var ns = type?.ContainingNamespace?.ToDisplayString();
        if (type?.Name is "RouteValueDictionary" || ns is "System.Collections.Generic" or "Microsoft.Extensions.Primitives" ||
            (IsThrown(creation) && IsException(type)))
        {
            return true;
        }

        return creation.Constructor is { IsImplicitlyDeclared: true } && type is { TypeKind: TypeKind.Class } &&
            !type.GetMembers().OfType<IFieldSymbol>().Any(f => !f.IsConst && f.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is VariableDeclaratorSyntax { Initializer: not null })) &&
            type.Locations.Any(l => l.IsInSource);
    }

    private static bool IsThrown(IOperation creation)
    {
        var parent = creation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IThrowOperation;
    }

    private static bool IsException(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Exception" && OperationPaths.IsInNamespace(current, "System"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lambda given to LINQ (<c>xs.SelectMany(v =&gt; v.Split(","))</c>): its body is read with the handler's.</summary>
    private static bool IsLinqArgument(IAnonymousFunctionOperation lambda)
    {
        var outer = lambda.Parent;
        while (outer is IDelegateCreationOperation or IConversionOperation)
        {
            outer = outer.Parent;
        }

        return outer is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.ContainingType: { Name: "Enumerable" } linq } } &&
            OperationPaths.IsInNamespace(linq, "System.Linq");
    }

    private static bool BuildsResult(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        if (type.SpecialType == SpecialType.System_String || (method.Name is "ToString" or "Equals" or "GetHashCode" && method.Parameters.Length <= 1))
        {
            return true;
        }

        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if (!ns.StartsWith(MvcNamespace, System.StringComparison.Ordinal))
        {
            return false;
        }

        return type.Name is "IUrlHelper" or "UrlHelperExtensions" or "ModelStateDictionary" ||
            (type.Name is "ControllerBase" or "Controller" or "PageModel" && ResultHelpers.Contains(method.Name));
    }

    /// <summary>MVC's methods that only make a result object; SignIn, SignOut, Challenge and TryUpdateModel are left out.</summary>
    private static readonly string[] ResultHelpers =
    [
        "View", "PartialView", "ViewComponent", "Page", "Partial", "RedirectToAction", "RedirectToActionPermanent", "RedirectToRoute",
        "RedirectToRoutePermanent", "RedirectToPage", "RedirectToPagePermanent", "Redirect", "RedirectPermanent", "LocalRedirect",
        "LocalRedirectPermanent", "Ok", "NoContent", "NotFound", "BadRequest", "StatusCode", "Content", "Json", "Problem",
        "ValidationProblem", "Unauthorized", "UnprocessableEntity", "Conflict",
    ];

    /// <summary>
    /// Where an assignment changes only this request or response: a local, <c>ViewData[…]</c>,
    /// <c>ViewBag.X</c>, or a member of the object being built (<c>new { urn }</c>, an initializer).
    /// </summary>
    private static bool IsResponseState(IOperation target) =>
        OperationPaths.Unwrap(target) switch
        {
            ILocalReferenceOperation => true,
            IMemberReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } } => true,
            // routeValues[key] = value, on route values this request builds.
            IPropertyReferenceOperation { Property.IsIndexer: true, Property.ContainingType.Name: "RouteValueDictionary", Instance: { } values } when IsBuiltValue(values) => true,
            IPropertyReferenceOperation { Property.ContainingType.IsAnonymousType: true } => true,
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance: IPropertyReferenceOperation { Property.Name: "ViewData" } } => true,
            IDynamicMemberReferenceOperation { Instance: IPropertyReferenceOperation { Property.Name: "ViewBag" } } => true,
            IDynamicIndexerAccessOperation { Operation: IPropertyReferenceOperation { Property.Name: "ViewBag" } } => true,
            _ => false,
        };

    /// <summary>Whether the handler does anything: an empty block body changes no state.</summary>
    private static bool HasBody(IMethodSymbol method)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is MethodDeclarationSyntax { Body: { Statements.Count: 0 }, ExpressionBody: null })
            {
                return false;
            }
        }

        return true;
    }
}
