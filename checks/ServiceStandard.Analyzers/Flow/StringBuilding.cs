using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ServiceStandard.Analyzers.Flow;

/// <summary>
/// Whether a string was assembled at run time from values that can carry text (SS0002). Follows
/// locals within the method (every assignment counts), <c>+=</c>, <c>string.Format</c>,
/// <c>string.Concat</c>, <c>string.Join</c> and <c>StringBuilder</c> locals. Constants, readonly
/// fields initialised with a literal, <c>nameof</c>, and numbers, dates, Guids and enums are safe.
/// </summary>
internal static class StringBuilding
{
    /// <summary>How the string was built (<c>concatenation</c>, <c>interpolation</c>…), or null when it is not.</summary>
    public static string? HowBuilt(IOperation value, IOperation body) => HowBuilt(value, body, new HashSet<ISymbol>(SymbolEqualityComparer.Default));

    private static string? HowBuilt(IOperation value, IOperation body, HashSet<ISymbol> visiting)
    {
        value = OperationPaths.Unwrap(value);
        if (value.ConstantValue.HasValue)
        {
            return null;
        }

        switch (value)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when OperationPaths.IsStringType(add.Type):
                return HasUntrustedPart(add.LeftOperand, body, visiting) || HasUntrustedPart(add.RightOperand, body, visiting) ? "concatenation" : null;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation hole && IsUntrusted(hole.Expression, body, visiting))
                    {
                        return "interpolation";
                    }
                }

                return null;
            case IInvocationOperation invocation when IsStringMethod(invocation, "Format", "Concat", "Join"):
                foreach (var argument in invocation.Arguments)
                {
                    if (HasUntrustedArgument(argument.Value, body, visiting))
                    {
                        return "string." + invocation.TargetMethod.Name;
                    }
                }

                return null;
            case IInvocationOperation { TargetMethod.Name: "ToString" } toString when
                IsStringBuilder(toString.Instance?.Type) && toString.Instance is { } builder:
                return BuilderHasUntrustedAppend(builder, body, visiting) ? "StringBuilder" : null;
            case ILocalReferenceOperation local:
                return HowLocalWasBuilt(local.Local, body, visiting);
            default:
                return null;
        }
    }

    private static string? HowLocalWasBuilt(ILocalSymbol local, IOperation body, HashSet<ISymbol> visiting)
    {
        if (!visiting.Add(local))
        {
            return null;
        }

        foreach (var operation in body.Descendants())
        {
            IOperation? assigned = operation switch
            {
                IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) => declarator.Initializer?.Value,
                ISimpleAssignmentOperation assignment when IsLocal(assignment.Target, local) => assignment.Value,
                _ => null,
            };
            if (assigned is not null && HowBuilt(assigned, body, visiting) is { } how)
            {
                return how;
            }

            if (operation is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } compound && IsLocal(compound.Target, local) &&
                IsUntrusted(compound.Value, body, visiting))
            {
                return "concatenation";
            }
        }

        return null;
    }

    private static bool BuilderHasUntrustedAppend(IOperation builder, IOperation body, HashSet<ISymbol> visiting)
    {
        if (OperationPaths.ChainRootSymbol(builder) is not ILocalSymbol local)
        {
            return false;
        }

        foreach (var operation in body.Descendants())
        {
            if (operation is IInvocationOperation { TargetMethod.Name: "Append" or "AppendLine" or "AppendFormat" or "Insert" } append &&
                IsStringBuilder(append.TargetMethod.ContainingType) &&
                append.Instance is { } instance && SymbolEqualityComparer.Default.Equals(OperationPaths.ChainRootSymbol(instance), local))
            {
                foreach (var argument in append.Arguments)
                {
                    if (HasUntrustedArgument(argument.Value, body, visiting))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool HasUntrustedArgument(IOperation value, IOperation body, HashSet<ISymbol> visiting)
    {
        value = OperationPaths.Unwrap(value);
        if (value is IArrayCreationOperation { Initializer: { } initializer })
        {
            foreach (var element in initializer.ElementValues)
            {
                if (IsUntrusted(element, body, visiting))
                {
                    return true;
                }
            }

            return false;
        }

        return IsUntrusted(value, body, visiting);
    }

    private static bool HasUntrustedPart(IOperation part, IOperation body, HashSet<ISymbol> visiting)
    {
        part = OperationPaths.Unwrap(part);
        return part is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } nested && OperationPaths.IsStringType(nested.Type)
            ? HasUntrustedPart(nested.LeftOperand, body, visiting) || HasUntrustedPart(nested.RightOperand, body, visiting)
            : IsUntrusted(part, body, visiting);
    }

    /// <summary>Whether a piece of a string can carry text nobody vetted.</summary>
    private static bool IsUntrusted(IOperation part, IOperation body, HashSet<ISymbol> visiting)
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

        if (part is ILocalReferenceOperation local)
        {
            // A local built only from safe pieces is safe; anything else assigned to it is not vetted.
            return LocalIsUntrusted(local.Local, body, visiting);
        }

        if (part is IInterpolatedStringOperation or IBinaryOperation)
        {
            return HowBuilt(part, body, visiting) is not null;
        }

        return true;
    }

    private static bool LocalIsUntrusted(ILocalSymbol local, IOperation body, HashSet<ISymbol> visiting)
    {
        if (!visiting.Add(local))
        {
            return false;
        }

        try
        {
            var assigned = false;
            foreach (var operation in body.Descendants())
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
                    if (IsUntrusted(value, body, visiting))
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
