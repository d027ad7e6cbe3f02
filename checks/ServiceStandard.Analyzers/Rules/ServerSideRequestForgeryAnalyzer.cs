using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0023: server-side request forgery (CWE-918). An outgoing request whose URL, or its host, comes
/// from the request (see <see cref="RequestInput"/>): <c>HttpClient.GetAsync</c>, <c>GetStringAsync</c>,
/// <c>PostAsync</c>… and the <c>System.Net.Http.Json</c> extensions, <c>new HttpRequestMessage(method, url)</c>,
/// <c>HttpClient.BaseAddress</c>, <c>WebRequest.Create</c>, <c>WebClient.Download*</c>/<c>Upload*</c>. A
/// constant start that fixes the host (<c>$"https://api.example.gov/permits/{id}"</c>) or makes the URL
/// relative to the client's base address (<c>"permits/" + id</c>, <c>"/permits/" + id</c>) leaves only the
/// path and query to the user, which is not SSRF; nor is a method that checks the URL's host.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ServerSideRequestForgeryAnalyzer : DiagnosticAnalyzer
{
    private static readonly Regex AbsoluteWithHost = SafeRegex.Create(@"^[a-zA-Z][a-zA-Z0-9+.\-]*://[^/?#\\]+[/?#:]");
    private static readonly Regex Scheme = SafeRegex.Create(@"^[a-zA-Z][a-zA-Z0-9+.\-]*:");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ServerSideRequestForgery);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
        context.RegisterOperationAction(AnalyzeCreation, OperationKind.ObjectCreation);
        context.RegisterOperationAction(AnalyzeAssignment, OperationKind.SimpleAssignment);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        var isSink =
            (type is { Name: "HttpClient" or "HttpClientJsonExtensions" } && OperationPaths.IsInNamespace(type, type.Name == "HttpClient" ? "System.Net.Http" : "System.Net.Http.Json")) ||
            (type is { Name: "WebRequest" or "HttpWebRequest" } && OperationPaths.IsInNamespace(type, "System.Net") && method.Name is "Create" or "CreateHttp") ||
            (type is { Name: "WebClient" } && OperationPaths.IsInNamespace(type, "System.Net"));
        if (isSink && invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name is "requestUri" or "address" or "uri" or "url" or "requestUriString") is { } url)
        {
            Check(context, url.Value, type!.Name + "." + method.Name);
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is { Name: "HttpRequestMessage" } type && OperationPaths.IsInNamespace(type, "System.Net.Http") &&
            creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "requestUri") is { } url)
        {
            Check(context, url.Value, "new HttpRequestMessage");
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (OperationPaths.Unwrap(assignment.Target) is IPropertyReferenceOperation { Property: { Name: "BaseAddress" or "RequestUri" } property } &&
            property.ContainingType.Name is "HttpClient" or "HttpRequestMessage" && OperationPaths.IsInNamespace(property.ContainingType, "System.Net.Http"))
        {
            Check(context, assignment.Value, property.ContainingType.Name + "." + property.Name);
        }
    }

    private static void Check(OperationAnalysisContext context, IOperation url, string sink)
    {
        var body = OperationPaths.Root(url);
        if (ChecksHost(body))
        {
            return;
        }

        var flow = new RequestFlow(body, _ => false);
        if (HostSource(url, body, flow, new HashSet<ISymbol>(SymbolEqualityComparer.Default)) is { } source)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ServerSideRequestForgery, url.Syntax.GetLocation(), sink, source));
        }
    }

    /// <summary>Where request data that can choose the URL's host comes from, or null when the host is fixed or not from the request.</summary>
    private static string? HostSource(IOperation value, IOperation body, RequestFlow flow, HashSet<ISymbol> visiting)
    {
        value = OperationPaths.Unwrap(value);
        switch (value)
        {
            case ILocalReferenceOperation local:
                if (!visiting.Add(local.Local))
                {
                    return null;
                }

                foreach (var assigned in OperationPaths.AssignedValues(local.Local, body))
                {
                    if (HostSource(assigned, body, flow, visiting) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case IObjectCreationOperation { Type.Name: "Uri" } uri when uri.Arguments.Length > 0:
                // new Uri(base, relative): an absolute "relative" part replaces the base, so the relative part decides.
                return HostSource(uri.Arguments.Length >= 2 && !IsUriKind(uri.Arguments[1].Value) ? uri.Arguments[1].Value : uri.Arguments[0].Value, body, flow, visiting);
            case IBinaryOperation or IInterpolatedStringOperation when HostIsFixed(OperationPaths.ConstantPrefix(value)):
                return null;
            default:
                return flow.SourceOf(value);
        }
    }

    private static bool IsUriKind(IOperation value) => value.Type?.Name == "UriKind";

    /// <summary>Whether a URL's constant start decides its host: absolute with a host, or relative to the client's base address.</summary>
    private static bool HostIsFixed(string? prefix)
    {
        if (string.IsNullOrEmpty(prefix))
        {
            return false;
        }

        if (SafeRegex.IsMatch(AbsoluteWithHost, prefix!))
        {
            return true;
        }

        // "/permits/…" and "permits/…" stay on the base address; "//…", "\\…" and "http:…" do not.
        return prefix![0] == '/'
            ? prefix.Length >= 2 && prefix[1] != '/' && prefix[1] != '\\'
            : prefix[0] != '\\' && !SafeRegex.IsMatch(Scheme, prefix) && prefix.IndexOf('/') > 0;
    }

    /// <summary>
    /// Whether the method looks at a URL's host before it calls out (an allow-list of hosts), in its body
    /// or in a lambda (<c>allowed.Any(a =&gt; a == uri.Host)</c>): reads <c>Uri.Host</c> and the like, or checks
    /// that a URL starts with an absolute URI, which ends its host with a '/' (<c>url.StartsWith(c.Uri.AbsoluteUri)</c>,
    /// <c>url.StartsWith("https://files.example.gov/")</c>).
    /// </summary>
    private static bool ChecksHost(IOperation body) =>
        body.Descendants().Any(o =>
            o is IPropertyReferenceOperation { Property: { Name: "Host" or "Authority" or "IdnHost" or "DnsSafeHost", ContainingType.Name: "Uri" } } ||
            (o is IInvocationOperation { TargetMethod: { Name: "StartsWith", ContainingType.SpecialType: SpecialType.System_String }, Arguments.Length: > 0 } startsWith &&
             IsHostPrefix(OperationPaths.Unwrap(startsWith.Arguments[0].Value))));

    /// <summary>A prefix that ends the host: <c>Uri.AbsoluteUri</c> (always a '/' after the authority), <c>Uri.GetLeftPart(UriPartial.Path)</c>, or a constant such as <c>"https://host/"</c>.</summary>
    private static bool IsHostPrefix(IOperation prefix) =>
        prefix is IPropertyReferenceOperation { Property: { Name: "AbsoluteUri", ContainingType.Name: "Uri" } } ||
        (prefix is IInvocationOperation { TargetMethod: { Name: "GetLeftPart", ContainingType.Name: "Uri" } } left &&
         left.Arguments.Length == 1 && left.Arguments[0].Value.ConstantValue is { HasValue: true, Value: int part } && part >= 2) ||
        (prefix.ConstantValue is { HasValue: true, Value: string text } && SafeRegex.IsMatch(AbsoluteWithHost, text) && text.EndsWith("/"));
}
