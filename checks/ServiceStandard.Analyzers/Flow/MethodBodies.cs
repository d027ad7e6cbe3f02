using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ServiceStandard.Analyzers.Flow;

/// <summary>
/// The bodies of the compilation's own methods, for rules that follow a value into a helper
/// (SQL built by <c>BuildQuery(name)</c>, a logging wrapper). Only methods declared in the same
/// compilation are read; the callers bound how deep they go.
/// </summary>
internal static class MethodBodies
{
    /// <summary>The body of <paramref name="method"/> when its source is in <paramref name="compilation"/>, else null.</summary>
    public static IOperation? Of(IMethodSymbol method, Compilation? compilation, System.Threading.CancellationToken cancellation = default)
    {
        if (compilation is null)
        {
            return null;
        }

        foreach (var reference in method.OriginalDefinition.DeclaringSyntaxReferences)
        {
            if (!compilation.ContainsSyntaxTree(reference.SyntaxTree))
            {
                continue;
            }

            // Operation actions only see the method being analysed; the helper's body needs its own model.
            var model = compilation.GetSemanticModel(reference.SyntaxTree);
            if (model.GetOperation(reference.GetSyntax(cancellation), cancellation) is IMethodBodyOperation body)
            {
                return body;
            }
        }

        return null;
    }

    /// <summary>The value a field of <paramref name="compilation"/> is initialised with where it is declared, else null.</summary>
    public static IOperation? InitializerOf(IFieldSymbol field, Compilation compilation, System.Threading.CancellationToken cancellation = default)
    {
        foreach (var reference in field.OriginalDefinition.DeclaringSyntaxReferences)
        {
            if (compilation.ContainsSyntaxTree(reference.SyntaxTree) &&
                reference.GetSyntax(cancellation) is VariableDeclaratorSyntax { Initializer.Value: { } value })
            {
                return compilation.GetSemanticModel(reference.SyntaxTree).GetOperation(value, cancellation);
            }
        }

        return null;
    }

    /// <summary>The getter of a property of <paramref name="compilation"/>, block- or expression-bodied (<c>public string Home => $"…";</c>), else null.</summary>
    public static IOperation? OfGetter(IPropertySymbol property, Compilation compilation, System.Threading.CancellationToken cancellation = default)
    {
        if (property.GetMethod is { } getter && Of(getter, compilation, cancellation) is { } body)
        {
            return body;
        }

        foreach (var reference in property.OriginalDefinition.DeclaringSyntaxReferences)
        {
            // An expression-bodied property has no accessor syntax: its arrow clause is the getter.
            if (compilation.ContainsSyntaxTree(reference.SyntaxTree) &&
                reference.GetSyntax(cancellation) is Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax { ExpressionBody: { } arrow })
            {
                return compilation.GetSemanticModel(reference.SyntaxTree).GetOperation(arrow, cancellation);
            }
        }

        return null;
    }

    /// <summary>The values the body returns, leaving out lambdas and local functions inside it.</summary>
    public static IEnumerable<IOperation> ReturnedValues(IOperation body)
    {
        var pending = new Stack<IOperation>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            if (operation is IReturnOperation { ReturnedValue: { } value })
            {
                yield return value;
                continue;
            }

            foreach (var child in operation.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    pending.Push(child);
                }
            }
        }
    }

    /// <summary>
    /// Every call of each method in the compilation (for a rule that judges a parameter at its
    /// callers); a method also used another way (a method group, a delegate) maps to null. The
    /// trees are walked once for all the methods.
    /// </summary>
    public static Dictionary<IMethodSymbol, List<IInvocationOperation>?> CallsOf(
        IReadOnlyCollection<IMethodSymbol> methods,
        Compilation compilation,
        System.Threading.CancellationToken cancellation)
    {
        var calls = new Dictionary<IMethodSymbol, List<IInvocationOperation>?>(SymbolEqualityComparer.Default);
        foreach (var method in methods)
        {
            calls[method.OriginalDefinition] = new List<IInvocationOperation>();
        }

        var names = new HashSet<string>(methods.Select(m => m.Name), System.StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            SemanticModel? model = null;
            foreach (var name in tree.GetRoot(cancellation).DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (!names.Contains(name.Identifier.ValueText))
                {
                    continue;
                }

                model ??= compilation.GetSemanticModel(tree);
                if (model.GetSymbolInfo(name, cancellation).Symbol is not IMethodSymbol target ||
                    !calls.TryGetValue((target.ReducedFrom ?? target).OriginalDefinition, out var found) || found is null)
                {
                    continue;
                }

                var call = name.Parent is MemberAccessExpressionSyntax member && member.Name == name ? member.Parent : name.Parent;
                if (call is InvocationExpressionSyntax invocation && model.GetOperation(invocation, cancellation) is IInvocationOperation operation)
                {
                    found.Add(operation);
                }
                else
                {
                    calls[(target.ReducedFrom ?? target).OriginalDefinition] = null;
                }
            }
        }

        return calls;
    }
}
