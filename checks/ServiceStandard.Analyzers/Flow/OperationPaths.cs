using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ServiceStandard.Analyzers.Flow;

/// <summary>Small facts about operation trees that several rules need.</summary>
internal static class OperationPaths
{
    /// <summary>The operation without implicit or explicit conversions and parentheses around it.</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>What a call is made on: the instance, or the <c>this</c> argument of an extension method.</summary>
    public static IOperation? Receiver(IInvocationOperation invocation) =>
        invocation.Instance ??
        (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

    /// <summary>Where a call is, for a diagnostic: from the method's name to the closing parenthesis (<c>AllowCredentials()</c> in a chain).</summary>
    public static Location CallLocation(IInvocationOperation invocation)
    {
        if (invocation.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax
            {
                Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax member,
            } call)
        {
            return Location.Create(call.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(member.Name.SpanStart, call.Span.End));
        }

        return invocation.Syntax.GetLocation();
    }

    /// <summary>The start of a fluent chain: <c>app</c> in <c>app.UseA().UseB()</c>.</summary>
    public static IOperation? ChainRoot(IOperation operation)
    {
        var current = Unwrap(operation);
        while (current is IInvocationOperation invocation && Receiver(invocation) is { } receiver)
        {
            current = Unwrap(receiver);
        }

        return current;
    }

    /// <summary>The local or parameter a chain starts at, or null.</summary>
    public static ISymbol? ChainRootSymbol(IOperation operation) =>
        ChainRoot(operation) switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };

    /// <summary>The argument bound to the parameter called <paramref name="name"/>, or null.</summary>
    public static IArgumentOperation? ArgumentNamed(IInvocationOperation invocation, string name)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The outermost operation of the body the operation is in (method body, lambda excluded).</summary>
    public static IOperation Root(IOperation operation)
    {
        var current = operation;
        while (current.Parent is not null)
        {
            current = current.Parent;
        }

        return current;
    }

    /// <summary>Whether the type is <paramref name="type"/> or derives from or implements it.</summary>
    public static bool IsOrInherits(ITypeSymbol? candidate, INamedTypeSymbol? type)
    {
        if (candidate is null || type is null)
        {
            return false;
        }

        for (var current = candidate; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, type))
            {
                return true;
            }
        }

        if (type.TypeKind == TypeKind.Interface)
        {
            foreach (var implemented in candidate.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, type))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the symbol's type is declared in <paramref name="namespaceName"/> (dotted).</summary>
    public static bool IsInNamespace(ISymbol? symbol, string namespaceName) =>
        symbol?.ContainingNamespace?.ToDisplayString() == namespaceName;

    public static bool IsStringType(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String;

    /// <summary>Whether a value of this type cannot carry text an attacker chose (numbers, bools, enums, dates, Guids).</summary>
    public static bool IsInertValueType(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
            case SpecialType.System_Byte:
            case SpecialType.System_SByte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
            case SpecialType.System_DateTime:
                return true;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return true;
        }

        return type.ContainingNamespace?.ToDisplayString() == "System" &&
            type.Name is "Guid" or "DateTimeOffset" or "DateOnly" or "TimeOnly" or "TimeSpan" or "Int128" or "UInt128" or "Half";
    }

    /// <summary>Every value written to <paramref name="local"/> in <paramref name="body"/>: its initializer and each assignment (compound ones included), in order.</summary>
    public static System.Collections.Generic.IEnumerable<IOperation> AssignedValues(ILocalSymbol local, IOperation body)
    {
        foreach (var operation in body.Descendants())
        {
            var assigned = operation switch
            {
                IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) => declarator.Initializer?.Value,
                IAssignmentOperation assignment when Unwrap(assignment.Target) is ILocalReferenceOperation target &&
                    SymbolEqualityComparer.Default.Equals(target.Local, local) => assignment.Value,
                _ => null,
            };
            if (assigned is not null)
            {
                yield return assigned;
            }
        }
    }

    /// <summary>The constant text a concatenation or interpolation starts with (<c>"https://host/" + x</c> → <c>https://host/</c>), or null.</summary>
    public static string? ConstantPrefix(IOperation value)
    {
        switch (value)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add:
                var left = Unwrap(add.LeftOperand);
                return left.ConstantValue is { HasValue: true, Value: string text } ? text : ConstantPrefix(left);
            case IInterpolatedStringOperation interpolated:
                var builder = new System.Text.StringBuilder();
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string piece } })
                    {
                        builder.Append(piece);
                    }
                    else
                    {
                        break;
                    }
                }

                return builder.ToString();
            default:
                return null;
        }
    }
}
