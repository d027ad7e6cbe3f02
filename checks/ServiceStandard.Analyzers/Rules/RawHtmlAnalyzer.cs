using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0021 and SS0022: cross-site scripting (CWE-79). Text written into a page without HTML encoding —
/// <c>Html.Raw(x)</c> (in Razor too: the Razor generator maps <c>@Html.Raw(…)</c> back to the .cshtml),
/// <c>new HtmlString(x)</c>, <c>new MarkupString(x)</c> and <c>(MarkupString)x</c>, and classic ASP.NET's
/// <c>Response.Write(x)</c>/<c>Response.Output.Write(x)</c> (SS0021 only). SS0021 when the
/// text comes from the request (see <see cref="RequestInput"/>: bound page-model properties such as
/// <c>Model.Comment</c>, action and handler parameters, Blazor's <c>[SupplyParameterFromQuery]</c>);
/// SS0022, for a person to confirm, when it is any other value the code does not build from
/// constants, encoders (<c>HtmlEncoder</c>, <c>WebUtility.HtmlEncode</c>, <c>Json.Serialize</c>…) and
/// localised resources — content from a database, a CMS or another service is often HTML someone
/// else wrote.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RawHtmlAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CrossSiteScripting, Descriptors.RawHtml);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
        context.RegisterOperationAction(AnalyzeCreation, OperationKind.ObjectCreation);
        context.RegisterOperationAction(AnalyzeConversion, OperationKind.Conversion);
        context.RegisterCompilationStartAction(start =>
        {
            var flow = CompilationFlow.For(start.Compilation, start.Options);
            start.RegisterOperationAction(c => AnalyzeResponseWrite(c, flow), OperationKind.Invocation);
        });
    }

    /// <summary>
    /// Classic ASP.NET's <c>Response.Write(x)</c> and <c>Response.Output.Write(x)</c> write text into the
    /// page as it is. Only untrusted data (SS0021) is reported there: writing the service's own values is
    /// what the method is for, so any other value is not worth a person's review.
    /// </summary>
    private static void AnalyzeResponseWrite(OperationAnalysisContext context, CompilationFlow compilation)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!ClassicResponse.IsWrite(invocation) || invocation.Arguments.Length == 0 ||
            invocation.Arguments[0].Value is not { } value || value.Type?.SpecialType is not (SpecialType.System_String or SpecialType.System_Object) || IsTrusted(value))
        {
            return;
        }

        var flow = new RequestFlow(OperationPaths.Root(value), IsEncoded, null, FlowScope.Start(compilation, context.CancellationToken));
        if (flow.SourceOf(value) is { } source)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.CrossSiteScripting, value.Syntax.GetLocation(), "Response." + invocation.TargetMethod.Name, source));
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod is { Name: "Raw", ContainingType: { Name: "IHtmlHelper" or "HtmlHelper" } helper } &&
            OperationPaths.IsInNamespace(helper, "Microsoft.AspNetCore.Mvc.Rendering") && invocation.Arguments.Length == 1)
        {
            Check(context, invocation.Arguments[0].Value, "Html.Raw");
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Arguments.Length == 1 &&
            ((creation.Type is { Name: "HtmlString" } html && OperationPaths.IsInNamespace(html, "Microsoft.AspNetCore.Html")) ||
             (creation.Type is { Name: "MarkupString" } markup && OperationPaths.IsInNamespace(markup, "Microsoft.AspNetCore.Components"))))
        {
            Check(context, creation.Arguments[0].Value, "new " + creation.Type.Name);
        }
    }

    private static void AnalyzeConversion(OperationAnalysisContext context)
    {
        var conversion = (IConversionOperation)context.Operation;
        if (conversion.Type is { Name: "MarkupString" } markup && OperationPaths.IsInNamespace(markup, "Microsoft.AspNetCore.Components") &&
            OperationPaths.IsStringType(conversion.Operand.Type))
        {
            Check(context, conversion.Operand, "(MarkupString)");
        }
    }

    private static void Check(OperationAnalysisContext context, IOperation value, string sink)
    {
        if (IsTrusted(value))
        {
            return;
        }

        var flow = new RequestFlow(OperationPaths.Root(value), IsEncoded);
        if (flow.SourceOf(value) is { } source)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.CrossSiteScripting, value.Syntax.GetLocation(), sink, source));
        }
        else
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.RawHtml, value.Syntax.GetLocation(), sink, value.Syntax.ToString()));
        }
    }

    /// <summary>
    /// Whether the HTML is built only from constants, encoded values and localised resources: also
    /// <c>string.Empty</c>, locals every write to which is such a value, sequences whose elements are
    /// encoded one by one (<c>lines.Select(WebUtility.HtmlEncode)</c>) joined with such separators, and
    /// such text trimmed, cut or with constant, whole-tag markup put in (<c>.Replace("\n", "&lt;br&gt;")</c>).
    /// </summary>
    private static bool IsTrusted(IOperation value) => IsTrusted(value, OperationPaths.Root(value), new HashSet<ISymbol>(SymbolEqualityComparer.Default));

    private static bool IsTrusted(IOperation value, IOperation body, HashSet<ISymbol> visiting)
    {
        value = OperationPaths.Unwrap(value);
        if (value.ConstantValue.HasValue || OperationPaths.IsInertValueType(value.Type) || value is INameOfOperation || IsEncoded(value))
        {
            return true;
        }

        bool Trusted(IOperation part) => IsTrusted(part, body, visiting);

        return value switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add => Trusted(add.LeftOperand) && Trusted(add.RightOperand),
            IInterpolatedStringOperation interpolated => interpolated.Parts.OfType<IInterpolationOperation>().All(p => Trusted(p.Expression)),
            IConditionalOperation { WhenFalse: { } whenFalse } conditional => Trusted(conditional.WhenTrue) && Trusted(whenFalse),
            ICoalesceOperation coalesce => Trusted(coalesce.Value) && Trusted(coalesce.WhenNull),
            IFieldReferenceOperation { Field: { IsConst: true } } => true,
            IFieldReferenceOperation { Field: { Name: "Empty", IsStatic: true, ContainingType.SpecialType: SpecialType.System_String } } => true,
            ILocalReferenceOperation local => IsTrustedLocal(local.Local, body, visiting),
            IInvocationOperation { TargetMethod.ContainingType.SpecialType: SpecialType.System_String } call => IsTrustedStringCall(call, Trusted),
            // Newtonsoft's JSON of trusted text or of elements encoded one by one: serialising adds quotes,
            // backslashes and brackets, never a '<' or '&' the value did not have.
            IInvocationOperation { TargetMethod: { Name: "SerializeObject", ContainingType: { Name: "JsonConvert" } json } } serialize when
                OperationPaths.IsInNamespace(json, "Newtonsoft.Json") && serialize.Arguments.Length > 0 =>
                Trusted(serialize.Arguments[0].Value) || IsEncodedSequence(serialize.Arguments[0].Value, Trusted),
            // Localizer["Key"]: resource text the team wrote and translated.
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance.Type: { } localizer } indexer when localizer.Name.Contains("Localizer") &&
                indexer.Arguments.Length > 0 && indexer.Arguments[0].Value.ConstantValue.HasValue => true,
            IInvocationOperation { TargetMethod.Name: "GetString", Instance.Type: { } localizer } when localizer.Name.Contains("Localizer") => true,
            // An enum member's name.
            IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0, Instance.Type: { } enumType } when
                enumType.TypeKind == TypeKind.Enum || enumType.SpecialType == SpecialType.System_Enum => true,
            IInvocationOperation helper => IsTrustedHelper(helper, visiting),
            _ => false,
        };
    }

    /// <summary>How many of the compilation's own methods deep a returned value is followed.</summary>
    private const int MaxHelperDepth = 2;

    /// <summary>
    /// A method of the compilation (<c>status.GetDisplayName()</c>) every value of which it returns is
    /// trusted, read with its own locals, up to <see cref="MaxHelperDepth"/> methods deep.
    /// </summary>
    private static bool IsTrustedHelper(IInvocationOperation call, HashSet<ISymbol> visiting)
    {
        var method = call.TargetMethod.OriginalDefinition;
        if (method.MethodKind != MethodKind.Ordinary || method.IsVirtual || method.IsAbstract || method.IsOverride ||
            visiting.OfType<IMethodSymbol>().Count() >= MaxHelperDepth || !visiting.Add(method) ||
            MethodBodies.Of(method, call.SemanticModel?.Compilation) is not { } body)
        {
            return false;
        }

        try
        {
            var returned = MethodBodies.ReturnedValues(body).ToList();
            return returned.Count > 0 && returned.All(r => IsTrusted(r, body, visiting));
        }
        finally
        {
            visiting.Remove(method);
        }
    }

    /// <summary>
    /// <c>Names.TryGetValue(key, out var name)</c> on a readonly dictionary field of the compilation
    /// initialised with constant values: what it writes to the local is one of them.
    /// </summary>
    private static bool IsLookupInConstants(ILocalReferenceOperation reference)
    {
        if (reference.Parent is IDeclarationExpressionOperation declaration ? declaration.Parent is not IArgumentOperation : reference.Parent is not IArgumentOperation)
        {
            return false;
        }

        var argument = (IArgumentOperation)(reference.Parent is IDeclarationExpressionOperation d ? d.Parent! : reference.Parent!);
        if (argument is not { Parameter.RefKind: RefKind.Out, Parent: IInvocationOperation { TargetMethod.Name: "TryGetValue", Instance: { } instance } lookup } ||
            OperationPaths.Unwrap(instance) is not IFieldReferenceOperation { Field: { IsReadOnly: true } field } ||
            MethodBodies.InitializerOf(field, lookup.SemanticModel!.Compilation) is not { } initial ||
            OperationPaths.Unwrap(initial) is not IObjectCreationOperation { Initializer: { } entries })
        {
            return false;
        }

        // { { Key.A, "Shown text" }, … } or [Key.A] = "Shown text": every value a constant.
        return entries.Initializers.All(entry => entry switch
        {
            IInvocationOperation { TargetMethod.Name: "Add" } add => add.Arguments.Length == 2 && add.Arguments[1].Value.ConstantValue.HasValue,
            ISimpleAssignmentOperation assignment => assignment.Value.ConstantValue.HasValue,
            _ => false,
        });
    }

    /// <summary>
    /// <c>string</c> methods that keep trusted text trusted: trimming and cutting it (no character it did
    /// not have becomes markup), replacing in it with a constant that is text or whole tags, and
    /// <c>Join</c>/<c>Concat</c>/<c>Format</c> of trusted parts.
    /// </summary>
    private static bool IsTrustedStringCall(IInvocationOperation call, Func<IOperation, bool> trusted)
    {
        var arguments = call.Arguments.Select(a => a.Value).ToList();
        if (call.Instance is { } instance)
        {
            return call.TargetMethod.Name switch
            {
                "Trim" or "TrimStart" or "TrimEnd" or "Substring" or "ToString" => trusted(instance),
                // Replace(old, new): every '<' in the result is one the constant brought, in a whole tag.
                "Replace" => trusted(instance) && arguments.Count >= 2 && arguments[0].ConstantValue.HasValue && arguments[1].ConstantValue is { HasValue: true } replacement &&
                    IsWholeMarkup(replacement.Value?.ToString() ?? "") && arguments.Skip(2).All(a => a.ConstantValue.HasValue || OperationPaths.IsInertValueType(a.Type)),
                _ => false,
            };
        }

        return call.TargetMethod.Name is "Concat" or "Format" or "Join" &&
            arguments.SelectMany(Values).All(a => trusted(a) || IsEncodedSequence(a, trusted));
    }

    /// <summary>Constant text with no tag left open: each '&lt;' closed by '&gt;' before the next '&lt;' and the end.</summary>
    private static bool IsWholeMarkup(string text)
    {
        var open = false;
        foreach (var c in text)
        {
            if (c == '<')
            {
                if (open)
                {
                    return false;
                }

                open = true;
            }
            else if (c == '>')
            {
                open = false;
            }
        }

        return !open;
    }

    /// <summary>A sequence each element of which is encoded or otherwise trusted: <c>xs.Select(WebUtility.HtmlEncode)</c>, <c>xs.Select(s =&gt; encoder.Encode(s)).ToList()</c>, <c>new[] { … }</c>.</summary>
    private static bool IsEncodedSequence(IOperation sequence, Func<IOperation, bool> trusted)
    {
        sequence = OperationPaths.Unwrap(sequence);
        if (sequence is not IInvocationOperation { TargetMethod: { } method } call || !OperationPaths.IsInNamespace(method.ContainingType, "System.Linq"))
        {
            return false;
        }

        var source = OperationPaths.Receiver(call);
        if (method.Name is "ToList" or "ToArray" or "AsEnumerable" or "Where" or "Distinct" or "OrderBy" or "Take" or "Skip")
        {
            return source is not null && IsEncodedSequence(source, trusted);
        }

        if (method.Name != "Select" || call.Arguments.Length != 2 || OperationPaths.Unwrap(call.Arguments[1].Value) is not IDelegateCreationOperation selector)
        {
            return false;
        }

        return selector.Target switch
        {
            // Select(WebUtility.HtmlEncode), Select(encoder.Encode)
            IMethodReferenceOperation reference => IsEncoder(reference.Method),
            // Select(s => HtmlEncoder.Default.Encode(s)): every value the lambda returns is trusted.
            IAnonymousFunctionOperation lambda => lambda.Body.Descendants().OfType<IReturnOperation>().ToList() is { Count: > 0 } returns &&
                returns.All(r => r.ReturnedValue is { } returned && trusted(returned)),
            _ => false,
        };
    }

    private static bool IsTrustedLocal(ILocalSymbol local, IOperation body, HashSet<ISymbol> visiting)
    {
        if (!visiting.Add(local))
        {
            return true;
        }

        try
        {
            var declared = false;
            foreach (var operation in body.Descendants())
            {
                switch (operation)
                {
                    // A plain declaration (not a foreach, catch or pattern variable), with its initial value.
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        if (declarator.Parent is not IVariableDeclarationOperation ||
                            (declarator.GetVariableInitializer() is { } initializer && !IsTrusted(initializer.Value, body, visiting)))
                        {
                            return false;
                        }

                        declared = true;
                        break;
                    case IAssignmentOperation assignment when OperationPaths.Unwrap(assignment.Target) is ILocalReferenceOperation target &&
                        SymbolEqualityComparer.Default.Equals(target.Local, local):
                        if (assignment is not (ISimpleAssignmentOperation or ICompoundAssignmentOperation or ICoalesceAssignmentOperation) ||
                            !IsTrusted(assignment.Value, body, visiting))
                        {
                            return false;
                        }

                        break;
                    case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local) && IsLookupInConstants(reference):
                        declared = true;
                        break;

                    // Written some other way: ref/out, deconstruction, out var.
                    case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local) &&
                        (reference.IsDeclaration || reference.Parent is IArgumentOperation { Parameter.RefKind: not RefKind.None and not RefKind.In } ||
                         reference.Parent is ITupleOperation or IDeclarationExpressionOperation):
                        return false;
                }
            }

            return declared;
        }
        finally
        {
            visiting.Remove(local);
        }
    }

    private static IEnumerable<IOperation> Values(IOperation argument) =>
        OperationPaths.Unwrap(argument) is IArrayCreationOperation { Initializer: { } initializer } ? initializer.ElementValues : new[] { argument };

    /// <summary>Encoders and serialisers that escape what HTML would read as markup.</summary>
    private static bool IsEncoded(IOperation value) =>
        value is IInvocationOperation { TargetMethod: { } method } && IsEncoder(method);

    private static bool IsEncoder(IMethodSymbol method) =>
        (method.Name is "HtmlEncode" or "JavaScriptStringEncode" or "Sanitize" ||
         (method.Name == "Encode" && method.ContainingType?.Name is "HtmlEncoder" or "JavaScriptEncoder" or "TextEncoder" or "IHtmlHelper" or "HtmlHelper" or "UrlEncoder") ||
         (method.Name == "Serialize" && method.ContainingType?.Name is "IJsonHelper" or "JsonSerializer" && method.ContainingType.ContainingNamespace?.ToDisplayString() != "Newtonsoft.Json"));
}
