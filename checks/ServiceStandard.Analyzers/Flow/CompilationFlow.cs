using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ServiceStandard.Analyzers.Flow;

/// <summary>
/// One compilation's call sites and field writes, for following a value out of the method it is
/// used in (see <see cref="FlowScope"/>). Calls and assignments are indexed by the name they use,
/// once, from the syntax (cheap); only the candidates for a name are bound when asked about.
/// </summary>
internal sealed class CompilationFlow
{
    private readonly Compilation _compilation;
    private readonly Lazy<Dictionary<string, List<SyntaxNode>>> _byName;

    public CompilationFlow(Compilation compilation, ThreatModels models)
    {
        _compilation = compilation;
        Models = models;
        _byName = new Lazy<Dictionary<string, List<SyntaxNode>>>(Index, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Compilation Compilation => _compilation;

    /// <summary>The threat models the run asked for.</summary>
    public ThreatModels Models { get; }

    /// <summary>For a rule's compilation-start action: the compilation and the threat models the options name.</summary>
    public static CompilationFlow For(Compilation compilation, AnalyzerOptions options) => new(compilation, ThreatModelOptions.From(options));

    /// <summary>
    /// The calls of <paramref name="method"/> in the compilation, with the value each passes for the
    /// parameter at <paramref name="ordinal"/>. A call of the method it overrides counts when the
    /// receiver is created as the overriding type in the same method (<c>Base b = new Derived(); b.Action(x)</c>).
    /// </summary>
    public IEnumerable<IOperation> ArgumentsFor(IMethodSymbol method, int ordinal, CancellationToken cancellation)
    {
        if (!_byName.Value.TryGetValue(method.Name, out var candidates))
        {
            yield break;
        }

        var target = method.OriginalDefinition;
        foreach (var node in candidates)
        {
            cancellation.ThrowIfCancellationRequested();
            if (node is not InvocationExpressionSyntax ||
                _compilation.GetSemanticModel(node.SyntaxTree).GetOperation(node, cancellation) is not IInvocationOperation call ||
                !Calls(call, target))
            {
                continue;
            }

            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal && argument.ArgumentKind == ArgumentKind.Explicit)
                {
                    yield return argument.Value;
                }
            }
        }
    }

    /// <summary>The values written to <paramref name="field"/> anywhere in the compilation: its initializer and assignments.</summary>
    public IEnumerable<IOperation> WritesOf(IFieldSymbol field, CancellationToken cancellation)
    {
        var target = field.OriginalDefinition;
        foreach (var reference in target.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellation) is VariableDeclaratorSyntax { Initializer: { } initializer } &&
                _compilation.ContainsSyntaxTree(reference.SyntaxTree) &&
                _compilation.GetSemanticModel(reference.SyntaxTree).GetOperation(initializer, cancellation) is IFieldInitializerOperation { Value: var value })
            {
                yield return value;
            }
        }

        if (!_byName.Value.TryGetValue(field.Name, out var candidates))
        {
            yield break;
        }

        foreach (var node in candidates)
        {
            cancellation.ThrowIfCancellationRequested();
            if (node is AssignmentExpressionSyntax &&
                _compilation.GetSemanticModel(node.SyntaxTree).GetOperation(node, cancellation) is IAssignmentOperation assignment &&
                OperationPaths.Unwrap(assignment.Target) is IFieldReferenceOperation written &&
                SymbolEqualityComparer.Default.Equals(written.Field.OriginalDefinition, target))
            {
                yield return assignment.Value;
            }
        }
    }

    private static bool Calls(IInvocationOperation call, IMethodSymbol target)
    {
        var called = call.TargetMethod.OriginalDefinition;
        if (SymbolEqualityComparer.Default.Equals(called, target))
        {
            return true;
        }

        // A virtual or abstract call reaches this override only when the receiver is built as its type.
        for (var overridden = target.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            if (SymbolEqualityComparer.Default.Equals(called, overridden.OriginalDefinition))
            {
                return ReceiverIsCreatedAs(call.Instance, target.ContainingType);
            }
        }

        return false;
    }

    private static bool ReceiverIsCreatedAs(IOperation? receiver, INamedTypeSymbol type)
    {
        if (receiver is null)
        {
            return false;
        }

        receiver = OperationPaths.Unwrap(receiver);
        if (receiver is IObjectCreationOperation creation)
        {
            return SymbolEqualityComparer.Default.Equals(creation.Type?.OriginalDefinition, type.OriginalDefinition);
        }

        if (receiver is not ILocalReferenceOperation local)
        {
            return false;
        }

        var any = false;
        foreach (var written in OperationPaths.AssignedValues(local.Local, OperationPaths.Root(receiver)))
        {
            if (OperationPaths.Unwrap(written) is not IObjectCreationOperation created ||
                !SymbolEqualityComparer.Default.Equals(created.Type?.OriginalDefinition, type.OriginalDefinition))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private Dictionary<string, List<SyntaxNode>> Index()
    {
        var index = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
        foreach (var tree in _compilation.SyntaxTrees)
        {
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var name = node switch
                {
                    InvocationExpressionSyntax invocation => NameOf(invocation.Expression),
                    AssignmentExpressionSyntax assignment => NameOf(assignment.Left),
                    _ => null,
                };
                if (name is null)
                {
                    continue;
                }

                if (!index.TryGetValue(name, out var list))
                {
                    index[name] = list = new List<SyntaxNode>();
                }

                list.Add(node);
            }
        }

        return index;
    }

    private static string? NameOf(ExpressionSyntax expression) =>
        expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            GenericNameSyntax generic => generic.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };
}
