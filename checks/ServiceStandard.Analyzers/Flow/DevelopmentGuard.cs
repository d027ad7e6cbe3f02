using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ServiceStandard.Analyzers.Flow;

/// <summary>
/// Whether code only runs in the Development environment: inside <c>if (env.IsDevelopment())</c>,
/// the else of <c>if (!env.IsDevelopment())</c>, after <c>if (!env.IsDevelopment()) return;</c>, or
/// the Development side of a conditional expression. A guard in a caller is not followed.
/// </summary>
internal static class DevelopmentGuard
{
    public static bool IsDevelopmentOnly(IOperation operation)
    {
        for (var current = operation; current.Parent is { } parent; current = parent)
        {
            if (parent is IConditionalOperation conditional && !ReferenceEquals(current, conditional.Condition))
            {
                var sense = Sense(conditional.Condition);
                if ((sense > 0 && ReferenceEquals(current, conditional.WhenTrue)) ||
                    (sense < 0 && ReferenceEquals(current, conditional.WhenFalse)))
                {
                    return true;
                }
            }

            if (parent is IBlockOperation block)
            {
                foreach (var statement in block.Operations)
                {
                    if (ReferenceEquals(statement, current))
                    {
                        break;
                    }

                    if (statement is IConditionalOperation { WhenFalse: null } early && Sense(early.Condition) < 0 && AlwaysLeaves(early.WhenTrue))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>1 when the condition being true means Development, -1 when its being false does, else 0.</summary>
    public static int Sense(IOperation condition)
    {
        condition = OperationPaths.Unwrap(condition);
        switch (condition)
        {
            case IInvocationOperation { TargetMethod.Name: "IsDevelopment" }:
                return 1;
            case IInvocationOperation { TargetMethod.Name: "IsEnvironment" } invocation:
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Value.ConstantValue is { HasValue: true, Value: string name } && IsDevelopmentName(name))
                    {
                        return 1;
                    }
                }

                return 0;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return -Sense(not.Operand);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                var equalsDevelopment = IsDevelopmentConstant(comparison.LeftOperand) || IsDevelopmentConstant(comparison.RightOperand);
                return !equalsDevelopment ? 0 : comparison.OperatorKind == BinaryOperatorKind.Equals ? 1 : -1;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and:
                return Sense(and.LeftOperand) > 0 || Sense(and.RightOperand) > 0 ? 1 : 0;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } or:
                return Sense(or.LeftOperand) < 0 || Sense(or.RightOperand) < 0 ? -1 : 0;
            default:
                return 0;
        }
    }

    private static bool IsDevelopmentConstant(IOperation operation)
    {
        operation = OperationPaths.Unwrap(operation);
        return operation.ConstantValue is { HasValue: true, Value: string text } && IsDevelopmentName(text);
    }

    private static bool IsDevelopmentName(string name) => string.Equals(name, "Development", System.StringComparison.OrdinalIgnoreCase);

    private static bool AlwaysLeaves(IOperation statement) =>
        statement switch
        {
            IReturnOperation => true,
            IThrowOperation => true,
            IExpressionStatementOperation { Operation: IThrowOperation } => true,
            IBlockOperation block => block.Operations.Length > 0 && AlwaysLeaves(block.Operations[block.Operations.Length - 1]),
            _ => false,
        };
}
