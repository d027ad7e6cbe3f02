using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ServiceStandard.Analyzers.Flow;

/// <summary>What a value ends up named: the variable, field, property, parameter or dictionary key it is stored in.</summary>
internal readonly struct NamedTarget
{
    public NamedTarget(string name, string kind)
    {
        Name = name;
        Kind = kind;
    }

    /// <summary>The name: <c>AdminPassword</c>, <c>password</c>, <c>ConnectionStrings:Default</c>.</summary>
    public string Name { get; }

    /// <summary>What it is, for messages: field, property, variable, argument, key, return value.</summary>
    public string Kind { get; }
}

/// <summary>
/// Walks up from a value to the names it is given within its statement, nearest first. A value
/// inside <c>var token = Convert.ToBase64String(Make(random.Next()))</c> is named by the
/// arguments it passes through and then <c>token</c>.
/// </summary>
internal static class ValueTargets
{
    public static List<NamedTarget> Of(IOperation value, ISymbol? owner)
    {
        var names = new List<NamedTarget>();
        for (var current = value; current.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case IVariableInitializerOperation when parent.Parent is IVariableDeclaratorOperation declarator:
                    names.Add(new NamedTarget(declarator.Symbol.Name, "variable"));
                    return names;
                case IFieldInitializerOperation field when field.InitializedFields.Length > 0:
                    names.Add(new NamedTarget(field.InitializedFields[0].Name, "field"));
                    return names;
                case IPropertyInitializerOperation property when property.InitializedProperties.Length > 0:
                    names.Add(new NamedTarget(property.InitializedProperties[0].Name, "property"));
                    return names;
                case IParameterInitializerOperation parameter:
                    names.Add(new NamedTarget(parameter.Parameter.Name, "parameter default"));
                    return names;
                case ISimpleAssignmentOperation assignment when ReferenceEquals(assignment.Value, current):
                    if (NameOf(assignment.Target) is { } target)
                    {
                        names.Add(target);
                    }

                    return names;
                case IArgumentOperation argument when argument.Parameter is not null:
                    if (argument.Parent is IInvocationOperation { TargetMethod.Name: "Add" } add && add.Arguments.Length == 2 &&
                        ReferenceEquals(add.Arguments[1], argument) &&
                        add.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key })
                    {
                        names.Add(new NamedTarget(key, "key"));
                    }
                    else
                    {
                        names.Add(new NamedTarget(argument.Parameter.Name, "argument"));
                    }

                    break;
                case IReturnOperation:
                    if (owner is IMethodSymbol { MethodKind: not MethodKind.AnonymousFunction } method)
                    {
                        names.Add(new NamedTarget(method.AssociatedSymbol?.Name ?? method.Name, "return value"));
                    }

                    return names;
                case IExpressionStatementOperation:
                case IBlockOperation:
                case IAnonymousFunctionOperation:
                    return names;
            }
        }

        return names;
    }

    /// <summary>The name a target of an assignment stands for, including the key of <c>dict["Password"]</c>.</summary>
    public static NamedTarget? NameOf(IOperation target)
    {
        target = OperationPaths.Unwrap(target);
        return target switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: true } indexer when indexer.Arguments.Length == 1 &&
                indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key } => new NamedTarget(key, "key"),
            IPropertyReferenceOperation property => new NamedTarget(property.Property.Name, "property"),
            IFieldReferenceOperation field => new NamedTarget(field.Field.Name, "field"),
            ILocalReferenceOperation local => new NamedTarget(local.Local.Name, "variable"),
            IParameterReferenceOperation parameter => new NamedTarget(parameter.Parameter.Name, "parameter"),
            _ => null,
        };
    }
}
