using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0024: XML external entities (CWE-611). On .NET the XML readers resolve no external entities by
/// default (no resolver, DTDs prohibited for <c>XmlReader.Create</c>); this reports the settings that
/// turn resolution back on: <c>XmlReaderSettings</c> with <c>DtdProcessing.Parse</c> (or
/// <c>ProhibitDtd = false</c>) and a non-null <c>XmlResolver</c>; <c>XmlDocument.XmlResolver</c> set to a
/// resolver; <c>XmlTextReader</c> with <c>DtdProcessing.Parse</c>/<c>ProhibitDtd = false</c> unless its
/// resolver is set to null, or with a resolver set. Settings of one object are matched within the method
/// (or initializer) that makes it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class XmlExternalEntityAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.XmlExternalEntities);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeAssignment, OperationKind.SimpleAssignment);
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (OperationPaths.Unwrap(assignment.Target) is not IPropertyReferenceOperation { Property: var property } target ||
            !OperationPaths.IsInNamespace(property.ContainingType, "System.Xml") ||
            property.ContainingType.Name is not ("XmlReaderSettings" or "XmlDocument" or "XmlTextReader"))
        {
            return;
        }

        var owner = property.ContainingType.Name;
        var body = OperationPaths.Root(assignment);
        var key = ObjectOf(target);
        if (IsDtdParsing(property.Name, assignment.Value))
        {
            var resolver = ResolverOf(body, key);
            var unsafeSetting = owner == "XmlTextReader" ? resolver != false : resolver == true;
            if (unsafeSetting)
            {
                Report(context, assignment, owner, property.Name == "ProhibitDtd" ? "ProhibitDtd = false" : "DtdProcessing.Parse");
            }
        }
        else if (property.Name == "XmlResolver" && !IsNull(assignment.Value) && owner is "XmlDocument" or "XmlTextReader")
        {
            // XmlDocument and XmlTextReader parse DTDs, so a resolver is all external entities need.
            Report(context, assignment, owner, "an XmlResolver");
        }
    }

    private static void Report(OperationAnalysisContext context, ISimpleAssignmentOperation assignment, string owner, string what) =>
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.XmlExternalEntities, assignment.Syntax.GetLocation(), owner, what));

    private static bool IsDtdParsing(string property, IOperation value)
    {
        value = OperationPaths.Unwrap(value);
        return property switch
        {
            "DtdProcessing" => value is IFieldReferenceOperation { Field.Name: "Parse" } || value.ConstantValue is { HasValue: true, Value: 2 },
            "ProhibitDtd" => value.ConstantValue is { HasValue: true, Value: false },
            _ => false,
        };
    }

    private static bool IsNull(IOperation value) => OperationPaths.Unwrap(value).ConstantValue is { HasValue: true, Value: null };

    /// <summary>Whether the same object's XmlResolver is set in the method: true when to a resolver, false when to null, null when not set.</summary>
    private static bool? ResolverOf(IOperation body, object? key)
    {
        if (key is null)
        {
            return null;
        }

        bool? found = null;
        foreach (var assignment in body.DescendantsAndSelf().OfType<ISimpleAssignmentOperation>())
        {
            if (OperationPaths.Unwrap(assignment.Target) is IPropertyReferenceOperation { Property.Name: "XmlResolver" } target && Equals(ObjectOf(target), key))
            {
                found = !IsNull(assignment.Value);
            }
        }

        return found;
    }

    /// <summary>What a property belongs to: the variable or member holding the object, or the creation of an object initializer.</summary>
    private static object? ObjectOf(IPropertyReferenceOperation target)
    {
        if (target.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
        {
            var creation = target.Parent;
            while (creation is not null and not IObjectCreationOperation)
            {
                creation = creation.Parent;
            }

            return creation switch
            {
                { Parent: IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } } => declarator.Symbol,
                { Parent: ISimpleAssignmentOperation assignment } when RequestInput.Symbol(assignment.Target) is { } symbol => symbol,
                _ => creation,
            };
        }

        return target.Instance is { } instance ? (object?)RequestInput.Symbol(instance) ?? (OperationPaths.Unwrap(instance) is IFieldReferenceOperation field ? field.Field : null) : null;
    }
}
