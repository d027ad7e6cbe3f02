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
/// <c>new HtmlString(x)</c>, <c>new MarkupString(x)</c> and <c>(MarkupString)x</c>. SS0021 when the
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

    /// <summary>Whether the HTML is built only from constants, encoded values and localised resources.</summary>
    private static bool IsTrusted(IOperation value)
    {
        value = OperationPaths.Unwrap(value);
        if (value.ConstantValue.HasValue || OperationPaths.IsInertValueType(value.Type) || value is INameOfOperation || IsEncoded(value))
        {
            return true;
        }

        return value switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add => IsTrusted(add.LeftOperand) && IsTrusted(add.RightOperand),
            IInterpolatedStringOperation interpolated => interpolated.Parts.OfType<IInterpolationOperation>().All(p => IsTrusted(p.Expression)),
            IConditionalOperation { WhenFalse: { } whenFalse } conditional => IsTrusted(conditional.WhenTrue) && IsTrusted(whenFalse),
            ICoalesceOperation coalesce => IsTrusted(coalesce.Value) && IsTrusted(coalesce.WhenNull),
            IFieldReferenceOperation { Field: { IsConst: true } } => true,
            // Localizer["Key"]: resource text the team wrote and translated.
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance.Type: { } localizer } indexer when localizer.Name.Contains("Localizer") &&
                indexer.Arguments.Length > 0 && indexer.Arguments[0].Value.ConstantValue.HasValue => true,
            IInvocationOperation { TargetMethod.Name: "GetString", Instance.Type: { } localizer } when localizer.Name.Contains("Localizer") => true,
            _ => false,
        };
    }

    /// <summary>Encoders and serialisers that escape what HTML would read as markup.</summary>
    private static bool IsEncoded(IOperation value) =>
        value is IInvocationOperation { TargetMethod: { } method } &&
        (method.Name is "HtmlEncode" or "JavaScriptStringEncode" or "Sanitize" ||
         (method.Name == "Encode" && method.ContainingType?.Name is "HtmlEncoder" or "JavaScriptEncoder" or "TextEncoder" or "IHtmlHelper" or "HtmlHelper" or "UrlEncoder") ||
         (method.Name == "Serialize" && method.ContainingType?.Name is "IJsonHelper" or "JsonSerializer" && method.ContainingType.ContainingNamespace?.ToDisplayString() != "Newtonsoft.Json"));
}
