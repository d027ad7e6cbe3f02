using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0002: SQL text built by concatenation, interpolation, <c>string.Format</c> or a
/// <c>StringBuilder</c> reaching a command: <c>DbCommand.CommandText</c> and command constructors
/// (any <c>IDbCommand</c>: SqlClient, Npgsql, SQLite…), Dapper's <c>sql</c> parameters, and Entity
/// Framework Core methods whose <c>sql</c> parameter is a plain string (<c>FromSqlRaw</c>,
/// <c>ExecuteSqlRaw</c>, <c>SqlQueryRaw</c>). Interpolated <c>FromSql</c>/<c>ExecuteSql</c> take a
/// <c>FormattableString</c> and are parameterised, so they are safe.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SqlInjectionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SqlInjection);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var dbCommand = start.Compilation.GetTypeByMetadataName("System.Data.IDbCommand");
            var constants = new ConstantValues(start.Compilation);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, dbCommand, constants), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(c => AnalyzeAppend(c, dbCommand, constants), OperationKind.CompoundAssignment);
            start.RegisterOperationAction(c => AnalyzeCreation(c, dbCommand, constants), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, constants), OperationKind.Invocation);
        });
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, INamedTypeSymbol? dbCommand, ConstantValues constants)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "CommandText" } property &&
            OperationPaths.IsOrInherits(property.Property.ContainingType, dbCommand))
        {
            Check(context, assignment.Value, property.Property.ContainingType.Name + ".CommandText", constants);
        }
    }

    /// <summary><c>command.CommandText += " WHERE name = '" + name + "'"</c>: the command's SQL grows by untrusted text.</summary>
    private static void AnalyzeAppend(OperationAnalysisContext context, INamedTypeSymbol? dbCommand, ConstantValues constants)
    {
        var compound = (ICompoundAssignmentOperation)context.Operation;
        if (compound.OperatorKind == BinaryOperatorKind.Add &&
            compound.Target is IPropertyReferenceOperation { Property.Name: "CommandText" } property &&
            OperationPaths.IsOrInherits(property.Property.ContainingType, dbCommand) &&
            StringBuilding.IsUntrustedPiece(compound.Value, OperationPaths.Root(compound), constants))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SqlInjection, compound.Value.Syntax.GetLocation(), "concatenation", property.Property.ContainingType.Name + ".CommandText"));
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, INamedTypeSymbol? dbCommand, ConstantValues constants)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        var isCommand = OperationPaths.IsOrInherits(creation.Type, dbCommand);
        var isDapperCommand = creation.Type is { Name: "CommandDefinition" } && OperationPaths.IsInNamespace(creation.Type, "Dapper");
        if (!isCommand && !isDapperCommand)
        {
            return;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is { Name: "cmdText" or "commandText" or "sql" } parameter && OperationPaths.IsStringType(parameter.Type))
            {
                Check(context, argument.Value, "new " + creation.Type!.Name, constants);
            }
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, ConstantValues constants)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var isDapper = method.ContainingType is { Name: "SqlMapper" } && OperationPaths.IsInNamespace(method.ContainingType, "Dapper");
        var isEntityFramework = !isDapper && method.ContainingNamespace?.ToDisplayString() == "Microsoft.EntityFrameworkCore";
        if (!isDapper && !isEntityFramework)
        {
            return;
        }

        var sql = OperationPaths.ArgumentNamed(invocation, "sql");
        if (sql is not null && OperationPaths.IsStringType(sql.Parameter!.Type))
        {
            Check(context, sql.Value, (isDapper ? "Dapper " : string.Empty) + method.Name, constants);
        }
    }

    private static void Check(OperationAnalysisContext context, IOperation value, string sink, ConstantValues constants)
    {
        if (StringBuilding.HowBuilt(value, OperationPaths.Root(value), constants) is { } how)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SqlInjection, value.Syntax.GetLocation(), how, sink));
        }
    }
}
