using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ServiceStandard.Analyzers.Naming;

namespace ServiceStandard.Analyzers.Flow;

/// <summary>
/// The names around an operation that say what it is for: what its value is stored in or passed
/// to, the method and type it is in, the method's parameters, and the object it is called on.
/// Rules that flag an API only when it serves a security purpose (MD5 for passwords, Random for
/// tokens) look for their words here.
/// </summary>
internal static class SecurityContext
{
    /// <param name="wide">Also the method's parameters, the call's arguments and the type's name (what a hash is computed
    /// from says what it is for; what a random number is made from does not).</param>
    public static IEnumerable<string> NamesAround(IOperation operation, ISymbol? owner, bool wide)
    {
        foreach (var target in ValueTargets.Of(operation, owner))
        {
            yield return target.Name;
        }

        if (operation is IInvocationOperation invocation && OperationPaths.ChainRootSymbol(invocation.Instance ?? invocation) is { } receiver)
        {
            yield return receiver.Name;
        }

        if (operation is IInvocationOperation { Instance: IFieldReferenceOperation field })
        {
            yield return field.Field.Name;
        }

        if (operation is IInvocationOperation { Instance: IPropertyReferenceOperation property })
        {
            yield return property.Property.Name;
        }

        for (var symbol = owner; symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            if (symbol is IMethodSymbol method)
            {
                if (method.MethodKind is not MethodKind.AnonymousFunction)
                {
                    yield return method.AssociatedSymbol?.Name ?? method.Name;
                }

                if (wide)
                {
                    foreach (var parameter in method.Parameters)
                    {
                        yield return parameter.Name;
                    }
                }
            }
            else if (symbol is INamedTypeSymbol type)
            {
                if (wide)
                {
                    yield return type.Name;
                }

                break;
            }
            else
            {
                yield return symbol.Name;
            }
        }

        if (!wide)
        {
            yield break;
        }

        foreach (var argument in ArgumentsOf(operation))
        {
            foreach (var reference in argument.DescendantsAndSelf())
            {
                switch (reference)
                {
                    case ILocalReferenceOperation local:
                        yield return local.Local.Name;

                        // var bytes = Encoding.UTF8.GetBytes(user.Password); md5.ComputeHash(bytes)
                        foreach (var name in NamesInAssignments(local.Local, OperationPaths.Root(operation)))
                        {
                            yield return name;
                        }

                        break;
                    case IParameterReferenceOperation parameter:
                        yield return parameter.Parameter.Name;
                        break;
                    case IPropertyReferenceOperation propertyReference:
                        yield return propertyReference.Property.Name;
                        break;
                    case IFieldReferenceOperation fieldReference:
                        yield return fieldReference.Field.Name;
                        break;
                }
            }
        }
    }

    /// <summary>The first name around the operation holding one of the phrases, with the phrase, or null.</summary>
    public static (string Name, string Phrase)? Find(IOperation operation, ISymbol? owner, string[][] phrases, bool wide, string[][]? exclusions = null)
    {
        foreach (var name in NamesAround(operation, owner, wide))
        {
            var words = IdentifierWords.Split(name);
            if (exclusions is not null && IdentifierWords.FindPhrase(words, exclusions) is not null)
            {
                continue;
            }

            if (IdentifierWords.FindPhrase(words, phrases) is { } phrase)
            {
                return (name, string.Join(" ", phrase));
            }
        }

        return null;
    }

    /// <summary>The names of what a local is assigned from, one step back.</summary>
    private static IEnumerable<string> NamesInAssignments(ILocalSymbol local, IOperation body)
    {
        foreach (var assigned in OperationPaths.AssignedValues(local, body))
        {
            foreach (var reference in assigned.DescendantsAndSelf())
            {
                var name = reference switch
                {
                    ILocalReferenceOperation other when !SymbolEqualityComparer.Default.Equals(other.Local, local) => other.Local.Name,
                    IParameterReferenceOperation parameter => parameter.Parameter.Name,
                    IPropertyReferenceOperation property => property.Property.Name,
                    IFieldReferenceOperation field => field.Field.Name,
                    _ => null,
                };
                if (name is not null)
                {
                    yield return name;
                }
            }
        }
    }

    private static IEnumerable<IOperation> ArgumentsOf(IOperation operation) =>
        operation switch
        {
            IInvocationOperation invocation => Values(invocation.Arguments),
            IObjectCreationOperation creation => Values(creation.Arguments),
            _ => [],
        };

    private static IEnumerable<IOperation> Values(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            yield return argument.Value;
        }
    }
}
