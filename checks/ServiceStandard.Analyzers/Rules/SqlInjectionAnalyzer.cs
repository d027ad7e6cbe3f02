using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
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
/// SQL built from a method's parameters is judged at its callers when they can all be seen (a
/// method of this compilation not reachable from outside it, or a static one no framework calls):
/// reported unless every call passes values the SQL may be built from (<c>SaveEvents(tx, "events")</c>).
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
            var atCallers = new ConcurrentBag<Pending>();
            var constants = new ConstantValues(start.Compilation);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, dbCommand, constants, atCallers), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(c => AnalyzeAppend(c, dbCommand, constants), OperationKind.CompoundAssignment);
            start.RegisterOperationAction(c => AnalyzeCreation(c, dbCommand, constants, atCallers), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, constants, atCallers), OperationKind.Invocation);
            start.RegisterCompilationEndAction(end => ReportAtCallers(end, constants, atCallers));
        });
    }

    /// <summary>SQL built from a method's parameters, to be judged at the method's callers at the end.</summary>
    private sealed class Pending(Diagnostic diagnostic, IOperation value, IMethodSymbol method)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;

        public IOperation Value { get; } = value;

        public IMethodSymbol Method { get; } = method;
    }

    /// <summary>
    /// A method whose every caller is in this compilation: not reachable from outside it, or static
    /// with no attribute (no framework calls it: not an action, handler or function), and not
    /// virtual, an interface's implementation or an entry point.
    /// </summary>
    private static bool CallersAreAtHand(IMethodSymbol method, Compilation compilation)
    {
        if (method is not { MethodKind: MethodKind.Ordinary, IsVirtual: false, IsAbstract: false, IsOverride: false, Parameters.Length: > 0 } ||
            method.ExplicitInterfaceImplementations.Length > 0 || method.Name == "Main" ||
            SymbolEqualityComparer.Default.Equals(compilation.GetEntryPoint(default), method))
        {
            return false;
        }

        var type = method.ContainingType;
        if (type.AllInterfaces.SelectMany(i => i.GetMembers(method.Name)).Any(m => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(m), method)))
        {
            return false;
        }

        for (ISymbol? current = method; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is Accessibility.Private or Accessibility.Internal or Accessibility.ProtectedAndInternal)
            {
                return true;
            }
        }

        return method.IsStatic && method.GetAttributes().Length == 0 && method.Parameters.All(p => p.GetAttributes().Length == 0);
    }

    private static void ReportAtCallers(CompilationAnalysisContext context, ConstantValues constants, ConcurrentBag<Pending> pending)
    {
        if (pending.IsEmpty)
        {
            return;
        }

        var groups = pending.GroupBy(p => p.Method.OriginalDefinition, SymbolEqualityComparer.Default).ToList();
        var callsOf = MethodBodies.CallsOf(groups.Select(g => (IMethodSymbol)g.Key!).ToList(), context.Compilation, context.CancellationToken);
        foreach (var group in groups)
        {
            var calls = callsOf[(IMethodSymbol)group.Key!];
            foreach (var finding in group)
            {
                if (calls is null || calls.Count == 0 ||
                    calls.Any(call => StringBuilding.HowBuiltFor(finding.Value, OperationPaths.Root(finding.Value), call, constants) is not null))
                {
                    context.ReportDiagnostic(finding.Diagnostic);
                }
            }
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, INamedTypeSymbol? dbCommand, ConstantValues constants, ConcurrentBag<Pending> atCallers)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "CommandText" } property &&
            OperationPaths.IsOrInherits(property.Property.ContainingType, dbCommand))
        {
            Check(context, assignment.Value, property.Property.ContainingType.Name + ".CommandText", constants, atCallers);
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

    private static void AnalyzeCreation(OperationAnalysisContext context, INamedTypeSymbol? dbCommand, ConstantValues constants, ConcurrentBag<Pending> atCallers)
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
                Check(context, argument.Value, "new " + creation.Type!.Name, constants, atCallers);
            }
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, ConstantValues constants, ConcurrentBag<Pending> atCallers)
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
            Check(context, sql.Value, (isDapper ? "Dapper " : string.Empty) + method.Name, constants, atCallers);
        }
    }

    private static void Check(OperationAnalysisContext context, IOperation value, string sink, ConstantValues constants, ConcurrentBag<Pending> atCallers)
    {
        if (StringBuilding.HowBuilt(value, OperationPaths.Root(value), constants) is { } how)
        {
            var diagnostic = Diagnostic.Create(Descriptors.SqlInjection, value.Syntax.GetLocation(), how, sink);
            if (context.ContainingSymbol is IMethodSymbol method && CallersAreAtHand(method, context.Compilation))
            {
                atCallers.Add(new Pending(diagnostic, value, method));
            }
            else
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }
}
