using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ServiceStandard.Analyzers.Flow;

/// <summary>
/// How far one question (does untrusted data reach this sink?) may follow a value out of the method it
/// is used in, within the compilation: a parameter to the arguments of every call of its method, a
/// call to the values its method returns (its parameters bound to that call's arguments), a field to
/// every value written to it. <see cref="MaxDepth"/> methods deep, <see cref="MaxHops"/> bodies in all,
/// never into a method, parameter or field already being followed. <see cref="Analyser"/> makes the rule's own analysis of another body,
/// so the rule's neutralisers apply there too.
/// </summary>
internal sealed class FlowScope
{
    /// <summary>How many hops between methods are followed (Juliet's deepest chain, a→b→c→d→e, is four).</summary>
    public const int MaxDepth = 5;

    /// <summary>How many other bodies one question may look into: a helper called from many places, each called from many, stays cheap.</summary>
    public const int MaxHops = 256;

    private readonly HashSet<ISymbol> _visiting;
    private readonly int[] _hopsLeft;

    private FlowScope(CompilationFlow compilation, int depth, HashSet<ISymbol> visiting, int[] hopsLeft, ImmutableDictionary<IParameterSymbol, Func<string?>> bindings,
        Func<IOperation, FlowScope, Func<IOperation, string?>>? analyser, CancellationToken cancellation)
    {
        _hopsLeft = hopsLeft;
        Compilation = compilation;
        Depth = depth;
        _visiting = visiting;
        Bindings = bindings;
        Analyser = analyser;
        Cancellation = cancellation;
    }

    public CompilationFlow Compilation { get; }

    public int Depth { get; }

    public CancellationToken Cancellation { get; }

    /// <summary>A called method's parameters, bound to the analysis of the arguments of the call being followed.</summary>
    public ImmutableDictionary<IParameterSymbol, Func<string?>> Bindings { get; }

    /// <summary>The rule's analysis of a value in another body; set by the flow that owns the scope.</summary>
    public Func<IOperation, FlowScope, Func<IOperation, string?>>? Analyser { get; }

    public ThreatModels Models => Compilation.Models;

    /// <summary>A scope for one question at a sink.</summary>
    public static FlowScope Start(CompilationFlow compilation, CancellationToken cancellation) =>
        new(compilation, 0, new HashSet<ISymbol>(SymbolEqualityComparer.Default), [MaxHops], ImmutableDictionary.Create<IParameterSymbol, Func<string?>>(SymbolEqualityComparer.Default), null, cancellation);

    public FlowScope WithAnalyser(Func<IOperation, FlowScope, Func<IOperation, string?>> analyser) =>
        Analyser is null ? new FlowScope(Compilation, Depth, _visiting, _hopsLeft, Bindings, analyser, Cancellation) : this;

    /// <summary>The analysis of <paramref name="value"/> in <paramref name="body"/>, one method further, with a called method's parameters bound.</summary>
    public string? InBody(IOperation body, IOperation value, ImmutableDictionary<IParameterSymbol, Func<string?>>? bindings = null)
    {
        // One question is answered on one thread, so the shared counter needs no lock.
        if (Analyser is null || Depth >= MaxDepth || --_hopsLeft[0] < 0)
        {
            return null;
        }

        Cancellation.ThrowIfCancellationRequested();
        var deeper = new FlowScope(Compilation, Depth + 1, _visiting, _hopsLeft, bindings ?? Bindings.Clear(), Analyser, Cancellation);
        return Analyser(body, deeper)(value);
    }

    /// <summary>Marks a method, parameter or field as being followed; false when it already is (a cycle) or the scope is at its depth.</summary>
    public bool Enter(ISymbol symbol) => Depth < MaxDepth && _visiting.Add(symbol);

    public void Leave(ISymbol symbol) => _visiting.Remove(symbol);

    /// <summary>
    /// What a local holds: the values assigned to it, and what is put into it when it is an array or
    /// collection (<c>a[2] = x</c>, <c>map["k"] = x</c>, <c>list.Add(x)</c>), so reading any element of it
    /// reads them. Members of other objects (<c>model.Title = x</c>) are not: reading another member
    /// of the same object would then count as reading x.
    /// </summary>
    public static IEnumerable<IOperation> ValuesOf(ILocalSymbol local, IOperation body)
    {
        foreach (var assigned in OperationPaths.AssignedValues(local, body))
        {
            yield return assigned;
        }

        if (OperationPaths.IsStringType(local.Type) || OperationPaths.IsInertValueType(local.Type))
        {
            yield break;
        }

        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case IAssignmentOperation assignment when IsMemberOf(assignment.Target, local):
                    yield return assignment.Value;
                    break;
                case IInvocationOperation { Instance: { } instance } call when
                    call.TargetMethod.Name is "Add" or "AddLast" or "AddFirst" or "Insert" or "Push" or "Enqueue" or "TryAdd" or "Set" or "AddRange" &&
                    OperationPaths.Unwrap(instance) is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local):
                    foreach (var argument in call.Arguments)
                    {
                        yield return argument.Value;
                    }

                    break;
            }
        }
    }

    private static bool IsMemberOf(IOperation target, ILocalSymbol local)
    {
        var instance = OperationPaths.Unwrap(target) switch
        {
            IArrayElementReferenceOperation element => element.ArrayReference,
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } owner } => owner,
            _ => null,
        };
        return instance is not null && OperationPaths.Unwrap(instance) is ILocalReferenceOperation reference &&
            SymbolEqualityComparer.Default.Equals(reference.Local, local);
    }
}
