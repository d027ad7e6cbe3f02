using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ServiceStandard.Analyzers.Flow;

/// <summary>
/// Whether request data reaches a value by a path no neutraliser interrupts. Walks the pieces of a
/// string the way <see cref="RequestInput"/> does (concatenation, interpolation, <c>string.Concat</c>,
/// <c>Format</c> and <c>Join</c>, <c>??</c>, conditionals, string methods, <c>ToString()</c>, locals
/// within the method) but asks the rule, at every step, whether that step neutralises the value
/// (<c>Path.GetFileName(x)</c>, <c>x.Replace("\n", "")</c>, <c>HtmlEncoder.Encode(x)</c>), follows the steps the
/// rule says carry their inputs on (<c>Path.Combine</c>), and leaves
/// the leaves (parameters, request members, bound properties) to <see cref="RequestInput"/>.
/// </summary>
internal sealed class RequestFlow
{
    private readonly IOperation _body;
    private readonly RequestInput _input;
    private readonly Func<IOperation, bool> _neutralises;
    private readonly Func<IOperation, IEnumerable<IOperation>?>? _through;
    private readonly HashSet<ISymbol> _visiting = new(SymbolEqualityComparer.Default);
    private readonly FlowScope? _scope;

    /// <param name="body">The method body values are followed in.</param>
    /// <param name="neutralises">Whether a step makes the value safe for the rule's sink.</param>
    /// <param name="through">For a step the rule knows carries its inputs on (<c>Path.Combine(root, name)</c>), the inputs to follow; else null.</param>
    /// <param name="sanitizers">Methods whose arguments are checked (see <see cref="RequestInput"/>).</param>
    public RequestFlow(IOperation body, Func<IOperation, bool> neutralises, Func<IOperation, IEnumerable<IOperation>?>? through = null, params string[] sanitizers)
        : this(body, neutralises, through, null, sanitizers)
    {
    }

    /// <param name="scope">How far values are followed out of the method and which threat models apply (see <see cref="FlowScope"/>); null: within the method, request data only.</param>
    public RequestFlow(IOperation body, Func<IOperation, bool> neutralises, Func<IOperation, IEnumerable<IOperation>?>? through, FlowScope? scope, params string[] sanitizers)
    {
        _body = body;
        _neutralises = neutralises;
        _through = through;
        // In other methods the same neutralisers apply: a helper that encodes its argument makes it safe.
        _scope = scope?.WithAnalyser((other, deeper) => new RequestFlow(other, neutralises, through, deeper, sanitizers).SourceOf);
        _input = new RequestInput(body, sanitizers, null, _scope) { Outer = SourceOf };
    }

    /// <summary>Where the request data in the value comes from, or null when none reaches it un-neutralised.</summary>
    public string? SourceOf(IOperation value)
    {
        value = OperationPaths.Unwrap(value);
        if (value.ConstantValue.HasValue || OperationPaths.IsInertValueType(value.Type) || _neutralises(value))
        {
            return null;
        }

        if (_through?.Invoke(value) is { } inputs)
        {
            return inputs.Select(SourceOf).FirstOrDefault(s => s is not null);
        }

        switch (value)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add:
                return SourceOf(add.LeftOperand) ?? SourceOf(add.RightOperand);
            case IInterpolatedStringOperation interpolated:
                return interpolated.Parts.OfType<IInterpolationOperation>().Select(p => SourceOf(p.Expression)).FirstOrDefault(s => s is not null);
            case ICoalesceOperation coalesce:
                return SourceOf(coalesce.Value) ?? SourceOf(coalesce.WhenNull);
            case IConditionalOperation { WhenFalse: not null } conditional:
                return SourceOf(conditional.WhenTrue) ?? SourceOf(conditional.WhenFalse!);
            case IInvocationOperation { TargetMethod.ContainingType.SpecialType: SpecialType.System_String } call:
                if (call.Instance is { } instance)
                {
                    return SourceOf(instance);
                }

                return call.TargetMethod.Name is "Concat" or "Format" or "Join"
                    ? call.Arguments.SelectMany(a => Values(a.Value)).Select(SourceOf).FirstOrDefault(s => s is not null)
                    : null;
            case IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } target } when OperationPaths.IsStringType(target.Type) || target.Type?.Name == "StringValues":
                return SourceOf(target);
            case ILocalReferenceOperation local:
                return SourceOfLocal(local.Local);
            case IPropertyReferenceOperation property when property.Property.GetAttributes().Any(a => a.AttributeClass?.Name is "SupplyParameterFromQueryAttribute" or "SupplyParameterFromFormAttribute"):
                // Blazor's query-string and form parameters are bound from the request like MVC's [FromQuery].
                return $"bound property '{property.Property.Name}'";
            default:
                return _input.SourceOf(value);
        }
    }

    private string? SourceOfLocal(ILocalSymbol local)
    {
        if (!_visiting.Add(local))
        {
            return null;
        }

        try
        {
            foreach (var assigned in _scope is null ? OperationPaths.AssignedValues(local, _body) : FlowScope.ValuesOf(local, _body))
            {
                if (SourceOf(assigned) is { } found)
                {
                    return found;
                }
            }

            return null;
        }
        finally
        {
            _visiting.Remove(local);
        }
    }

    private static IEnumerable<IOperation> Values(IOperation argument) =>
        OperationPaths.Unwrap(argument) is IArrayCreationOperation { Initializer: { } initializer } ? initializer.ElementValues : new[] { argument };
}
