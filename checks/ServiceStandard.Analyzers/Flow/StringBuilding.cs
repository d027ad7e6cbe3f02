using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ServiceStandard.Analyzers.Flow;

/// <summary>
/// Whether a string was assembled at run time from values that can carry text (SS0002). Follows
/// locals within the method (every assignment counts), <c>+=</c>, <c>string.Format</c>,
/// <c>string.Concat</c>, <c>string.Join</c>, <c>StringBuilder</c> locals and chains (from the
/// constructor's text on), and helpers of the same compilation, up to <see cref="MaxCallDepth"/>
/// calls deep: what a helper returns is judged with its parameters standing for the caller's
/// arguments. Constants, readonly fields initialised with a literal, <c>nameof</c>, and numbers,
/// dates, Guids and enums are safe, and so is any other piece the compilation proves constant
/// (<see cref="ConstantValues"/>: a parameter every caller passes a literal, a private field only
/// ever given literals, the elements of an array of literals).
/// </summary>
internal static class StringBuilding
{
    /// <summary>How the string was built (<c>concatenation</c>, <c>interpolation</c>…), or null when it is not.</summary>
    public static string? HowBuilt(IOperation value, IOperation body, ConstantValues? constants = null) =>
        HowBuilt(value, new Frame(body, null, null, 0, constants), new HashSet<ISymbol>(SymbolEqualityComparer.Default));

    /// <summary>
    /// How the string was built when <paramref name="call"/> is what called the method whose body
    /// holds it: that method's parameters stand for the call's arguments, judged in the caller.
    /// </summary>
    public static string? HowBuiltFor(IOperation value, IOperation body, IInvocationOperation call, ConstantValues? constants = null) =>
        HowBuilt(value, new Frame(body, call, new Frame(OperationPaths.Root(call), null, null, 0, constants), 1, constants), new HashSet<ISymbol>(SymbolEqualityComparer.Default));

    /// <summary>Whether a piece appended to a string (<c>command.CommandText += piece</c>) can carry text nobody vetted.</summary>
    public static bool IsUntrustedPiece(IOperation piece, IOperation body, ConstantValues? constants = null) =>
        IsUntrusted(piece, new Frame(body, null, null, 0, constants), new HashSet<ISymbol>(SymbolEqualityComparer.Default));

    /// <summary>How many helper calls deep a value is followed.</summary>
    private const int MaxCallDepth = 3;

    /// <summary>
    /// A method body being read, and for a helper, the call that reached it: its parameters stand
    /// for the caller's arguments, judged in the caller's frame.
    /// </summary>
    private sealed class Frame(IOperation body, IInvocationOperation? call, Frame? caller, int depth, ConstantValues? constants)
    {
        public IOperation Body { get; } = body;

        /// <summary>The compilation's constants, for pieces the local reading cannot vouch for.</summary>
        public ConstantValues? Constants { get; } = constants;

        public int Depth { get; } = depth;

        /// <summary>The caller's argument for a parameter of this helper, with the caller's frame; null at the top.</summary>
        public (IOperation Value, Frame Frame)? ArgumentFor(IParameterSymbol parameter)
        {
            if (call is null || caller is null)
            {
                return null;
            }

            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is { } bound && SymbolEqualityComparer.Default.Equals(bound.OriginalDefinition, parameter.OriginalDefinition))
                {
                    return (argument.Value, caller);
                }
            }

            return null;
        }

        /// <summary>The frame of a helper of the same compilation that <paramref name="invocation"/> calls, within the depth bound.</summary>
        public Frame? Enter(IInvocationOperation invocation)
        {
            if (Depth >= MaxCallDepth || invocation.TargetMethod.MethodKind != MethodKind.Ordinary ||
                MethodBodies.Of(invocation.TargetMethod, invocation.SemanticModel?.Compilation) is not { } body)
            {
                return null;
            }

            return new Frame(body, invocation, this, Depth + 1, Constants);
        }
    }

    private static string? HowBuilt(IOperation value, Frame frame, HashSet<ISymbol> visiting)
    {
        value = OperationPaths.Unwrap(value);
        if (value.ConstantValue.HasValue)
        {
            return null;
        }

        switch (value)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when OperationPaths.IsStringType(add.Type):
                return HasUntrustedPart(add.LeftOperand, frame, visiting) || HasUntrustedPart(add.RightOperand, frame, visiting) ? "concatenation" : null;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation hole && IsUntrusted(hole.Expression, frame, visiting))
                    {
                        return "interpolation";
                    }
                }

                return null;
            case IInvocationOperation invocation when IsStringMethod(invocation, "Format", "Concat", "Join"):
                foreach (var argument in invocation.Arguments)
                {
                    if (HasUntrustedArgument(argument.Value, frame, visiting))
                    {
                        return "string." + invocation.TargetMethod.Name;
                    }
                }

                return null;
            case IInvocationOperation { TargetMethod.Name: "ToString" } toString when
                IsStringBuilder(toString.Instance?.Type) && toString.Instance is { } builder:
                return BuilderHasUntrustedAppend(builder, frame, visiting) ? "StringBuilder" : null;
            case ILocalReferenceOperation local:
                return HowLocalWasBuilt(local.Local, frame, visiting);
            case IParameterReferenceOperation parameter when frame.ArgumentFor(parameter.Parameter) is { } argument:
                // SQL built by the caller and passed to the helper that runs it.
                return HowBuilt(argument.Value, argument.Frame, visiting);
            case IInvocationOperation call when frame.Enter(call) is { } helper:
                // string BuildQuery(string name) => "SELECT … " + name;
                foreach (var returned in MethodBodies.ReturnedValues(helper.Body))
                {
                    if (HowBuilt(returned, helper, visiting) is { } how)
                    {
                        return how + " in " + call.TargetMethod.Name;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static string? HowLocalWasBuilt(ILocalSymbol local, Frame frame, HashSet<ISymbol> visiting)
    {
        if (!visiting.Add(local))
        {
            return null;
        }

        foreach (var operation in frame.Body.Descendants())
        {
            IOperation? assigned = operation switch
            {
                IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) => declarator.Initializer?.Value,
                ISimpleAssignmentOperation assignment when IsLocal(assignment.Target, local) => assignment.Value,
                _ => null,
            };
            if (assigned is not null && HowBuilt(assigned, frame, visiting) is { } how)
            {
                return how;
            }

            if (operation is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } compound && IsLocal(compound.Target, local) &&
                IsUntrusted(compound.Value, frame, visiting))
            {
                return "concatenation";
            }
        }

        return null;
    }

    private static bool BuilderHasUntrustedAppend(IOperation builder, Frame frame, HashSet<ISymbol> visiting)
    {
        // new StringBuilder("…" + x).Append(y).ToString(): the chain itself.
        if (ChainHasUntrustedText(builder, frame, visiting))
        {
            return true;
        }

        if (OperationPaths.ChainRootSymbol(builder) is not ILocalSymbol local)
        {
            return false;
        }

        foreach (var operation in frame.Body.Descendants())
        {
            var made = operation switch
            {
                IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) => declarator.Initializer?.Value,
                ISimpleAssignmentOperation assignment when IsLocal(assignment.Target, local) => assignment.Value,
                _ => null,
            };
            if (made is not null && ChainHasUntrustedText(made, frame, visiting))
            {
                return true;
            }

            if (operation is IInvocationOperation { TargetMethod.Name: "Append" or "AppendLine" or "AppendFormat" or "Insert" } append &&
                IsStringBuilder(append.TargetMethod.ContainingType) &&
                append.Instance is { } instance && SymbolEqualityComparer.Default.Equals(OperationPaths.ChainRootSymbol(instance), local))
            {
                foreach (var argument in append.Arguments)
                {
                    if (HasUntrustedArgument(argument.Value, frame, visiting))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Whether a chain of <c>Append</c> calls, down to the <c>new StringBuilder(…)</c> it starts at, takes untrusted text.</summary>
    private static bool ChainHasUntrustedText(IOperation operation, Frame frame, HashSet<ISymbol> visiting)
    {
        var current = OperationPaths.Unwrap(operation);
        while (true)
        {
            switch (current)
            {
                case IInvocationOperation { TargetMethod.Name: "Append" or "AppendLine" or "AppendFormat" or "Insert", Instance: { } instance } append
                    when IsStringBuilder(append.TargetMethod.ContainingType):
                    foreach (var argument in append.Arguments)
                    {
                        if (HasUntrustedArgument(argument.Value, frame, visiting))
                        {
                            return true;
                        }
                    }

                    current = OperationPaths.Unwrap(instance);
                    break;
                case IObjectCreationOperation creation when IsStringBuilder(creation.Type):
                    foreach (var argument in creation.Arguments)
                    {
                        if (HasUntrustedArgument(argument.Value, frame, visiting))
                        {
                            return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }
    }

    private static bool HasUntrustedArgument(IOperation value, Frame frame, HashSet<ISymbol> visiting)
    {
        value = OperationPaths.Unwrap(value);
        if (value is IArrayCreationOperation { Initializer: { } initializer })
        {
            foreach (var element in initializer.ElementValues)
            {
                if (IsUntrusted(element, frame, visiting))
                {
                    return true;
                }
            }

            return false;
        }

        // A params span (string.Join(", ", a, b) in C# 13): the compiler's collection of the elements.
        if (value.Type is INamedTypeSymbol { Name: "ReadOnlySpan" or "Span" } && value.ChildOperations.Count > 0)
        {
            foreach (var element in value.ChildOperations)
            {
                if (IsUntrusted(element, frame, visiting))
                {
                    return true;
                }
            }

            return false;
        }

        return IsUntrusted(value, frame, visiting);
    }

    private static bool HasUntrustedPart(IOperation part, Frame frame, HashSet<ISymbol> visiting)
    {
        part = OperationPaths.Unwrap(part);
        return part is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } nested && OperationPaths.IsStringType(nested.Type)
            ? HasUntrustedPart(nested.LeftOperand, frame, visiting) || HasUntrustedPart(nested.RightOperand, frame, visiting)
            : IsUntrusted(part, frame, visiting);
    }

    /// <summary>Whether a piece of a string can carry text nobody vetted.</summary>
    private static bool IsUntrusted(IOperation part, Frame frame, HashSet<ISymbol> visiting)
    {
        if (OperationPaths.IsInertValueType(part.Type))
        {
            return false;
        }

        part = OperationPaths.Unwrap(part);
        if (part.ConstantValue.HasValue || part is INameOfOperation || OperationPaths.IsInertValueType(part.Type))
        {
            return false;
        }

        if (part is IFieldReferenceOperation { Field: { IsReadOnly: true } field } && IsInitialisedWithLiteral(field))
        {
            return false;
        }

        if (IsIdentifierMetadata(part))
        {
            return false;
        }

        if (part is IArrayCreationOperation { Initializer: { } elements })
        {
            return elements.ElementValues.Any(e => IsUntrusted(e, frame, visiting));
        }

        if (part is IInvocationOperation linq && OperationPaths.IsInNamespace(linq.TargetMethod.ContainingType, "System.Linq") &&
            OperationPaths.Receiver(linq) is { } source)
        {
            // columns.Select(c => "@" + c): trusted elements, each made into trusted text.
            return linq.TargetMethod.Name switch
            {
                "ToList" or "ToArray" or "AsEnumerable" or "Where" or "OrderBy" or "Distinct" => IsUntrusted(source, frame, visiting),
                "Select" when linq.Arguments.Length == 2 && OperationPaths.Unwrap(linq.Arguments[1].Value) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation selector } =>
                    // (the element itself counts only where the selector uses it: see ElementSource)
                    MethodBodies.ReturnedValues(selector.Body).Any(r => IsUntrusted(r, frame, visiting)),
                _ => true,
            };
        }

        if (part is IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } } element &&
            ElementSource(element) is { } elements2)
        {
            // The element of a sequence a Select or Where goes through is as trusted as the sequence.
            return IsUntrusted(elements2, frame, visiting);
        }

        // sortAscending ? "ASC" : "DESC", and a switch over an enum choosing among fixed clauses: as trusted as every value it can take.
        if (part is IConditionalOperation { WhenFalse: { } whenFalse } conditional)
        {
            return IsUntrusted(conditional.WhenTrue, frame, visiting) || IsUntrusted(whenFalse, frame, visiting);
        }

        if (part is ISwitchExpressionOperation switchExpression)
        {
            return switchExpression.Arms.Any(arm => IsUntrusted(arm.Value, frame, visiting));
        }

        if (part is ILocalReferenceOperation local)
        {
            // A local built only from safe pieces is safe; anything else assigned to it is not vetted,
            // unless the compilation proves it constant (foreach (var name in "a-b".Split('-'))).
            return LocalIsUntrusted(local.Local, frame, visiting) && frame.Constants?.IsConstant(local) != true;
        }

        if (part is IInterpolatedStringOperation or IBinaryOperation ||
            (part is IInvocationOperation format && IsStringMethod(format, "Format", "Concat", "Join")))
        {
            return HowBuilt(part, frame, visiting) is not null;
        }

        if (part is IParameterReferenceOperation parameter && frame.ArgumentFor(parameter.Parameter) is { } argument)
        {
            return IsUntrusted(argument.Value, argument.Frame, visiting);
        }

        if (part is IInvocationOperation call && frame.Enter(call) is { } helper)
        {
            // A helper's result is as trusted as everything it can return.
            foreach (var returned in MethodBodies.ReturnedValues(helper.Body))
            {
                if (IsUntrusted(returned, helper, visiting))
                {
                    return true;
                }
            }

            return false;
        }

        if (part is IInvocationOperation { TargetMethod.Name: "ToString" } toString && IsStringBuilder(toString.Instance?.Type) && toString.Instance is { } builder)
        {
            return BuilderHasUntrustedAppend(builder, frame, visiting);
        }

        // names[i] of data.Split('-'), a parameter every caller passes "foo": fixed by the code, not input.
        return frame.Constants?.IsConstant(part) != true;
    }

    /// <summary>Names the code itself defines: <c>typeof(T).Name</c>, a property's <c>Name</c>, EF Core's table and column names.</summary>
    private static bool IsIdentifierMetadata(IOperation part) =>
        (part is IPropertyReferenceOperation { Property: { Name: "Name", ContainingType: { } owner } } &&
         (OperationPaths.IsInNamespace(owner, "System.Reflection") || (owner.Name == "Type" && OperationPaths.IsInNamespace(owner, "System")))) ||
        (part is IInvocationOperation { TargetMethod: { Name: "GetTableName" or "GetColumnName" or "GetSchema" or "GetViewName" } method } &&
         method.ContainingType.ContainingNamespace?.ToDisplayString().StartsWith("Microsoft.EntityFrameworkCore", System.StringComparison.Ordinal) == true);

    /// <summary>For a lambda's parameter in <c>xs.Select(x =&gt; …)</c> (or <c>Where</c>), the sequence <c>xs</c>.</summary>
    private static IOperation? ElementSource(IParameterReferenceOperation element)
    {
        for (var current = element.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda && SymbolEqualityComparer.Default.Equals(lambda.Symbol, element.Parameter.ContainingSymbol))
            {
                return lambda.Parent is IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Select" or "Where" } call } } &&
                    lambda.Symbol.Parameters.Length == 1 && OperationPaths.IsInNamespace(call.TargetMethod.ContainingType, "System.Linq")
                    ? OperationPaths.Receiver(call)
                    : null;
            }
        }

        return null;
    }

    private static bool LocalIsUntrusted(ILocalSymbol local, Frame frame, HashSet<ISymbol> visiting)
    {
        if (!visiting.Add(local))
        {
            return false;
        }

        try
        {
            var assigned = false;
            foreach (var operation in frame.Body.Descendants())
            {
                IOperation? value = operation switch
                {
                    IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) => declarator.Initializer?.Value,
                    ISimpleAssignmentOperation assignment when IsLocal(assignment.Target, local) => assignment.Value,
                    ICompoundAssignmentOperation compound when IsLocal(compound.Target, local) => compound.Value,
                    _ => null,
                };
                if (value is not null)
                {
                    assigned = true;
                    if (IsUntrusted(value, frame, visiting))
                    {
                        return true;
                    }
                }
                else if (operation is IDeclarationExpressionOperation or IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } &&
                    operation.Descendants() is var inner && ContainsLocal(inner, local))
                {
                    return true;
                }
            }

            return !assigned;
        }
        finally
        {
            visiting.Remove(local);
        }
    }

    private static bool ContainsLocal(IEnumerable<IOperation> operations, ILocalSymbol local)
    {
        foreach (var operation in operations)
        {
            if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInitialisedWithLiteral(IFieldSymbol field)
    {
        foreach (var reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax
                {
                    Initializer.Value: Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax
                })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLocal(IOperation target, ILocalSymbol local) =>
        OperationPaths.Unwrap(target) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local);

    private static bool IsStringMethod(IInvocationOperation invocation, params string[] names) =>
        invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String &&
        System.Array.IndexOf(names, invocation.TargetMethod.Name) >= 0;

    private static bool IsStringBuilder(ITypeSymbol? type) =>
        type is { Name: "StringBuilder" } && type.ContainingNamespace?.ToDisplayString() == "System.Text";
}
