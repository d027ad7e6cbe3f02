using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0020: unsafe deserialization (CWE-502). Deserializing with a formatter that lets the data name
/// the types it creates: <c>BinaryFormatter</c>, <c>SoapFormatter</c>, <c>NetDataContractSerializer</c>,
/// <c>LosFormatter</c>, <c>ObjectStateFormatter</c> (<c>Deserialize</c>, <c>UnsafeDeserialize</c>,
/// <c>ReadObject</c>); Json.NET's <c>TypeNameHandling</c> set to anything but <c>None</c> (settings,
/// serializer or attribute) unless a <c>SerializationBinder</c> is set beside it; and
/// <c>JavaScriptSerializer</c> given a <c>SimpleTypeResolver</c>. The types are matched by name, so
/// .NET Framework types and Json.NET are recognised even when their assemblies are not referenced.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsafeDeserializationAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] Formatters = ["BinaryFormatter", "SoapFormatter", "NetDataContractSerializer", "LosFormatter", "ObjectStateFormatter"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnsafeDeserialization);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(AnalyzeInvocation, SyntaxKind.InvocationExpression);
        context.RegisterSyntaxNodeAction(AnalyzeAssignment, SyntaxKind.SimpleAssignmentExpression);
        context.RegisterSyntaxNodeAction(AnalyzeAttributeArgument, SyntaxKind.AttributeArgument);
        context.RegisterSyntaxNodeAction(AnalyzeCreation, SyntaxKind.ObjectCreationExpression);
    }

    private static void AnalyzeInvocation(SyntaxNodeAnalysisContext context)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Deserialize" or "UnsafeDeserialize" or "ReadObject" or "DeserializeMethodResponse" } member)
        {
            return;
        }

        // Error types keep their names, so a formatter whose assembly is not referenced is still known.
        var type = context.SemanticModel.GetTypeInfo(member.Expression, context.CancellationToken).Type;
        if (type is not null && Formatters.Contains(type.Name))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnsafeDeserialization, invocation.GetLocation(), $"{type.Name}.{member.Name.Identifier.ValueText}", "creates whatever types the data names"));
        }
    }

    private static void AnalyzeAssignment(SyntaxNodeAnalysisContext context)
    {
        var assignment = (AssignmentExpressionSyntax)context.Node;
        var target = assignment.Left switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
        if (target is "TypeNameHandling" or "ItemTypeNameHandling" && UnsafeHandling(assignment.Right) is { } handling && !HasBinder(assignment))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnsafeDeserialization, assignment.GetLocation(), $"{target} = TypeNameHandling.{handling}", "lets the JSON name the .NET types it creates"));
        }
    }

    private static void AnalyzeAttributeArgument(SyntaxNodeAnalysisContext context)
    {
        var argument = (AttributeArgumentSyntax)context.Node;
        if (argument.NameEquals?.Name.Identifier.ValueText is "TypeNameHandling" or "ItemTypeNameHandling" && UnsafeHandling(argument.Expression) is { } handling)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnsafeDeserialization, argument.GetLocation(), $"{argument.NameEquals.Name.Identifier.ValueText} = TypeNameHandling.{handling}", "lets the JSON name the .NET types it creates"));
        }
    }

    private static void AnalyzeCreation(SyntaxNodeAnalysisContext context)
    {
        var creation = (ObjectCreationExpressionSyntax)context.Node;
        if (Name(creation.Type) == "JavaScriptSerializer" &&
            creation.ArgumentList?.Arguments.Any(a => a.Expression is ObjectCreationExpressionSyntax resolver && Name(resolver.Type) == "SimpleTypeResolver") == true)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnsafeDeserialization, creation.GetLocation(), "JavaScriptSerializer with a SimpleTypeResolver", "creates whatever types the data names"));
        }
    }

    /// <summary>The TypeNameHandling member named, unless it is None (or not a constant member we can read).</summary>
    private static string? UnsafeHandling(ExpressionSyntax value)
    {
        var names = value.DescendantNodesAndSelf().OfType<MemberAccessExpressionSyntax>()
            .Where(m => Name(m.Expression) == "TypeNameHandling")
            .Select(m => m.Name.Identifier.ValueText)
            .ToList();
        return names.FirstOrDefault(n => n != "None");
    }

    /// <summary>Whether a serialization binder is set in the same initializer or method: it limits the types the JSON can name.</summary>
    private static bool HasBinder(SyntaxNode node)
    {
        var scope = node.Ancestors().FirstOrDefault(a => a is InitializerExpressionSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax) ?? node.SyntaxTree.GetRoot();
        if (scope is InitializerExpressionSyntax && node.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax) is { } method)
        {
            scope = method;
        }

        return scope.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(a =>
            a.Left switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText is "SerializationBinder" or "Binder",
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText is "SerializationBinder" or "Binder",
                _ => false,
            } && !a.Right.IsKind(SyntaxKind.NullLiteralExpression));
    }

    private static string? Name(ExpressionSyntax? type) =>
        type switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            _ => null,
        };
}
