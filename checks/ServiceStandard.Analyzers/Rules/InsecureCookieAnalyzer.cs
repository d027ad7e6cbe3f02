using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0006: cookies written without protection. A <c>new CookieOptions</c> (with what its
/// initializer and later assignments to the same local set) that leaves Secure unset or false,
/// HttpOnly unset, or SameSite unset or Unspecified; <c>Response.Cookies.Append(name, value)</c>
/// with no options at all; classic ASP.NET's <c>new HttpCookie(…)</c> added to the response
/// (<c>Response.Cookies.Add/Set</c>, <c>SetCookie</c>, <c>AppendCookie</c>) without <c>Secure</c> (web.config's
/// <c>requireSSL</c> is not read); and <c>CookieSecurePolicy.None</c> set on a cookie builder or policy.
/// An explicit <c>HttpOnly = false</c> is a deliberate choice (a cookie scripts must read, such as
/// an XSRF token for a SPA) and is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InsecureCookieAnalyzer : DiagnosticAnalyzer
{
    private const string HttpNamespace = "Microsoft.AspNetCore.Http";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InsecureCookie);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeCreation, OperationKind.ObjectCreation);
        context.RegisterOperationAction(AnalyzeAppend, OperationKind.Invocation);
        context.RegisterOperationAction(AnalyzeSecurePolicy, OperationKind.SimpleAssignment);
    }

    private static void AnalyzeCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not { Name: "CookieOptions" } type || !OperationPaths.IsInNamespace(type, HttpNamespace) || creation.Arguments.Length > 0)
        {
            return;
        }

        var set = new Dictionary<string, IOperation>();
        if (creation.Initializer is not null)
        {
            foreach (var initializer in creation.Initializer.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                {
                    set[property.Property.Name] = assignment.Value;
                }
            }
        }

        // var options = new CookieOptions(); options.Secure = true; …
        if (AssignedLocal(creation) is { } local)
        {
            foreach (var operation in OperationPaths.Root(creation).Descendants())
            {
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation reference } property } assignment &&
                    SymbolEqualityComparer.Default.Equals(reference.Local, local))
                {
                    set[property.Property.Name] = assignment.Value;
                }
            }
        }

        var missing = new List<string>();
        if (!set.TryGetValue("Secure", out var secure) || secure.ConstantValue is { HasValue: true, Value: false })
        {
            missing.Add("Secure");
        }

        if (!set.ContainsKey("HttpOnly"))
        {
            missing.Add("HttpOnly");
        }

        // SameSiteMode.Unspecified is -1; None (0) with Secure is a deliberate cross-site cookie.
        if (!set.TryGetValue("SameSite", out var sameSite) || sameSite.ConstantValue is { HasValue: true, Value: -1 })
        {
            missing.Add("SameSite");
        }

        if (missing.Count > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InsecureCookie, creation.Syntax.GetLocation(), "options do not set " + string.Join(", ", missing)));
        }
    }

    private static void AnalyzeAppend(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name == "Append" && method.ContainingType is { Name: "IResponseCookies" } type && OperationPaths.IsInNamespace(type, HttpNamespace) &&
            method.Parameters.Length == 2 && OperationPaths.IsStringType(method.Parameters[1].Type))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InsecureCookie, invocation.Syntax.GetLocation(), "is appended without options, so it has no Secure, HttpOnly or SameSite"));
            return;
        }

        if (IsClassicCookieWrite(method) && invocation.Arguments.Length == 1 && !SetsSecure(invocation.Arguments[0].Value))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InsecureCookie, invocation.Syntax.GetLocation(), "is added without Secure, so it is sent over plain HTTP too"));
        }
    }

    /// <summary>Classic ASP.NET: <c>Response.Cookies.Add/Set(cookie)</c>, <c>Response.SetCookie/AppendCookie(cookie)</c>.</summary>
    private static bool IsClassicCookieWrite(IMethodSymbol method) =>
        method.ContainingType is { } type && OperationPaths.IsInNamespace(type, "System.Web") &&
        ((type.Name == "HttpCookieCollection" && method.Name is "Add" or "Set") ||
         (type.Name is "HttpResponse" or "HttpResponseBase" && method.Name is "SetCookie" or "AppendCookie"));

    /// <summary>
    /// Whether a System.Web cookie built in this method (<c>new HttpCookie(…)</c>, in a local) has Secure
    /// set to anything but false, in its initializer or by a later assignment. A cookie from elsewhere is
    /// given the benefit of the doubt.
    /// </summary>
    private static bool SetsSecure(IOperation cookie)
    {
        cookie = OperationPaths.Unwrap(cookie);
        if (cookie is IObjectCreationOperation creation)
        {
            return creation.Type?.Name != "HttpCookie" || InitializerSetsSecure(creation);
        }

        if (cookie is not ILocalReferenceOperation local)
        {
            return true;
        }

        var body = OperationPaths.Root(cookie);
        var created = false;
        foreach (var assigned in OperationPaths.AssignedValues(local.Local, body))
        {
            if (OperationPaths.Unwrap(assigned) is not IObjectCreationOperation { Type.Name: "HttpCookie" } made)
            {
                return true;
            }

            created = true;
            if (InitializerSetsSecure(made))
            {
                return true;
            }
        }

        if (!created)
        {
            return true;
        }

        foreach (var operation in body.Descendants())
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Secure", Instance: { } instance } } assignment &&
                OperationPaths.Unwrap(instance) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local.Local) &&
                assignment.Value.ConstantValue is not { HasValue: true, Value: false })
            {
                return true;
            }
        }

        return false;
    }

    private static bool InitializerSetsSecure(IObjectCreationOperation creation) =>
        creation.Initializer?.Initializers.Any(i =>
            i is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Secure" } } assignment &&
            assignment.Value.ConstantValue is not { HasValue: true, Value: false }) == true;

    private static void AnalyzeSecurePolicy(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "SecurePolicy" or "Secure", Type.Name: "CookieSecurePolicy" } } &&
            assignment.Value.ConstantValue is { HasValue: true, Value: 2 } &&
            !DevelopmentGuard.IsDevelopmentOnly(assignment))
        {
            // CookieSecurePolicy.None is 2 (SameAsRequest 0, Always 1).
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InsecureCookie, assignment.Syntax.GetLocation(), "secure policy is None, so it is sent over plain HTTP too"));
        }
    }

    private static ILocalSymbol? AssignedLocal(IOperation creation)
    {
        var parent = creation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } => local.Local,
            _ => null,
        };
    }
}
