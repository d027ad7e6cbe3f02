using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0019: path traversal (CWE-22). A file-system path built from request data (see
/// <see cref="RequestInput"/>), directly or through <c>Path.Combine</c>, <c>Path.Join</c>,
/// <c>Path.GetFullPath</c>, concatenation or interpolation, reaching <c>File.*</c>, <c>Directory.*</c>,
/// <c>new FileStream</c>/<c>StreamReader</c>/<c>StreamWriter</c>/<c>FileInfo</c>/<c>DirectoryInfo</c>,
/// <c>PhysicalFile</c> or <c>new PhysicalFileResult</c>. Not reported: a value passed through
/// <c>Path.GetFileName</c> (no folder is left), and methods that check the path stays inside a folder
/// (<c>Path.GetFullPath(…).StartsWith(root)</c>, a <c>".."</c> test, <c>GetInvalidFileNameChars</c>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PathTraversalAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PathTraversal);

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
        var type = method.ContainingType;
        var sink = type switch
        {
            { Name: "File" or "Directory" } when OperationPaths.IsInNamespace(type, "System.IO") && method.Name != "Exists" => type.Name + "." + method.Name,
            _ when method.Name == "PhysicalFile" && IsResultOwner(type) => type!.Name is "Results" or "TypedResults" ? type.Name + ".PhysicalFile" : "PhysicalFile",
            _ => null,
        };
        if (sink is not null)
        {
            Check(context, invocation.Arguments, sink, compilation);
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, CompilationFlow compilation)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is INamedTypeSymbol { Name: "FileStream" or "StreamReader" or "StreamWriter" or "FileInfo" or "DirectoryInfo" } type &&
            OperationPaths.IsInNamespace(type, "System.IO"))
        {
            Check(context, creation.Arguments, "new " + type.Name, compilation);
        }
        else if (creation.Type is INamedTypeSymbol { Name: "PhysicalFileResult" } result && OperationPaths.IsInNamespace(result, "Microsoft.AspNetCore.Mvc"))
        {
            Check(context, creation.Arguments, "new PhysicalFileResult", compilation);
        }
    }

    private static void Check(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments, string sink, CompilationFlow compilation)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || !OperationPaths.IsStringType(parameter.Type) || !IsPathParameter(parameter.Name))
            {
                continue;
            }

            var body = OperationPaths.Root(argument);
            if (ChecksContainment(body))
            {
                return;
            }

            var flow = new RequestFlow(body, IsFileNameOnly, PathSteps, FlowScope.Start(compilation, context.CancellationToken));
            if (flow.SourceOf(argument.Value) is { } source)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.PathTraversal, argument.Value.Syntax.GetLocation(), sink, source));
                return;
            }
        }
    }

    private static bool IsPathParameter(string name) =>
        name is "path" or "physicalPath" or "fileName" or "sourceFileName" or "destFileName" or "destinationFileName" or "sourceDirName" or "destDirName" or
            "destinationBackupFileName" or "pathToFile";

    /// <summary><c>Path.GetFileName(x)</c> keeps the last part only: no folder, no <c>..</c>.</summary>
    private static bool IsFileNameOnly(IOperation value) =>
        value is IInvocationOperation { TargetMethod: { Name: "GetFileName" or "GetRandomFileName" or "GetTempFileName" or "GetFileNameWithoutExtension" or "GetExtension", ContainingType: { Name: "Path" } path } } &&
        OperationPaths.IsInNamespace(path, "System.IO");

    /// <summary>Steps that carry their inputs into the path: <c>Path.Combine</c>, <c>Join</c>, <c>GetFullPath</c>, <c>ChangeExtension</c>.</summary>
    private static IEnumerable<IOperation>? PathSteps(IOperation value) =>
        value is IInvocationOperation { TargetMethod: { Name: "Combine" or "Join" or "GetFullPath" or "ChangeExtension", ContainingType: { Name: "Path" } path } } call &&
        OperationPaths.IsInNamespace(path, "System.IO")
            ? call.Arguments.SelectMany(a => OperationPaths.Unwrap(a.Value) is IArrayCreationOperation { Initializer: { } initializer } ? initializer.ElementValues : ImmutableArray.Create(a.Value))
            : null;

    /// <summary>Whether the method checks a path stays inside a folder, or rejects folder parts, before it uses it.</summary>
    private static bool ChecksContainment(IOperation body)
    {
        foreach (var operation in body.Descendants())
        {
            if (operation is not IInvocationOperation call)
            {
                continue;
            }

            var name = call.TargetMethod.Name;
            if (name is "GetInvalidFileNameChars" or "GetInvalidPathChars")
            {
                return true;
            }

            if (name is "Contains" or "IndexOf" && call.Arguments.Any(a => a.Value.ConstantValue is { HasValue: true, Value: ".." }))
            {
                return true;
            }

            if (name == "StartsWith" && call.Instance is { } instance && IsFullPath(instance, body))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFullPath(IOperation value, IOperation body)
    {
        value = OperationPaths.Unwrap(value);
        if (value is IInvocationOperation { TargetMethod.Name: "GetFullPath" or "GetRelativePath" } || value is IPropertyReferenceOperation { Property.Name: "FullName" })
        {
            return true;
        }

        if (value is ILocalReferenceOperation local)
        {
            return body.Descendants().OfType<IVariableDeclaratorOperation>().Any(d =>
                SymbolEqualityComparer.Default.Equals(d.Symbol, local.Local) && d.Initializer is { } initializer && IsFullPath(initializer.Value, body));
        }

        return false;
    }

    private static bool IsResultOwner(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            var ns = current.ContainingNamespace?.ToDisplayString();
            if ((current.Name is "ControllerBase" or "PageModel" && ns?.StartsWith("Microsoft.AspNetCore.Mvc", System.StringComparison.Ordinal) == true) ||
                (current.Name is "Results" or "TypedResults" && ns == "Microsoft.AspNetCore.Http"))
            {
                return true;
            }
        }

        return false;
    }
}
