using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ServiceStandard.Analyzers.Flow;

/// <summary>
/// Untrusted data other than ASP.NET Core's request, by threat model (see <see cref="ThreatModels"/>),
/// after CodeQL's and SecurityCodeScan's source models. Remote: classic ASP.NET's
/// <c>System.Web.HttpRequest</c> (query string, params, form, cookies, headers, URLs, server
/// variables, input stream), what is read from a socket, <c>TcpClient</c>, <c>NetworkStream</c> or
/// <c>WebClient</c>, and responses of other services (<c>WebClient.DownloadString</c>,
/// <c>HttpClient.GetStringAsync</c>, <c>HttpContent.ReadAsStringAsync</c>). Local: environment
/// variables, the console, files and <c>Main</c>'s arguments. Stored: columns read from a database
/// (<c>DbDataReader</c>/<c>IDataRecord</c>).
/// </summary>
internal static class ExternalSources
{
    /// <summary>
    /// Members of System.Web's request that hold what the client sent. Not <c>Path</c>, <c>FilePath</c>
    /// and <c>CurrentExecutionFilePath</c>: IIS has normalised them (no <c>..</c>) and resolved them to
    /// the handler running, so pages use them for their own file and address.
    /// </summary>
    public static bool IsClassicRequestMember(IPropertySymbol property) =>
        property.ContainingType is { Name: "HttpRequest" or "HttpRequestBase" or "HttpRequestWrapper" or "UnvalidatedRequestValues" or "UnvalidatedRequestValuesBase" } type &&
        OperationPaths.IsInNamespace(type, "System.Web") &&
        (property.IsIndexer || property.Name is "QueryString" or "Params" or "Form" or "Cookies" or "Headers" or "RawUrl" or "Url" or "UrlReferrer" or
            "ServerVariables" or "InputStream" or "PathInfo" or "UserAgent" or "Files" or "Unvalidated");

    /// <summary>
    /// Where a call's result comes from when it reads untrusted data the models allow, or null.
    /// <paramref name="assigned"/> gives the values a local was assigned (to find what a reader reads).
    /// </summary>
    public static string? SourceOfCall(IInvocationOperation call, ThreatModels models, System.Func<ILocalSymbol, IEnumerable<IOperation>> assigned)
    {
        var method = call.TargetMethod;
        var type = method.ContainingType;
        if (type is null)
        {
            return null;
        }

        var name = $"{type.Name}.{method.Name}";
        if ((models & ThreatModels.Remote) != 0 && IsRemoteCall(method, type))
        {
            return $"network data ({name})";
        }

        if ((models & ThreatModels.Local) != 0 && IsLocalCall(method, type))
        {
            return $"local data ({name})";
        }

        if ((models & ThreatModels.Stored) != 0 && IsDataRecord(type) && method.Name is "GetString" or "GetValue" or "GetFieldValue" or "GetChars" or "GetSqlString")
        {
            return $"stored data ({name})";
        }

        // sr.ReadLine(): what the reader reads decides.
        if (method.Name.StartsWith("Read", System.StringComparison.Ordinal) && IsReader(type) && call.Instance is { } reader &&
            ReaderModel(reader, assigned, 0) is { } model && (models & model) != 0)
        {
            return model == ThreatModels.Remote ? $"network data ({name})" : $"local data ({name})";
        }

        return null;
    }

    /// <summary>A database column read by indexer (<c>reader["name"]</c>), when stored data is a source.</summary>
    public static string? SourceOfIndexer(IPropertyReferenceOperation indexer, ThreatModels models) =>
        (models & ThreatModels.Stored) != 0 && indexer.Property.IsIndexer && IsDataRecord(indexer.Property.ContainingType)
            ? $"stored data ({indexer.Property.ContainingType.Name}[…])"
            : null;

    /// <summary><c>Main</c>'s <c>args</c>, when local data is a source.</summary>
    public static string? SourceOfParameter(IParameterSymbol parameter, ThreatModels models) =>
        (models & ThreatModels.Local) != 0 && parameter.ContainingSymbol is IMethodSymbol { Name: "Main", IsStatic: true } &&
        parameter.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String }
            ? $"command-line argument '{parameter.Name}'"
            : null;

    private static bool IsRemoteCall(IMethodSymbol method, INamedTypeSymbol type) =>
        (type.Name == "WebClient" && OperationPaths.IsInNamespace(type, "System.Net") &&
            method.Name.Replace("Async", string.Empty).Replace("TaskAsync", string.Empty) is "DownloadString" or "DownloadData" or "UploadString" or "UploadData" or "UploadValues") ||
        (type.Name == "HttpClient" && OperationPaths.IsInNamespace(type, "System.Net.Http") && method.Name is "GetStringAsync" or "GetByteArrayAsync") ||
        (type.Name == "HttpContent" && OperationPaths.IsInNamespace(type, "System.Net.Http") && method.Name is "ReadAsStringAsync" or "ReadAsByteArrayAsync");

    private static bool IsLocalCall(IMethodSymbol method, INamedTypeSymbol type) =>
        (type.Name == "Environment" && OperationPaths.IsInNamespace(type, "System") && method.Name is "GetEnvironmentVariable" or "GetEnvironmentVariables" or "GetCommandLineArgs") ||
        (type.Name == "Console" && OperationPaths.IsInNamespace(type, "System") && method.Name is "ReadLine" or "Read") ||
        (type.Name == "File" && OperationPaths.IsInNamespace(type, "System.IO") &&
            method.Name is "ReadAllText" or "ReadAllLines" or "ReadLines" or "ReadAllBytes" or "ReadAllTextAsync" or "ReadAllLinesAsync" or "ReadAllBytesAsync");

    private static bool IsDataRecord(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name is "DbDataReader" or "IDataRecord" or "IDataReader" or "SqlDataReader" && current.ContainingNamespace?.ToDisplayString().StartsWith("System.Data", System.StringComparison.Ordinal) == true)
            {
                return true;
            }
        }

        return type is { TypeKind: TypeKind.Interface, Name: "IDataRecord" or "IDataReader" } && OperationPaths.IsInNamespace(type, "System.Data");
    }

    private static bool IsReader(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name is "TextReader" or "BinaryReader" && OperationPaths.IsInNamespace(current, "System.IO"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a reader (or the stream it wraps) reads from: a socket or another service (remote), a file or the console (local), or null.</summary>
    private static ThreatModels? ReaderModel(IOperation value, System.Func<ILocalSymbol, IEnumerable<IOperation>> assigned, int depth)
    {
        value = OperationPaths.Unwrap(value);
        if (depth > 4)
        {
            return null;
        }

        switch (value)
        {
            case ILocalReferenceOperation local:
                foreach (var written in assigned(local.Local))
                {
                    if (ReaderModel(written, assigned, depth + 1) is { } model)
                    {
                        return model;
                    }
                }

                return null;
            case IObjectCreationOperation creation when creation.Type is { } created && OperationPaths.IsInNamespace(created, "System.IO") && creation.Arguments.Length > 0:
                // new StreamReader(path) reads a file; new StreamReader(stream) reads what the stream reads.
                if (created.Name is "FileStream" || (OperationPaths.IsStringType(creation.Arguments[0].Value.Type) && created.Name is "StreamReader"))
                {
                    return ThreatModels.Local;
                }

                return ReaderModel(creation.Arguments[0].Value, assigned, depth + 1);
            case IObjectCreationOperation { Type.Name: "NetworkStream" }:
                return ThreatModels.Remote;
            case IInvocationOperation { TargetMethod: { Name: "GetStream", ContainingType.Name: "TcpClient" } }:
            case IInvocationOperation { TargetMethod: { Name: "OpenRead" or "OpenReadTaskAsync", ContainingType.Name: "WebClient" } }:
            case IInvocationOperation { TargetMethod: { Name: "ReadAsStreamAsync" or "ReadAsStream" or "GetStreamAsync" } }:
            case IPropertyReferenceOperation { Property: { Name: "InputStream" or "Body", ContainingType.Name: "HttpRequest" or "HttpRequestBase" } }:
                return ThreatModels.Remote;
            case IInvocationOperation { TargetMethod: { ContainingType.Name: "File", Name: "OpenText" or "OpenRead" or "Open" } }:
            case IPropertyReferenceOperation { Property: { Name: "In", ContainingType.Name: "Console" } }:
            case IInvocationOperation { TargetMethod: { ContainingType.Name: "Console", Name: "OpenStandardInput" } }:
                return ThreatModels.Local;
            default:
                return value.Type?.Name == "NetworkStream" ? ThreatModels.Remote : null;
        }
    }
}
