using Microsoft.CodeAnalysis.Operations;

namespace ServiceStandard.Analyzers.Flow;

/// <summary>Classic ASP.NET's (System.Web) response body, which SS0017/18 and SS0021 both watch.</summary>
internal static class ClassicResponse
{
    /// <summary><c>Response.Write</c> of System.Web's response, or <c>Write</c>/<c>WriteLine</c> on its <c>Output</c> writer.</summary>
    public static bool IsWrite(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name == "Write" && method.ContainingType is { Name: "HttpResponse" or "HttpResponseBase" } response && OperationPaths.IsInNamespace(response, "System.Web"))
        {
            return true;
        }

        return method.Name is "Write" or "WriteLine" && invocation.Instance is { } writer &&
            OperationPaths.Unwrap(writer) is IPropertyReferenceOperation { Property: { Name: "Output", ContainingType: { Name: "HttpResponse" or "HttpResponseBase" } owner } } &&
            OperationPaths.IsInNamespace(owner, "System.Web");
    }
}
