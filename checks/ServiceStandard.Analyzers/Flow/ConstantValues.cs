using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ServiceStandard.Analyzers.Flow;

/// <summary>
/// Which values the compilation fixes in its own text: a bounded, interprocedural backward walk
/// from a value to everything that can be written to it. A local counts every assignment in its
/// method; a parameter of a method nobody outside the assembly can call counts the argument of
/// every call site in the compilation (the method must not be virtual, an override, or used as a
/// delegate); a private or readonly field counts its initializer and every write; a helper's
/// result counts everything it returns; an element of an array or collection counts what it was
/// created with and everything added or stored into it, as long as it only goes where that is
/// seen (element reads, or a parameter of the compilation's own methods that only reads it);
/// <c>string</c> methods of constants (<c>Split</c>, <c>Trim</c>, <c>Substring</c>…) give constants.
/// Anything else — a read from outside, a call the walk cannot see into, a cycle, or more than
/// <see cref="MaxHops"/> hops or <see cref="Budget"/> steps — is unknown, and unknown is not constant.
/// <see cref="ConstantSources"/> asks the other question — which constants can reach the value at
/// all — and there the compilation's own writes to a public field and calls through a base method
/// count too, though they do not make the value constant.
/// One instance per compilation: it indexes the compilation's names once, when first needed.
/// </summary>
internal sealed class ConstantValues
{
    /// <summary>How many symbols (locals, parameters, fields, helpers) a walk may pass through in a row.</summary>
    private const int MaxHops = 10;

    /// <summary>How many operations one question may look at before the answer is unknown.</summary>
    private const int Budget = 2000;

    /// <summary>How many uses of one name are bound to find a method's call sites or a field's writes.</summary>
    private const int MaxReferences = 5000;

    private readonly Compilation compilation;
    private readonly System.Lazy<NameIndex> names;
    private readonly bool internalsVisible;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ISymbol, List<IOperation>?> references = new(SymbolEqualityComparer.Default);

    public ConstantValues(Compilation compilation)
    {
        this.compilation = compilation;
        names = new System.Lazy<NameIndex>(IndexNames, LazyThreadSafetyMode.ExecutionAndPublication);
        internalsVisible = compilation.Assembly.GetAttributes().Any(a => a.AttributeClass?.Name == "InternalsVisibleToAttribute");
    }

    /// <summary>Whether every value <paramref name="value"/> can take is fixed by the compilation's text.</summary>
    public bool IsConstant(IOperation value, CancellationToken cancellation = default)
    {
        var walk = new Walk(this, stopAtUnknown: true, cancellation);
        walk.Value(value, Frame.Top(value), 0);
        return !walk.Unknown;
    }

    /// <summary>
    /// The constants (literals and other compile-time constants) that can reach <paramref name="value"/>,
    /// whether or not other, unknown values can reach it too.
    /// </summary>
    public IReadOnlyList<IOperation> ConstantSources(IOperation value, CancellationToken cancellation = default)
    {
        var walk = new Walk(this, stopAtUnknown: false, cancellation);
        walk.Value(value, Frame.Top(value), 0);
        return walk.Sources;
    }

    /// <summary>Every simple name in the compilation by its text, whether any file declares a using alias, and the names types derive from.</summary>
    private sealed class NameIndex(Dictionary<string, List<SimpleNameSyntax>> byText, bool hasAliases, HashSet<string> bases)
    {
        public Dictionary<string, List<SimpleNameSyntax>> ByText { get; } = byText;

        public bool HasAliases { get; } = hasAliases;

        /// <summary>Names in base lists: a static member of such a type can also be called through a derived type's name.</summary>
        public HashSet<string> Bases { get; } = bases;
    }

    private NameIndex IndexNames()
    {
        var index = new Dictionary<string, List<SimpleNameSyntax>>(System.StringComparer.Ordinal);
        var aliases = false;
        var bases = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is UsingDirectiveSyntax { Alias: not null })
                {
                    aliases = true;
                }

                if (node is BaseTypeSyntax { Type: var baseType } && RightmostName(baseType) is { } baseName)
                {
                    bases.Add(baseName);
                }

                if (node is SimpleNameSyntax name)
                {
                    var text = name.Identifier.ValueText;
                    if (!index.TryGetValue(text, out var list))
                    {
                        index[text] = list = [];
                    }

                    list.Add(name);
                }
            }
        }

        return new NameIndex(index, aliases, bases);
    }

    /// <summary>Every operation that names <paramref name="symbol"/>, or null when one of them cannot be told apart (a failed binding).</summary>
    private List<IOperation>? References(ISymbol symbol, CancellationToken cancellation) =>
        references.GetOrAdd(symbol, s => FindReferences(s, cancellation));

    private List<IOperation>? FindReferences(ISymbol symbol, CancellationToken cancellation)
    {
        var found = new List<IOperation>();
        if (!names.Value.ByText.TryGetValue(symbol.Name, out var all))
        {
            return found;
        }

        // Only names that can be this symbol are bound: a private member's within its type, a static
        // member's unqualified or qualified by its type's name (Juliet has a GoodG2BSink in every file).
        var candidates = new List<SimpleNameSyntax>();
        var type = symbol.ContainingType;
        foreach (var name in all)
        {
            if (symbol.DeclaredAccessibility == Accessibility.Private && type is not null &&
                !type.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == name.SyntaxTree && r.Span.Contains(name.Span)))
            {
                continue;
            }

            if (symbol.IsStatic && type is not null && !names.Value.HasAliases && !names.Value.Bases.Contains(type.Name) && name.Parent is MemberAccessExpressionSyntax member && member.Name == name &&
                RightmostName(member.Expression) is { } qualifier && qualifier != type.Name)
            {
                continue;
            }

            candidates.Add(name);
        }

        if (candidates.Count > MaxReferences)
        {
            // A name used everywhere: binding each is more than the question is worth.
            return null;
        }

        var original = symbol.OriginalDefinition;
        foreach (var name in candidates)
        {
            var model = compilation.GetSemanticModel(name.SyntaxTree);
            var info = model.GetSymbolInfo(name, cancellation);
            if (info.Symbol is null)
            {
                if (info.CandidateSymbols.Any(c => SymbolEqualityComparer.Default.Equals(c.OriginalDefinition, original)))
                {
                    return null;
                }

                continue;
            }

            if (!SymbolEqualityComparer.Default.Equals(info.Symbol.OriginalDefinition, original))
            {
                continue;
            }

            // nameof(Method) and cref="Method" name it without using it.
            if (name.Ancestors().Any(a => a is CrefSyntax or XmlNameAttributeSyntax ||
                a is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } }))
            {
                continue;
            }

            SyntaxNode node = name;
            if (node.Parent is MemberAccessExpressionSyntax member && member.Name == node)
            {
                node = member;
            }

            if (node.Parent is InvocationExpressionSyntax invocation && invocation.Expression == node)
            {
                node = invocation;
            }

            if (model.GetOperation(node, cancellation) is not { } operation)
            {
                return null;
            }

            found.Add(operation);
        }

        return found;
    }

    /// <summary>The last identifier of a qualifier (<c>Other</c> in <c>Ns.Other.Method</c>), or null when it is not a name.</summary>
    private static string? RightmostName(ExpressionSyntax expression) =>
        expression switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            _ => null,
        };

    /// <summary>Whether only this compilation can reach the symbol (private or internal all the way out, and no InternalsVisibleTo).</summary>
    private bool IsClosed(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            switch (current.DeclaredAccessibility)
            {
                case Accessibility.Private:
                    return true;
                case Accessibility.Internal or Accessibility.ProtectedAndInternal:
                    if (!internalsVisible)
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary>A method body being read, and for a helper whose result is followed, the call that reached it.</summary>
    private sealed class Frame
    {
        private Frame(IOperation body, IInvocationOperation? call, Frame? caller)
        {
            Body = body;
            Call = call;
            Caller = caller;
        }

        public IOperation Body { get; }

        public IInvocationOperation? Call { get; }

        public Frame? Caller { get; }

        public static Frame Top(IOperation operation) => new(OperationPaths.Root(operation), null, null);

        public Frame Enter(IOperation body, IInvocationOperation call) => new(body, call, this);

        /// <summary>The caller's argument for a parameter of this helper, null when this frame was not entered through a call.</summary>
        public IOperation? ArgumentFor(IParameterSymbol parameter)
        {
            if (Call is null)
            {
                return null;
            }

            foreach (var argument in Call.Arguments)
            {
                if (argument.Parameter is { } bound && SymbolEqualityComparer.Default.Equals(bound.OriginalDefinition, parameter.OriginalDefinition))
                {
                    return argument.Value;
                }
            }

            return null;
        }
    }

    private sealed class Walk(ConstantValues owner, bool stopAtUnknown, CancellationToken cancellation)
    {
        private readonly HashSet<(ISymbol, object?)> visiting = new(new SymbolKindComparer());
        private int steps;

        public bool Unknown { get; private set; }

        public List<IOperation> Sources { get; } = [];

        private bool Done => Unknown && stopAtUnknown;

        /// <summary>Follows a value back to what it can be.</summary>
        public void Value(IOperation operation, Frame frame, int hops)
        {
            if (Done || !Step())
            {
                return;
            }

            operation = OperationPaths.Unwrap(operation);
            if (operation.ConstantValue.HasValue)
            {
                Sources.Add(operation);
                return;
            }

            switch (operation)
            {
                case IDefaultValueOperation or INameOfOperation or ITypeOfOperation or ISizeOfOperation:
                    return;
                case IBinaryOperation binary:
                    Value(binary.LeftOperand, frame, hops);
                    Value(binary.RightOperand, frame, hops);
                    return;
                case IUnaryOperation unary:
                    Value(unary.Operand, frame, hops);
                    return;
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation hole)
                        {
                            Value(hole.Expression, frame, hops);
                        }
                    }

                    return;
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    Value(conditional.WhenTrue, frame, hops);
                    Value(whenFalse, frame, hops);
                    return;
                case ICoalesceOperation coalesce:
                    Value(coalesce.Value, frame, hops);
                    Value(coalesce.WhenNull, frame, hops);
                    return;
                case ISwitchExpressionOperation switchExpression:
                    foreach (var arm in switchExpression.Arms)
                    {
                        Value(arm.Value, frame, hops);
                    }

                    return;
                case ILocalReferenceOperation local:
                    Local(local.Local, local, frame, hops, contents: null);
                    return;
                case IParameterReferenceOperation parameter:
                    Parameter(parameter.Parameter, frame, hops, contents: null);
                    return;
                case IFieldReferenceOperation { Field: { Name: "Empty", ContainingType.SpecialType: SpecialType.System_String } }:
                    return;
                case IFieldReferenceOperation { Instance: { } instance } field when OperationPaths.Unwrap(instance) is not IInstanceReferenceOperation:
                    // container.containerOne: what was stored in this object's field, else what any write gives the field.
                    var before = Unknown;
                    Unknown = false;
                    Contents(instance, frame, hops, field.Field);
                    if (Unknown)
                    {
                        Unknown = before;
                        Field(field.Field, hops, contents: null);
                    }
                    else
                    {
                        Unknown = before;
                    }

                    return;
                case IFieldReferenceOperation field:
                    Field(field.Field, hops, contents: null);
                    return;
                case IArrayElementReferenceOperation element:
                    Elements(element.ArrayReference, frame, hops);
                    return;
                case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } collection } when IsCollection(collection.Type):
                    Elements(collection, frame, hops);
                    return;
                case IPropertyReferenceOperation { Property.Name: "Value", Instance: IPropertyReferenceOperation { Property.Name: "First" or "Last", Instance: { } linked } } when IsCollection(linked.Type):
                    // linkedList.Last.Value
                    Elements(linked, frame, hops);
                    return;
                case IInvocationOperation invocation:
                    Invocation(invocation, frame, hops);
                    return;
                default:
                    Unknown = true;
                    return;
            }
        }

        private void Invocation(IInvocationOperation invocation, Frame frame, int hops)
        {
            var method = invocation.TargetMethod;
            if (method.ContainingType?.SpecialType == SpecialType.System_String ||
                (method.Name == "ToString" && method.Parameters.Length == 0 && invocation.Instance is { } instance &&
                 (OperationPaths.IsStringType(instance.Type) || OperationPaths.IsInertValueType(instance.Type))))
            {
                // string's methods are functions of their receiver and arguments: "a-b".Split('-'), s.Trim().
                if (invocation.Instance is { } receiver)
                {
                    Value(receiver, frame, hops);
                }

                foreach (var argument in invocation.Arguments)
                {
                    if (OperationPaths.Unwrap(argument.Value) is IArrayCreationOperation { Initializer: { } initializer })
                    {
                        foreach (var element in initializer.ElementValues)
                        {
                            Value(element, frame, hops);
                        }
                    }
                    else
                    {
                        Value(argument.Value, frame, hops);
                    }
                }

                return;
            }

            if (method.Name is "ElementAt" or "First" or "Last" or "Single" or "FirstOrDefault" or "LastOrDefault" or "SingleOrDefault" &&
                OperationPaths.IsInNamespace(method.ContainingType, "System.Linq") && invocation.Arguments.Length is 1 or 2 &&
                OperationPaths.Receiver(invocation) is { } source)
            {
                Elements(source, frame, hops);
                return;
            }

            if (method.Name is "Peek" or "Pop" or "Dequeue" or "Get" or "GetValueOrDefault" && invocation.Instance is { } bag && IsCollection(bag.Type))
            {
                Elements(bag, frame, hops);
                return;
            }

            if (hops >= MaxHops || method.MethodKind != MethodKind.Ordinary || method.IsVirtual || method.IsAbstract || method.IsOverride ||
                MethodBodies.Of(method, owner.compilation, cancellation) is not { } body)
            {
                Unknown = true;
                return;
            }

            if (!Enter(method, contents: null))
            {
                return;
            }

            var any = false;
            var callee = frame.Enter(body, invocation);
            foreach (var returned in MethodBodies.ReturnedValues(body))
            {
                any = true;
                Value(returned, callee, hops + 1);
            }

            Leave(method, contents: null);
            if (!any)
            {
                Unknown = true;
            }
        }

        /// <summary>A local: every value written to it in its method.</summary>
        /// <param name="read">The read being followed: writes every path to it overwrites are left out.</param>
        private void Local(ILocalSymbol local, IOperation? read, Frame frame, int hops, object? contents)
        {
            if (!Enter(local, contents))
            {
                return;
            }

            var overwrites = read is null || contents is not null ? [] : Overwrites(read, local);
            var written = false;
            foreach (var operation in frame.Body.Descendants())
            {
                if (Done)
                {
                    break;
                }

                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        if (declarator.Initializer is { } initializer)
                        {
                            written = true;
                            if (!IsOverwritten(declarator, overwrites))
                            {
                                Assigned(initializer.Value, frame, hops, contents);
                            }
                        }

                        break;
                    case IForEachLoopOperation loop when loop.Locals.Contains(local, SymbolEqualityComparer.Default):
                        written = true;
                        if (contents is not null)
                        {
                            Unknown = true;
                        }
                        else
                        {
                            Elements(loop.Collection, frame, hops);
                        }

                        break;
                    case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local):
                        if (IsOverwritten(reference, overwrites) && reference.Parent is ISimpleAssignmentOperation overwritten && ReferenceEquals(overwritten.Target, reference))
                        {
                            written = true;
                        }
                        else if (Use(reference, frame, hops, contents))
                        {
                            written = true;
                        }

                        break;
                }
            }

            Leave(local, contents);
            if (!written)
            {
                // out variables, pattern and catch variables: written by what the walk cannot see.
                Unknown = true;
            }
        }

        /// <summary>
        /// Where the local is overwritten on every path to <paramref name="read"/>: <c>x = …;</c> statements
        /// earlier in a block the read is in (Juliet's goodG2B: <c>data = "7e5tc4s3"; data = Console.ReadLine();</c>).
        /// A write in a try block or a branch is not on every path, so it overwrites nothing.
        /// </summary>
        private static List<int> Overwrites(IOperation read, ILocalSymbol local)
        {
            var positions = new List<int>();
            for (IOperation child = read, parent = read.Parent!; parent is not null; child = parent, parent = parent.Parent!)
            {
                if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    break;
                }

                if (parent is IBlockOperation block)
                {
                    foreach (var statement in block.Operations)
                    {
                        if (ReferenceEquals(statement, child))
                        {
                            break;
                        }

                        if (statement is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment } &&
                            OperationPaths.Unwrap(assignment.Target) is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local))
                        {
                            positions.Add(statement.Syntax.SpanStart);
                        }
                    }
                }
            }

            return positions;
        }

        /// <summary>Whether a write comes before one of the overwrites (and so never reaches the read); writes in lambdas run whenever.</summary>
        private static bool IsOverwritten(IOperation write, List<int> overwrites)
        {
            if (overwrites.Count == 0)
            {
                return false;
            }

            for (var parent = write.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return false;
                }
            }

            var at = write.Syntax.SpanStart;
            return overwrites.Exists(p => p > at);
        }

        /// <summary>A parameter: its argument when the walk came through the call, else every call site's argument.</summary>
        private void Parameter(IParameterSymbol parameter, Frame frame, int hops, object? contents)
        {
            if (parameter.RefKind != RefKind.None || parameter.IsParams || parameter.ContainingSymbol is not IMethodSymbol method)
            {
                Unknown = true;
                return;
            }

            if (!Enter(parameter, contents))
            {
                return;
            }

            // Writes to the parameter inside its method (and, for a collection, what is stored into it).
            foreach (var operation in frame.Body.Descendants())
            {
                if (operation is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter))
                {
                    Use(reference, frame, hops, contents);
                }
            }

            if (frame.ArgumentFor(parameter) is { } argument && frame.Caller is { } caller)
            {
                Assigned(argument, caller, hops, contents);
            }
            else if (frame.Call is not null)
            {
                // The call left it out: the parameter's default value.
                if (!parameter.HasExplicitDefaultValue)
                {
                    Unknown = true;
                }
            }
            else
            {
                CallSites(method, parameter, hops, contents);
            }

            Leave(parameter, contents);
        }

        private void CallSites(IMethodSymbol method, IParameterSymbol parameter, int hops, object? contents)
        {
            if (hops >= MaxHops || method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction) || method.IsExtern || method.IsExtensionMethod)
            {
                Unknown = true;
                return;
            }

            // The methods a call can name and still run this one: it and those it overrides (Juliet's
            // baseObject.Action(data) reaching an override).
            var targets = new List<IMethodSymbol> { method };
            for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
            {
                targets.Add(overridden);
            }

            // Who else can call it: code outside the assembly, or a call through an interface.
            var open = !method.ExplicitInterfaceImplementations.IsEmpty || ImplementsInterface(method) || targets.Exists(t => !owner.IsClosed(t));
            if (open)
            {
                Unknown = true;
                if (stopAtUnknown)
                {
                    return;
                }
            }

            var calls = 0;
            foreach (var target in targets)
            {
                if (owner.References(target, cancellation) is not { } references)
                {
                    Unknown = true;
                    continue;
                }

                foreach (var reference in references)
                {
                    if (reference is not IInvocationOperation call || !SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, target.OriginalDefinition))
                    {
                        // A method group: a delegate can be called with anything.
                        Unknown = true;
                        continue;
                    }

                    if (RunsElsewhere(call, method))
                    {
                        // The object it is called on is of a type whose own override runs instead.
                        continue;
                    }

                    calls++;
                    var site = Frame.Top(call);
                    var found = false;
                    foreach (var argument in call.Arguments)
                    {
                        if (argument.Parameter is { } bound && bound.Ordinal == parameter.Ordinal)
                        {
                            found = true;
                            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                            {
                                if (!parameter.HasExplicitDefaultValue)
                                {
                                    Unknown = true;
                                }
                            }
                            else
                            {
                                Assigned(argument.Value, site, hops + 1, contents);
                            }
                        }
                    }

                    if (!found)
                    {
                        Unknown = true;
                    }
                }
            }

            if (calls == 0)
            {
                Unknown = true;
            }
        }

        /// <summary>
        /// Whether a virtual call certainly runs another method than <paramref name="method"/>: it is made
        /// on a new object, or a local every write to which is a new object, of types whose
        /// implementation is not <paramref name="method"/>.
        /// </summary>
        private static bool RunsElsewhere(IInvocationOperation call, IMethodSymbol method)
        {
            if (SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, method.OriginalDefinition) || call.Instance is null)
            {
                return false;
            }

            var receiver = OperationPaths.Unwrap(call.Instance);
            var created = new List<IOperation>();
            if (receiver is IObjectCreationOperation)
            {
                created.Add(receiver);
            }
            else if (receiver is ILocalReferenceOperation local)
            {
                var body = OperationPaths.Root(call);
                foreach (var operation in body.Descendants())
                {
                    if (operation is ILocalReferenceOperation { Parent: IArgumentOperation { Parameter.RefKind: not RefKind.None } } passed &&
                        SymbolEqualityComparer.Default.Equals(passed.Local, local.Local))
                    {
                        return false;
                    }
                }

                created.AddRange(OperationPaths.AssignedValues(local.Local, body).Select(OperationPaths.Unwrap));
            }

            if (created.Count == 0)
            {
                return false;
            }

            foreach (var value in created)
            {
                if (value is not IObjectCreationOperation { Type: INamedTypeSymbol type } ||
                    SymbolEqualityComparer.Default.Equals(Implementation(type, call.TargetMethod)?.OriginalDefinition, method.OriginalDefinition))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The method a virtual call to <paramref name="target"/> runs on an object of <paramref name="type"/>.</summary>
        private static IMethodSymbol? Implementation(INamedTypeSymbol type, IMethodSymbol target)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var member in current.GetMembers(target.Name))
                {
                    for (var candidate = member as IMethodSymbol; candidate is not null; candidate = candidate.OverriddenMethod)
                    {
                        if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, target.OriginalDefinition))
                        {
                            return (IMethodSymbol)member;
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>A field: its initializer and every write in the compilation; private or readonly only, so nothing outside writes it.</summary>
        private void Field(IFieldSymbol field, int hops, object? contents)
        {
            if (hops >= MaxHops || field.IsVolatile || !field.Locations.Any(l => l.IsInSource) || field.ContainingType is null)
            {
                Unknown = true;
                return;
            }

            if (!(field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private) || IsSerialised(field))
            {
                // Others may write it too; when only some of the values are asked for, the compilation's writes still count.
                Unknown = true;
                if (stopAtUnknown)
                {
                    return;
                }
            }

            if (!Enter(field, contents))
            {
                return;
            }

            var written = false;
            foreach (var reference in field.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellation) is VariableDeclaratorSyntax { Initializer.Value: { } initializer } &&
                    owner.compilation.ContainsSyntaxTree(reference.SyntaxTree) &&
                    owner.compilation.GetSemanticModel(reference.SyntaxTree).GetOperation(initializer, cancellation) is { } value)
                {
                    written = true;
                    Assigned(value, Frame.Top(value), hops + 1, contents);
                }
            }

            if (owner.References(field, cancellation) is not { } uses)
            {
                Unknown = true;
            }
            else
            {
                foreach (var use in uses)
                {
                    if (Use(use, Frame.Top(use), hops + 1, contents))
                    {
                        written = true;
                    }
                }
            }

            Leave(field, contents);
            if (!written)
            {
                // Never written in code: something else (a serialiser, reflection) may set it.
                Unknown = true;
            }
        }

        /// <summary>
        /// One use of a local, parameter or field: a write follows what is written (for a collection,
        /// also what is stored into it), a read is nothing unless the collection goes somewhere that
        /// could fill it. Returns whether it was a write of the variable itself.
        /// </summary>
        private bool Use(IOperation reference, Frame frame, int hops, object? contents)
        {
            var current = reference;
            while (current.Parent is IConversionOperation or IParenthesizedOperation)
            {
                current = current.Parent;
            }

            if (current.Syntax.Parent is RefExpressionSyntax)
            {
                // ref var alias = ref field: writes through the alias are not seen.
                Unknown = true;
                return true;
            }

            switch (current.Parent)
            {
                case IAssignmentOperation assignment when ReferenceEquals(assignment.Target, current):
                    Assigned(assignment.Value, frame, hops, contents);
                    if (assignment is ICompoundAssignmentOperation && contents is not null)
                    {
                        Unknown = true;
                    }

                    return true;
                case IIncrementOrDecrementOperation:
                    return true;
                case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref }:
                    Unknown = true;
                    return true;
                case IDeconstructionAssignmentOperation:
                    Unknown = true;
                    return true;
            }

            if (contents is null)
            {
                return false;
            }

            if (contents is IFieldSymbol member)
            {
                return UseOfObject(current, member, frame, hops);
            }

            // What the collection is used for: stores into it, and where it goes.
            switch (current.Parent)
            {
                case IArrayElementReferenceOperation element when ReferenceEquals(element.ArrayReference, current):
                    if (WrittenValue(element) is { } stored)
                    {
                        Value(stored, frame, hops);
                    }

                    return false;
                case IPropertyReferenceOperation { Property.IsIndexer: true } indexer when ReferenceEquals(indexer.Instance, current):
                    if (WrittenValue(indexer) is { } put)
                    {
                        Value(put, frame, hops);
                    }

                    return false;
                case IPropertyReferenceOperation { Property.Name: "First" or "Last" } node:
                    // linkedList.Last.Value = v writes through the node; reading it is nothing.
                    switch (node.Parent)
                    {
                        case IPropertyReferenceOperation { Property.Name: "Value" } value when WrittenValue(value) is { } written:
                            Value(written, frame, hops);
                            break;
                        case IPropertyReferenceOperation { Property.Name: "Value" } or IBinaryOperation or IIsPatternOperation:
                            break;
                        default:
                            Unknown = true;
                            break;
                    }

                    return false;
                case IPropertyReferenceOperation { Property.Name: "Length" or "Count" or "Keys" or "Values" or "Rank" }:
                    return false;
                case IInvocationOperation call when ReferenceEquals(call.Instance, current):
                    switch (call.TargetMethod.Name)
                    {
                        case "Add" or "AddLast" or "AddFirst" or "Insert" or "Push" or "Enqueue" or "TryAdd" or "Set" or "SetValue":
                            // The value stored is the last argument: Add(item), Add(key, value), Insert(index, item).
                            if (call.Arguments.Length > 0)
                            {
                                Value(call.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Last().Value, frame, hops);
                            }

                            return false;
                        case "Contains" or "ContainsKey" or "ContainsValue" or "IndexOf" or "GetEnumerator" or "ToString" or "GetHashCode" or "Equals" or
                            "Clear" or "Remove" or "RemoveAt" or "Peek" or "Pop" or "Dequeue" or "Get" or "GetValue" or "TryGetValue" or "ElementAt":
                            return false;
                        default:
                            Unknown = true;
                            return false;
                    }

                case IForEachLoopOperation:
                    return false;
                case IArgumentOperation { Parent: IInvocationOperation call } argument when argument.Parameter is { } parameter:
                    // Into LINQ or our own method: must only be read there.
                    if (!(OperationPaths.IsInNamespace(call.TargetMethod.ContainingType, "System.Linq") || OnlyRead(call, parameter, hops, contents)))
                    {
                        Unknown = true;
                    }

                    return false;
                case IVariableInitializerOperation or IReturnOperation or IArgumentOperation:
                    // Copied elsewhere (an alias): the walk cannot see writes through the alias.
                    Unknown = true;
                    return false;
                case IBinaryOperation or IIsPatternOperation or IIsTypeOperation:
                    // names != null
                    return false;
                default:
                    // Anything else may store into it or keep an alias: a field = names, a lambda capturing it.
                    Unknown = true;
                    return false;
            }
        }

        /// <summary>
        /// One use of a variable holding an object whose field <paramref name="member"/> is followed: a
        /// store into that field follows the value stored; reading it or other fields is nothing; the
        /// object going into our own method must only be read there; anything else (its own methods,
        /// an alias) may write the field.
        /// </summary>
        private bool UseOfObject(IOperation current, IFieldSymbol member, Frame frame, int hops)
        {
            switch (current.Parent)
            {
                case IFieldReferenceOperation field when ReferenceEquals(field.Instance, current):
                    if (!SymbolEqualityComparer.Default.Equals(field.Field.OriginalDefinition, member.OriginalDefinition))
                    {
                        return false;
                    }

                    var access = (IOperation)field;
                    while (access.Parent is IConversionOperation or IParenthesizedOperation)
                    {
                        access = access.Parent;
                    }

                    switch (access.Parent)
                    {
                        case ISimpleAssignmentOperation assignment when ReferenceEquals(assignment.Target, access):
                            Value(assignment.Value, frame, hops);
                            break;
                        case IAssignmentOperation or IIncrementOrDecrementOperation or IArgumentOperation { Parameter.RefKind: not RefKind.None } or IDeconstructionAssignmentOperation:
                            Unknown = true;
                            break;
                    }

                    return false;
                case IArgumentOperation { Parent: IInvocationOperation call } argument when argument.Parameter is { } parameter:
                    if (!OnlyRead(call, parameter, hops, member))
                    {
                        Unknown = true;
                    }

                    return false;
                case IBinaryOperation or IIsPatternOperation or IIsTypeOperation:
                    return false;
                default:
                    Unknown = true;
                    return false;
            }
        }

        /// <summary>What a new object puts in <paramref name="member"/>: its initializer, the object initializer's value; a constructor of ours may write it.</summary>
        private void Holding(IOperation value, Frame frame, int hops, IFieldSymbol member)
        {
            value = OperationPaths.Unwrap(value);
            switch (value)
            {
                case IObjectCreationOperation creation when creation.Constructor is { IsImplicitlyDeclared: true } &&
                    SymbolEqualityComparer.Default.Equals(creation.Type?.OriginalDefinition, member.ContainingType.OriginalDefinition):
                    var initialised = false;
                    foreach (var initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
                    {
                        if (initializer is ISimpleAssignmentOperation { Target: IFieldReferenceOperation target } assignment)
                        {
                            if (SymbolEqualityComparer.Default.Equals(target.Field.OriginalDefinition, member.OriginalDefinition))
                            {
                                initialised = true;
                                Value(assignment.Value, frame, hops);
                            }
                        }
                        else if (initializer is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation })
                        {
                            Unknown = true;
                        }
                    }

                    if (!initialised)
                    {
                        FieldInitializer(member, hops);
                    }

                    return;
                case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation:
                    Contents(value, frame, hops, member);
                    return;
                default:
                    if (value.ConstantValue is not { HasValue: true, Value: null } && value is not IDefaultValueOperation)
                    {
                        Unknown = true;
                    }

                    return;
            }
        }

        /// <summary>The value a field starts with: its initializer, or its type's default.</summary>
        private void FieldInitializer(IFieldSymbol field, int hops)
        {
            foreach (var reference in field.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellation) is VariableDeclaratorSyntax { Initializer.Value: { } initializer } &&
                    owner.compilation.ContainsSyntaxTree(reference.SyntaxTree) &&
                    owner.compilation.GetSemanticModel(reference.SyntaxTree).GetOperation(initializer, cancellation) is { } value)
                {
                    Value(value, Frame.Top(value), hops + 1);
                }
            }
        }

        /// <summary>Whether a collection passed to <paramref name="call"/> is only read there (our own method, not virtual, no stores).</summary>
        private bool OnlyRead(IInvocationOperation call, IParameterSymbol parameter, int hops, object contents)
        {
            var method = call.TargetMethod;
            if (hops >= MaxHops || method.IsVirtual || method.IsAbstract || method.IsOverride || parameter.RefKind != RefKind.None ||
                MethodBodies.Of(method, owner.compilation, cancellation) is not { } body)
            {
                return false;
            }

            var declared = parameter.OriginalDefinition;
            if (!Enter(declared, contents))
            {
                // Already looking at its uses further up.
                return true;
            }

            var before = Unknown;
            Unknown = false;
            foreach (var operation in body.Descendants())
            {
                if (operation is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter.OriginalDefinition, declared))
                {
                    if (Use(reference, Frame.Top(reference), hops + 1, contents))
                    {
                        Unknown = true;
                    }
                }
            }

            var clean = !Unknown;
            Unknown = before || Unknown;
            Leave(declared, contents);
            return clean;
        }

        /// <summary>The value written through an element access (<c>a[2] = v</c>), or null when it is read.</summary>
        private static IOperation? WrittenValue(IOperation element)
        {
            var current = element;
            while (current.Parent is IConversionOperation or IParenthesizedOperation)
            {
                current = current.Parent;
            }

            return current.Parent is IAssignmentOperation assignment && ReferenceEquals(assignment.Target, current) ? assignment.Value : null;
        }

        /// <summary>A value written to a variable: for a collection variable, the collection it now holds.</summary>
        private void Assigned(IOperation value, Frame frame, int hops, object? contents)
        {
            if (contents is IFieldSymbol member)
            {
                Holding(value, frame, hops, member);
            }
            else if (contents is not null)
            {
                Created(value, frame, hops);
            }
            else
            {
                Value(value, frame, hops);
            }
        }

        /// <summary>The elements of an array or collection.</summary>
        private void Elements(IOperation collection, Frame frame, int hops) => Contents(collection, frame, hops, AnyElement);

        /// <summary>What a variable's array, collection or object holds: its elements, or one of its fields.</summary>
        private void Contents(IOperation collection, Frame frame, int hops, object contents)
        {
            if (Done || !Step())
            {
                return;
            }

            collection = OperationPaths.Unwrap(collection);
            switch (collection)
            {
                case ILocalReferenceOperation local:
                    Local(local.Local, null, frame, hops, contents);
                    return;
                case IParameterReferenceOperation parameter:
                    Parameter(parameter.Parameter, frame, hops, contents);
                    return;
                case IFieldReferenceOperation field:
                    Field(field.Field, hops, contents);
                    return;
                default:
                    Assigned(collection, frame, hops, contents);
                    return;
            }
        }

        /// <summary>What a collection was made from: an array or collection initializer, a copy of another collection, or a string method of constants.</summary>
        private void Created(IOperation value, Frame frame, int hops)
        {
            value = OperationPaths.Unwrap(value);
            switch (value)
            {
                case IArrayCreationOperation array:
                    if (array.Initializer is { } initializer)
                    {
                        foreach (var element in initializer.ElementValues)
                        {
                            Value(element, frame, hops);
                        }
                    }

                    return;
                case IObjectCreationOperation creation when IsCollection(creation.Type):
                    foreach (var argument in creation.Arguments)
                    {
                        if (!OperationPaths.IsInertValueType(argument.Value.Type))
                        {
                            Elements(argument.Value, frame, hops);
                        }
                    }

                    if (creation.Initializer is { } filled)
                    {
                        foreach (var added in filled.Initializers)
                        {
                            switch (added)
                            {
                                case IInvocationOperation add when add.Arguments.Length > 0:
                                    Value(add.Arguments[add.Arguments.Length - 1].Value, frame, hops);
                                    break;
                                case ISimpleAssignmentOperation put:
                                    Value(put.Value, frame, hops);
                                    break;
                                default:
                                    Unknown = true;
                                    break;
                            }
                        }
                    }

                    return;
                case IDefaultValueOperation:
                    return;
                case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation:
                    // b = a: the elements of a.
                    Elements(value, frame, hops);
                    return;
                case IInvocationOperation invocation when invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String:
                    // "a-b".Split('-'): made of constants, so are its elements.
                    Value(invocation, frame, hops);
                    return;
                default:
                    if (value.ConstantValue is { HasValue: true, Value: null })
                    {
                        return;
                    }

                    Unknown = true;
                    return;
            }
        }

        private bool Step()
        {
            if (cancellation.IsCancellationRequested || ++steps > Budget)
            {
                Unknown = true;
                return false;
            }

            return true;
        }

        /// <summary>Cycle guard: a symbol already being followed adds nothing new.</summary>
        private bool Enter(ISymbol symbol, object? contents) => visiting.Add((symbol, contents));

        private void Leave(ISymbol symbol, object? contents) => visiting.Remove((symbol, contents));
    }

    /// <summary>Collections of the base library: arrays, System.Collections and System.Collections.Generic types.</summary>
    private static bool IsCollection(ITypeSymbol? type) =>
        type is IArrayTypeSymbol ||
        (type?.ContainingNamespace?.ToDisplayString() is "System.Collections" or "System.Collections.Generic" or "System.Collections.Concurrent" &&
         type.TypeKind == TypeKind.Class);

    private static bool ImplementsInterface(IMethodSymbol method)
    {
        if (method.ContainingType is not { } type || method.IsStatic)
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            foreach (var member in implemented.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Fields a serialiser or ORM may set: any attribute on the field, or a [Serializable]/[DataContract] type.</summary>
    private static bool IsSerialised(IFieldSymbol field) =>
        !field.IsConst && (field.GetAttributes().Length > 0 ||
        field.ContainingType.GetAttributes().Any(a => a.AttributeClass?.Name is "SerializableAttribute" or "DataContractAttribute"));

    /// <summary>What of a variable a walk follows when it is not the value itself: any element it holds.</summary>
    private static readonly object AnyElement = new();

    private sealed class SymbolKindComparer : IEqualityComparer<(ISymbol Symbol, object? Contents)>
    {
        public bool Equals((ISymbol Symbol, object? Contents) x, (ISymbol Symbol, object? Contents) y) =>
            SymbolEqualityComparer.Default.Equals(x.Symbol, y.Symbol) &&
            (x.Contents is ISymbol a && y.Contents is ISymbol b ? SymbolEqualityComparer.Default.Equals(a, b) : ReferenceEquals(x.Contents, y.Contents));

        public int GetHashCode((ISymbol Symbol, object? Contents) obj) =>
            SymbolEqualityComparer.Default.GetHashCode(obj.Symbol) * 31 +
            (obj.Contents is ISymbol member ? SymbolEqualityComparer.Default.GetHashCode(member) : obj.Contents is null ? 0 : 1);
    }
}
