using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0017 and SS0018: exception details in a response (CWE-209). A value reaching a response body —
/// the result helpers of controllers, pages and <c>Results</c>/<c>TypedResults</c> (<c>BadRequest</c>,
/// <c>Ok</c>, <c>Content</c>, <c>Problem</c>, <c>StatusCode(code, value)</c>…), result objects
/// (<c>new ObjectResult(x)</c>, <c>new ContentResult { Content = x }</c>), <c>HttpResponse.WriteAsync</c>/<c>WriteAsJsonAsync</c>, and classic
/// ASP.NET's <c>Response.Write</c>/<c>Response.Output.Write</c> — that holds an
/// exception's stack trace, <c>ToString()</c>, inner exception, <c>Source</c>, <c>TargetSite</c>,
/// <c>Data</c> or the exception object itself (SS0017), or its <c>Message</c>: SS0017 for exceptions
/// of the framework and libraries (their messages name tables, paths, hosts), SS0018, for a person to
/// confirm, for the service's own exception types and validation exceptions, whose messages are
/// usually written for users. Followed within the method through locals, concatenation,
/// interpolation and anonymous objects. Code that only runs in Development is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExceptionDetailsInResponseAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] ResultHelpers =
    [
        "BadRequest", "Ok", "Content", "Problem", "ValidationProblem", "NotFound", "Conflict", "UnprocessableEntity", "StatusCode",
        "Json", "Text", "InternalServerError", "Accepted", "Created", "CreatedAtAction", "CreatedAtRoute", "Unauthorized", "Forbid",
        "UnprocessableEntity", "ObjectResult",
    ];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.ExceptionDetailsInResponse, Descriptors.ExceptionMessageInResponse);

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
        if (type is null)
        {
            return;
        }

        var isResultHelper = System.Array.IndexOf(ResultHelpers, method.Name) >= 0 && IsResultOwner(type);
        var isResponseWrite = method.Name is "WriteAsync" or "WriteAsJsonAsync" &&
            type.Name is "HttpResponseWritingExtensions" or "HttpResponseJsonExtensions" && OperationPaths.IsInNamespace(type, "Microsoft.AspNetCore.Http");
        // Classic ASP.NET: Response.Write(ex.ToString()), Response.Output.Write(…).
        isResponseWrite |= ClassicResponse.IsWrite(invocation);
        if (!isResultHelper && !isResponseWrite)
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && !parameter.IsThis && parameter.Type.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Boolean))
            {
                Check(context, argument.Value, isResponseWrite ? "Response." + method.Name : method.Name);
            }
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type || !IsResultType(type))
        {
            return;
        }

        foreach (var argument in creation.Arguments)
        {
            Check(context, argument.Value, "new " + type.Name);
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (OperationPaths.Unwrap(assignment.Target) is IPropertyReferenceOperation { Property: var property } &&
            IsResultType(property.ContainingType) && property.Name is "Content" or "Value")
        {
            Check(context, assignment.Value, property.ContainingType.Name + "." + property.Name);
        }
    }

    private static void Check(OperationAnalysisContext context, IOperation value, string sink)
    {
        var body = OperationPaths.Root(value);
        foreach (var detail in Details(value, body, new HashSet<ISymbol>(SymbolEqualityComparer.Default)))
        {
            if (DevelopmentGuard.IsDevelopmentOnly(detail.At) || DevelopmentGuard.IsDevelopmentOnly(value))
            {
                continue;
            }

            var descriptor = detail.Reviewable ? Descriptors.ExceptionMessageInResponse : Descriptors.ExceptionDetailsInResponse;
            context.ReportDiagnostic(Diagnostic.Create(descriptor, detail.At.Syntax.GetLocation(), sink, detail.What));
            return;
        }
    }

    /// <summary>The exception details a value carries, with where they are read.</summary>
    private static IEnumerable<(IOperation At, string What, bool Reviewable)> Details(IOperation value, IOperation body, HashSet<ISymbol> visiting)
    {
        foreach (var operation in value.DescendantsAndSelf())
        {
            // ex?.Message is read, and shown, as a whole.
            var at = operation;
            while (at.Parent is IConditionalAccessOperation access && ReferenceEquals(access.WhenNotNull, at))
            {
                at = access;
            }

            (IOperation At, string What, bool Reviewable)? found = operation switch
            {
                IPropertyReferenceOperation { Instance: { } instance, Property.Name: "Message" } when IsException(instance.Type) =>
                    (at, $"the exception's message ({at.Syntax})", IsOwnOrValidation(instance.Type!)),
                IPropertyReferenceOperation { Instance: { } instance, Property.Name: "StackTrace" or "InnerException" or "Source" or "TargetSite" or "Data" } property
                    when IsException(instance.Type) =>
                    (at, $"the exception's {Describe(property.Property.Name)} ({at.Syntax})", false),
                IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance } when IsException(instance.Type) =>
                    (at, $"the exception with its stack trace ({at.Syntax})", false),
                // The exception object itself, formatted or serialised: its ToString() or every property, stack trace included.
                ILocalReferenceOperation or IParameterReferenceOperation or IPropertyReferenceOperation when IsException(operation.Type) =>
                    (at, $"the exception object with its stack trace ({at.Syntax})", false),
                _ => null,
            };
            if (found is { } detail && ReachesValue(detail.At, value))
            {
                yield return detail;
                continue;
            }

            if (operation is ILocalReferenceOperation local && ReachesValue(local, value) && visiting.Add(local.Local))
            {
                foreach (var assigned in OperationPaths.AssignedValues(local.Local, body))
                {
                    foreach (var inner in Details(assigned, body, visiting))
                    {
                        yield return (operation, inner.What, inner.Reviewable);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Whether what an operation holds ends up in the value as text or data: through conversions, concatenation,
    /// interpolation, string methods, <c>string.Format</c>, conditionals and object, anonymous-object and array
    /// initialisers — not as the receiver of a member read or the argument of some other method.
    /// </summary>
    private static bool ReachesValue(IOperation operation, IOperation value)
    {
        for (var current = operation; !ReferenceEquals(current, value); current = current.Parent!)
        {
            var parent = current.Parent;
            var passes = parent switch
            {
                null => false,
                IConversionOperation or IParenthesizedOperation or IInterpolationOperation or IInterpolatedStringOperation or ICoalesceOperation => true,
                IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } => true,
                IConditionalOperation conditional => !ReferenceEquals(conditional.Condition, current),
                IConditionalAccessOperation access => ReferenceEquals(access.WhenNotNull, current),
                ISimpleAssignmentOperation assignment => ReferenceEquals(assignment.Value, current) && parent.Parent is IObjectOrCollectionInitializerOperation or IAnonymousObjectCreationOperation,
                IObjectOrCollectionInitializerOperation or IAnonymousObjectCreationOperation or IObjectCreationOperation or IArrayCreationOperation or IArrayInitializerOperation => true,
                IArgumentOperation => parent.Parent is IInvocationOperation { TargetMethod: { ContainingType.SpecialType: SpecialType.System_String, Name: "Format" or "Concat" or "Join" } } or IObjectCreationOperation,
                IInvocationOperation call => ReferenceEquals(call.Instance, current) && call.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String,
                _ => false,
            };
            if (!passes)
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(string property) =>
        property switch
        {
            "StackTrace" => "stack trace",
            "InnerException" => "inner exception",
            "TargetSite" => "failing method",
            "Data" => "data",
            _ => "source assembly",
        };

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

    /// <summary>An exception type the service declares itself, or a validation exception: messages written for users.</summary>
    private static bool IsOwnOrValidation(ITypeSymbol type) =>
        type.Name.EndsWith("ValidationException", System.StringComparison.Ordinal) ||
        (type.Locations.Any(l => l.IsInSource) && !(type.Name == "Exception" && OperationPaths.IsInNamespace(type, "System")));

    private static bool IsResultOwner(INamedTypeSymbol type)
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

    private static bool IsResultType(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name is "ObjectResult" or "ContentResult" or "JsonResult" && OperationPaths.IsInNamespace(current, "Microsoft.AspNetCore.Mvc"))
            {
                return true;
            }
        }

        return false;
    }
}
