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
/// controllers and pages, <c>HttpResponse.Redirect</c>, classic ASP.NET's <c>System.Web.HttpResponse.Redirect</c>
/// and <c>RedirectPermanent</c>, <c>Results.Redirect</c>,
/// <c>TypedResults.Redirect</c>, <c>new RedirectResult</c>) to a URL that comes from the request
/// (see <see cref="RequestInput"/>), unless the value was checked with <c>IsLocalUrl</c> in the same
/// method or a constant start already fixes the destination's origin (<c>"/account/" + id</c>,
/// <c>$"https://example.gov/{path}"</c>). <c>LocalRedirect</c> is the safe form and is never reported.
/// A redirect to the request's own URL stays on the site: <c>GetEncodedUrl()</c>/<c>GetDisplayUrl()</c>
/// (absolute, with the host the browser asked for), and the request's own path
/// (<c>Request.Path</c>, <c>PathBase + Path</c>, <c>GetEncodedPathAndQuery()</c>) in a routed
/// handler, whose route the path had to match; in middleware the path can be <c>//evil.example</c>.
/// Classic ASP.NET's <c>Request.Url</c> (absolute) is the request's own URL too; its <c>RawUrl</c> and <c>Path</c> are not fixed by a route.
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
        context.RegisterCompilationStartAction(start =>
        {
            var flow = CompilationFlow.For(start.Compilation, start.Options);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, flow), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeCreation(c, flow), OperationKind.ObjectCreation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, CompilationFlow compilation)
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
            Check(context, url.Value, method.ContainingType.Name + "." + method.Name, compilation);
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, CompilationFlow compilation)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is { Name: "RedirectResult" } type && OperationPaths.IsInNamespace(type, "Microsoft.AspNetCore.Mvc") &&
            creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "url") is { } url)
        {
            Check(context, url.Value, "new RedirectResult", compilation);
        }
    }

    private static bool IsRedirectOwner(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            var ns = current.ContainingNamespace?.ToDisplayString();
            if ((current.Name is "ControllerBase" or "PageModel" or "Page" && ns?.StartsWith("Microsoft.AspNetCore.Mvc", System.StringComparison.Ordinal) == true) ||
                (current.Name is "HttpResponse" or "Results" or "TypedResults" && ns == "Microsoft.AspNetCore.Http") ||
                (current.Name is "HttpResponse" or "HttpResponseBase" && ns == "System.Web"))
            {
                return true;
            }
        }

        return false;
    }

    private static void Check(OperationAnalysisContext context, IOperation url, string sink, CompilationFlow compilation)
    {
        var resolved = Resolve(url, 0);
        if (OriginIsFixed(url) || StartsWithOwnUrl(url, url, context.ContainingSymbol) || StartsWithOwnUrl(resolved, url, context.ContainingSymbol) ||
            OriginIsFixed(resolved) || IsConfiguredFormat(resolved, context.Compilation, context.CancellationToken) || IsLocalBaseWithFragment(resolved))
        {
            return;
        }

        var input = new RequestInput(
            OperationPaths.Root(url),
            Sanitizers,
            call => ChecksLocalUrl(call, context.Compilation, 0, context.CancellationToken),
            FlowScope.Start(compilation, context.CancellationToken));
        if (input.SourceOf(url) is { } source)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.OpenRedirect, url.Syntax.GetLocation(), sink, source));
        }
    }

    /// <summary>How many methods deep a URL check in a helper is followed (<c>IsValidReturnUrl</c> calling another).</summary>
    private const int MaxHelperDepth = 2;

    /// <summary>
    /// Regex patterns that only match local paths: anchored at the start to <c>/</c> and then a
    /// character that is neither <c>/</c> nor <c>\</c> (<c>^/accounts/…</c>, <c>^/[0-9]{8}/…</c>,
    /// <c>^/(?![/\\])</c>), not one that may be left out (<c>^/a?</c>); <c>//evil.example</c> and
    /// <c>/\evil.example</c> cannot match them.
    /// </summary>
    private static readonly Regex LocalPathPattern = SafeRegex.Create(@"^(\^|\\A)/(([A-Za-z0-9_\-]|\[[A-Za-z0-9\-]+\])(?![*?]|\{0)|\(\?!\[?[/\\]+\]?\))");

    /// <summary>The value of a local assigned once (<c>var url = string.Format(…); return Redirect(url);</c>), a few steps back.</summary>
    private static IOperation Resolve(IOperation value, int depth)
    {
        value = OperationPaths.Unwrap(value);
        if (depth >= 3 || value is not ILocalReferenceOperation { Local: var local })
        {
            return value;
        }

        IOperation? only = null;
        var writes = 0;
        foreach (var operation in OperationPaths.Root(value).Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    writes += declarator.Initializer is null ? 0 : 1;
                    only = declarator.Initializer?.Value ?? only;
                    break;
                case IAssignmentOperation assignment when OperationPaths.Unwrap(assignment.Target) is ILocalReferenceOperation target &&
                    SymbolEqualityComparer.Default.Equals(target.Local, local):
                    writes++;
                    only = assignment.Value;
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } argument when OperationPaths.Unwrap(argument.Value) is ILocalReferenceOperation passed &&
                    SymbolEqualityComparer.Default.Equals(passed.Local, local):
                    writes += 2;
                    break;
            }
        }

        return writes == 1 && only is not null ? Resolve(only, depth + 1) : value;
    }

    /// <summary>
    /// <c>string.Format(template, id)</c> where the template is not from the request: a constant whose
    /// text before the first placeholder fixes the origin, or a value configured by the operator
    /// (<c>IOptions&lt;T&gt;.Value.X</c>, <c>IConfiguration["…"]</c>, a property of an options class, or a
    /// property of this compilation built from one). The request only fills the placeholders.
    /// </summary>
    private static bool IsConfiguredFormat(IOperation value, Compilation compilation, System.Threading.CancellationToken cancellation)
    {
        if (value is not IInvocationOperation { TargetMethod: { Name: "Format", IsStatic: true, ContainingType.SpecialType: SpecialType.System_String } } format)
        {
            return false;
        }

        var template = format.Arguments.FirstOrDefault(a => a.Parameter?.Name == "format")?.Value;
        if (template is null)
        {
            return false;
        }

        if (template.ConstantValue is { HasValue: true, Value: string text })
        {
            var head = text.IndexOf('{') is var brace and >= 0 ? text.Substring(0, brace) : text;
            return IsFixedOrigin(head);
        }

        return IsConfigured(FirstPiece(OperationPaths.Unwrap(template)), compilation, 0, cancellation);
    }

    /// <summary>Whether a value is configuration: options, IConfiguration, or a property of this compilation that starts with either.</summary>
    private static bool IsConfigured(IOperation value, Compilation compilation, int depth, System.Threading.CancellationToken cancellation)
    {
        value = OperationPaths.Unwrap(value);
        switch (value)
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } configuration } when IsConfigurationType(configuration.Type):
                return true;
            case IInvocationOperation { TargetMethod.Name: "GetValue" or "GetConnectionString" } call when call.Arguments.Length > 0 && IsConfigurationType(call.Arguments[0].Value.Type):
                return true;
            case IPropertyReferenceOperation property:
                for (IOperation? current = property; current is IPropertyReferenceOperation link; current = link.Instance is { } next ? OperationPaths.Unwrap(next) : null)
                {
                    if ((link.Property.Name is "Value" or "CurrentValue" && link.Property.ContainingType.Name is "IOptions" or "IOptionsSnapshot" or "IOptionsMonitor") ||
                        IsOptionsClass(link.Property.ContainingType))
                    {
                        return true;
                    }
                }

                // A property of the team's own helper built from configuration: its getter's first piece.
                if (depth < MaxHelperDepth && MethodBodies.OfGetter(property.Property, compilation, cancellation) is { } body)
                {
                    var returned = MethodBodies.ReturnedValues(body).ToList();
                    return returned.Count > 0 && returned.All(r => IsConfigured(FirstPiece(OperationPaths.Unwrap(r)), compilation, depth + 1, cancellation));
                }

                return false;
            case IFieldReferenceOperation field:
                return IsOptionsClass(field.Field.ContainingType);
            default:
                return false;
        }
    }

    private static bool IsConfigurationType(ITypeSymbol? type) =>
        type?.Name is "IConfiguration" or "IConfigurationSection" or "IConfigurationRoot" or "ConfigurationManager" &&
        OperationPaths.IsInNamespace(type, "Microsoft.Extensions.Configuration");

    /// <summary>A class configuration is bound to, by the convention its name follows (ExternalLinksConfiguration, SmtpOptions, AppSettings).</summary>
    private static bool IsOptionsClass(INamedTypeSymbol? type) =>
        type is { TypeKind: TypeKind.Class } &&
        (type.Name.EndsWith("Options", System.StringComparison.Ordinal) || type.Name.EndsWith("Settings", System.StringComparison.Ordinal) ||
            type.Name.EndsWith("Configuration", System.StringComparison.Ordinal) || type.Name.EndsWith("Config", System.StringComparison.Ordinal)) &&
        !(type.ContainingNamespace?.ToDisplayString().StartsWith("Microsoft.", System.StringComparison.Ordinal) ?? false);

    /// <summary>
    /// <c>$"{Url.Action(…)}#{fragment}"</c>: the URL starts with a path <c>Url</c> builds on this site
    /// (no host given), and request data comes only after a <c>#</c>. A fragment never leaves the page;
    /// without the <c>#</c> the request data could follow an empty result (no matching route) and be <c>//evil.example</c>.
    /// </summary>
    private static bool IsLocalBaseWithFragment(IOperation value)
    {
        if (value is not IInterpolatedStringOperation { Parts.Length: > 1 } interpolated ||
            interpolated.Parts[0] is not IInterpolationOperation first ||
            Resolve(first.Expression, 0) is not IInvocationOperation { TargetMethod.ContainingType.Name: "IUrlHelper" or "UrlHelperExtensions", TargetMethod.Name: not "Content" } local ||
            OperationPaths.ArgumentNamed(local, "host") is { Value.ConstantValue.HasValue: false } ||
            new RequestInput(OperationPaths.Root(value), Sanitizers).SourceOf(local) is not null)
        {
            return false;
        }

        var input = new RequestInput(OperationPaths.Root(value), Sanitizers);
        for (var i = 1; i < interpolated.Parts.Length; i++)
        {
            switch (interpolated.Parts[i])
            {
                case IInterpolatedStringTextOperation { Text.ConstantValue.Value: string text } when text.IndexOf('#') >= 0:
                    return true;
                case IInterpolationOperation hole when input.SourceOf(hole.Expression) is not null && !IsFragment(OperationPaths.Unwrap(hole.Expression)):
                    return false;
            }
        }

        return true;
    }

    /// <summary>A piece that is empty or starts with <c>#</c>: <c>string.IsNullOrWhiteSpace(f) ? string.Empty : $"#{f}"</c>.</summary>
    private static bool IsFragment(IOperation piece) =>
        piece switch
        {
            IConditionalOperation { WhenFalse: { } whenFalse } conditional => IsFragment(OperationPaths.Unwrap(conditional.WhenTrue)) && IsFragment(OperationPaths.Unwrap(whenFalse)),
            IInterpolatedStringOperation { Parts.Length: > 0 } interpolated =>
                interpolated.Parts[0] is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string text } && text.StartsWith("#", System.StringComparison.Ordinal),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add => IsFragment(OperationPaths.Unwrap(add.LeftOperand)),
            IFieldReferenceOperation { Field: { Name: "Empty", ContainingType.SpecialType: SpecialType.System_String } } => true,
            _ => piece.ConstantValue is { HasValue: true, Value: string text } && (text.Length == 0 || text[0] == '#'),
        };

    /// <summary>
    /// A call to a method of this compilation that checks its URL argument is local and says so in
    /// what it returns: it returns <c>Url.IsLocalUrl(url)</c>, or <c>Regex.IsMatch(url, "^/accounts/…")</c>
    /// with a pattern only local paths match, or another such helper's answer (<see cref="MaxHelperDepth"/> deep).
    /// </summary>
    private static bool ChecksLocalUrl(IInvocationOperation call, Compilation compilation, int depth, System.Threading.CancellationToken cancellation)
    {
        var method = call.TargetMethod;
        if (depth >= MaxHelperDepth || method.ReturnType.SpecialType != SpecialType.System_Boolean || method.Parameters.Length == 0 ||
            MethodBodies.Of(method, compilation, cancellation) is not { } body)
        {
            return false;
        }

        var returned = MethodBodies.ReturnedValues(body).ToList();

        // Every answer is false or requires the check (alone or joined with &&).
        return returned.Count > 0 && returned.All(r =>
            OperationPaths.Unwrap(r).ConstantValue is { HasValue: true, Value: false } || RequiresCheck(OperationPaths.Unwrap(r), method, compilation, depth, cancellation));
    }

    private static bool RequiresCheck(IOperation answer, IMethodSymbol helper, Compilation compilation, int depth, System.Threading.CancellationToken cancellation)
    {
        switch (answer)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and:
                return RequiresCheck(OperationPaths.Unwrap(and.LeftOperand), helper, compilation, depth, cancellation) ||
                    RequiresCheck(OperationPaths.Unwrap(and.RightOperand), helper, compilation, depth, cancellation);
            case IInvocationOperation check when check.Arguments.Any(a => IsParameterOf(a.Value, helper)):
                if (check.TargetMethod.Name == "IsLocalUrl")
                {
                    return true;
                }

                if (check.TargetMethod is { Name: "IsMatch", IsStatic: true, ContainingType.Name: "Regex" } &&
                    OperationPaths.ArgumentNamed(check, "pattern")?.Value.ConstantValue is { HasValue: true, Value: string pattern } &&
                    OperationPaths.ArgumentNamed(check, "input") is { } input && IsParameterOf(input.Value, helper))
                {
                    return SafeRegex.IsMatch(LocalPathPattern, pattern);
                }

                return ChecksLocalUrl(check, compilation, depth + 1, cancellation);
            default:
                return false;
        }
    }

    private static bool IsParameterOf(IOperation value, IMethodSymbol method) =>
        OperationPaths.Unwrap(value) is IParameterReferenceOperation parameter &&
        SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol.OriginalDefinition, method.OriginalDefinition);

    /// <summary>Whether the URL's constant start already decides which site it goes to.</summary>
    private static bool OriginIsFixed(IOperation url)
    {
        var prefix = OperationPaths.ConstantPrefix(OperationPaths.Unwrap(url));
        if (prefix is null)
        {
            return false;
        }

        return IsFixedOrigin(prefix);
    }

    /// <summary>A start that decides the site: a local path (<c>/account/</c>, <c>~/</c>) or a scheme and host (<c>https://example.gov/</c>).</summary>
    private static bool IsFixedOrigin(string prefix)
    {
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
    private static bool StartsWithOwnUrl(IOperation url, IOperation at, ISymbol? owner)
    {
        var first = FirstPiece(OperationPaths.Unwrap(url));
        while (first is IInvocationOperation { TargetMethod.Name: "ToString" or "ToUriComponent" or "Replace", Instance: { } instance } call &&
            (call.TargetMethod.Name != "Replace" || ReplacesWithLocalPath(call)))
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
            // Classic ASP.NET's Request.Url (AbsoluteUri, ToString()): absolute, with the host the browser asked for.
            case IPropertyReferenceOperation { Property.Name: "AbsoluteUri", Instance: { } uri } when IsClassicRequestUrl(OperationPaths.Unwrap(uri)):
            case IPropertyReferenceOperation requestUrl when IsClassicRequestUrl(requestUrl):
                return true;
            case IInvocationOperation { TargetMethod: { Name: "GetEncodedPathAndQuery", ContainingType.Name: "UriHelper" } }:
            case IPropertyReferenceOperation { Property: { Name: "Path" or "PathBase", ContainingType.Name: "HttpRequest" } }:
                return IsRoutedHandler(at, owner);
            default:
                return false;
        }
    }

    /// <summary>
    /// <c>path.Replace($"/persons/{trn}", $"/persons/{id}")</c>: whatever part of the path is replaced,
    /// the text put in starts with a local path, so a path that started on this site still does.
    /// </summary>
    private static bool ReplacesWithLocalPath(IInvocationOperation replace) =>
        replace.TargetMethod.ContainingType.SpecialType == SpecialType.System_String && replace.Arguments.Length >= 2 &&
        OperationPaths.ConstantPrefix(OperationPaths.Unwrap(replace.Arguments[1].Value)) is { } prefix && IsFixedOrigin(prefix);

    private static bool IsClassicRequestUrl(IOperation value) =>
        value is IPropertyReferenceOperation { Property: { Name: "Url", ContainingType: { Name: "HttpRequest" or "HttpRequestBase" } request } } &&
        OperationPaths.IsInNamespace(request, "System.Web");

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
            (IsRedirectOwner(method.ContainingType) || IsMvcFilter(method.ContainingType));
    }

    /// <summary>An MVC filter (action, resource, page, result…): MVC runs it only around an action or page whose route matched.</summary>
    private static bool IsMvcFilter(INamedTypeSymbol? type) =>
        type is not null && type.AllInterfaces.Any(i =>
            i.Name.EndsWith("Filter", System.StringComparison.Ordinal) && OperationPaths.IsInNamespace(i, "Microsoft.AspNetCore.Mvc.Filters"));
}
