using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ServiceStandard.Analyzers.Flow;

/// <summary>What a web application's request pipeline was seen to do.</summary>
internal static class PipelineFacts
{
    public const string HttpsRedirection = "https-redirection";
    public const string Hsts = "hsts";
    public const string HealthCheck = "health-check";
    public const string ExceptionHandler = "exception-handler";

    /// <summary>The fact, seen where the code is not limited to the Development environment.</summary>
    public static string OutsideDevelopment(string fact) => fact + "@outside-development";
}

/// <summary>One web application: where it is built, and what its pipeline does.</summary>
internal sealed class WebPipeline(Location location, IReadOnlyCollection<string> facts, IReadOnlyCollection<string> unseen)
{
    public Location Location { get; } = location;

    public IReadOnlyCollection<string> Facts { get; } = facts;

    /// <summary>Methods of the team's other projects the pipeline is passed to whose source is not at hand (a compiled project reference).</summary>
    public IReadOnlyCollection<string> Unseen { get; } = unseen;

    public bool Has(string fact) => Facts.Contains(fact);

    /// <summary>Whether the pipeline is known to lack the fact: not seen, and no unseen method could add it.</summary>
    public bool Lacks(string fact) => !Facts.Contains(fact) && Unseen.Count == 0;

    /// <summary>Whether the fact was seen only inside Development guards (<c>if (app.Environment.IsDevelopment())</c>), and no unseen method could add it elsewhere.</summary>
    public bool OnlyInDevelopment(string fact) => Facts.Contains(fact) && !Facts.Contains(PipelineFacts.OutsideDevelopment(fact)) && Unseen.Count == 0;
}

/// <summary>
/// Finds each web application a compilation builds — every <c>WebApplicationBuilder.Build()</c>
/// and every Startup-style <c>Configure(IApplicationBuilder …)</c> — and what is done to it: calls
/// made on the application (chained or not), on locals derived from it (<c>var api =
/// app.MapGroup("/api")</c>), on the builders of its branches (<c>app.UseWhen(p, branch =>
/// branch.UseExceptionHandler(…))</c>, <c>MapWhen</c>, <c>Map</c>) and, through parameters, inside the
/// team's own methods it is passed to (<c>app.MapOperationalEndpoints()</c>). Those methods may be in
/// another project of the solution (.NET Aspire's <c>app.MapDefaultEndpoints()</c> in ServiceDefaults):
/// when that project is a compilation reference its source is read too, up to
/// <see cref="MaxForeignDepth"/> calls deep. When it is compiled (a user's own build), what it does
/// cannot be known, and the pipeline records it as unseen rather than as lacking anything.
/// Calls made through fields are not seen.
/// </summary>
internal sealed class WebPipelines
{
    private static readonly Regex HealthRoute = SafeRegex.Create(
        @"(^|/)(health|healthz|healthcheck|healthchecks|health-check|health-checks|hc|ready|readyz|readiness|live|livez|liveness|ping|alive)(/|$|\?)",
        RegexOptions.IgnoreCase);

    /// <summary>How many calls deep the source of other projects' methods is read.</summary>
    private const int MaxForeignDepth = 6;

    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol? _webApplicationBuilder;
    private readonly INamedTypeSymbol? _applicationBuilder;
    private readonly INamedTypeSymbol? _endpointRouteBuilder;
    private readonly INamedTypeSymbol? _filterCollection;
    private readonly INamedTypeSymbol[] _exceptionFilters;
    private readonly ConcurrentDictionary<ISymbol, ConcurrentDictionary<string, byte>> _facts = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, ConcurrentBag<ISymbol>> _flowsTo = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentBag<(ISymbol? Root, Location Location, IReadOnlyCollection<string> Chain)> _roots = new();

    /// <summary>Parameters of methods whose body cannot be read: the method's name, for the record.</summary>
    private readonly ConcurrentDictionary<ISymbol, string> _unseen = new(SymbolEqualityComparer.Default);

    /// <summary>Facts registered for every pipeline of the compilation: a global MVC exception filter.</summary>
    private readonly ConcurrentDictionary<string, byte> _everyPipeline = new(StringComparer.Ordinal);

    /// <summary>Methods of other compilations whose bodies were read (at the end, on one thread).</summary>
    private readonly HashSet<IMethodSymbol> _read = new(SymbolEqualityComparer.Default);

    private WebPipelines(Compilation compilation)
    {
        _compilation = compilation;
        _webApplicationBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.WebApplicationBuilder");
        _applicationBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.IApplicationBuilder");
        _endpointRouteBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Routing.IEndpointRouteBuilder");
        _filterCollection = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.Filters.FilterCollection");
        _exceptionFilters =
        [
            .. new[] { "Microsoft.AspNetCore.Mvc.Filters.IExceptionFilter", "Microsoft.AspNetCore.Mvc.Filters.IAsyncExceptionFilter" }
                .Select(compilation.GetTypeByMetadataName)
                .OfType<INamedTypeSymbol>(),
        ];
    }

    /// <summary>Collects pipelines over the compilation and hands each one to <paramref name="onPipeline"/> at its end.</summary>
    public static void Register(CompilationStartAnalysisContext start, Action<CompilationAnalysisContext, WebPipeline> onPipeline)
    {
        var pipelines = new WebPipelines(start.Compilation);
        if (pipelines._applicationBuilder is null)
        {
            return;
        }

        start.RegisterOperationAction(pipelines.AnalyzeInvocation, OperationKind.Invocation);
        start.RegisterOperationAction(pipelines.AnalyzeUnresolved, OperationKind.Invalid);
        start.RegisterOperationAction(pipelines.AnalyzeDeclarator, OperationKind.VariableDeclarator);
        start.RegisterSymbolAction(pipelines.AnalyzeMethod, SymbolKind.Method);
        start.RegisterCompilationEndAction(end =>
        {
            foreach (var (root, location, chain) in pipelines._roots)
            {
                var facts = new HashSet<string>(chain);
                facts.UnionWith(pipelines._everyPipeline.Keys);
                var unseen = new SortedSet<string>(StringComparer.Ordinal);
                if (root is not null)
                {
                    pipelines.Collect(root, facts, unseen, new HashSet<ISymbol>(SymbolEqualityComparer.Default), 0, end.CancellationToken);
                }

                onPipeline(end, new WebPipeline(location, facts, unseen));
            }
        });
    }

    private void Collect(ISymbol symbol, HashSet<string> facts, SortedSet<string> unseen, HashSet<ISymbol> visited, int depth, System.Threading.CancellationToken cancellation)
    {
        if (!visited.Add(symbol))
        {
            return;
        }

        // A parameter of another project's method: read that method's source first.
        if (symbol is IParameterSymbol { ContainingSymbol: IMethodSymbol method } && !IsInThisCompilation(method))
        {
            if (depth >= MaxForeignDepth)
            {
                unseen.Add(method.Name);
                return;
            }

            depth++;
            if (!ReadForeignMethod(method, cancellation))
            {
                unseen.Add(method.Name);
            }
            else if (DeclaredInOwner(symbol, cancellation) is { } declared)
            {
                Collect(declared, facts, unseen, visited, depth, cancellation);
            }
        }

        if (_unseen.TryGetValue(symbol, out var name))
        {
            unseen.Add(name);
        }

        if (_facts.TryGetValue(symbol, out var own))
        {
            facts.UnionWith(own.Keys);
        }

        if (_flowsTo.TryGetValue(symbol, out var targets))
        {
            foreach (var target in targets)
            {
                Collect(target, facts, unseen, visited, depth, cancellation);
            }
        }
    }

    private bool IsInThisCompilation(IMethodSymbol method)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            if (!_compilation.ContainsSyntaxTree(reference.SyntaxTree))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Records what a method of a referenced project does to its parameters, as the operation actions do here.</summary>
    private bool ReadForeignMethod(IMethodSymbol method, System.Threading.CancellationToken cancellation)
    {
        if (!_read.Add(method))
        {
            return true;
        }

        var read = false;
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var owner = OwningCompilation(reference.SyntaxTree);
            if (owner is null)
            {
                continue;
            }

            // The driver gives models only for this compilation's trees; this one is a referenced project's.
            var model = owner.GetSemanticModel(reference.SyntaxTree);
            if (model.GetOperation(reference.GetSyntax(cancellation), cancellation) is not { } body)
            {
                continue;
            }

            read = true;
            foreach (var operation in body.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IInvocationOperation invocation:
                        RecordInvocation(invocation);
                        break;
                    case IInvalidOperation invalid:
                        RecordUnresolved(invalid);
                        break;
                    case IVariableDeclaratorOperation declarator:
                        RecordDeclarator(declarator);
                        break;
                }
            }
        }

        return read;
    }

    /// <summary>
    /// The parameter as its own project's model binds it, when this compilation sees another one: a
    /// project built against other versions of packages than this one (CS1705) is seen through a
    /// retargeting copy of its symbols, so what its method body does is recorded on the other.
    /// </summary>
    private ISymbol? DeclaredInOwner(ISymbol parameter, System.Threading.CancellationToken cancellation)
    {
        foreach (var reference in parameter.DeclaringSyntaxReferences)
        {
            if (OwningCompilation(reference.SyntaxTree) is { } owner &&
                owner.GetSemanticModel(reference.SyntaxTree).GetDeclaredSymbol(reference.GetSyntax(cancellation), cancellation) is IParameterSymbol declared &&
                !SymbolEqualityComparer.Default.Equals(declared, parameter))
            {
                return declared;
            }
        }

        return null;
    }

    /// <summary>The compilation, among this one's compilation references (transitively), that holds the tree.</summary>
    private Compilation? OwningCompilation(SyntaxTree tree)
    {
        var seen = new HashSet<Compilation>();
        var pending = new Queue<Compilation>();
        pending.Enqueue(_compilation);
        while (pending.Count > 0)
        {
            var compilation = pending.Dequeue();
            if (!seen.Add(compilation))
            {
                continue;
            }

            if (compilation.ContainsSyntaxTree(tree))
            {
                return compilation;
            }

            foreach (var reference in compilation.References.OfType<CompilationReference>())
            {
                pending.Enqueue(reference.Compilation);
            }
        }

        return null;
    }

    private void AnalyzeInvocation(OperationAnalysisContext context) => RecordInvocation((IInvocationOperation)context.Operation);

    private void AnalyzeUnresolved(OperationAnalysisContext context) => RecordUnresolved((IInvalidOperation)context.Operation);

    /// <summary>
    /// A call on the pipeline that does not bind because its package was not resolved: NWebsec's
    /// <c>app.UseHsts(h => h.MaxAge(365))</c> (NWebsec.AspNetCore.Middleware) has no overload in
    /// ASP.NET Core, whose <c>UseHsts()</c> takes no options. Both send Strict-Transport-Security,
    /// so the name on the application decides.
    /// </summary>
    private void RecordUnresolved(IInvalidOperation invalid)
    {
        if (invalid.Syntax is not Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax
            {
                Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { Name.Identifier.ValueText: "UseHsts" } member,
            } ||
            invalid.SemanticModel?.GetOperation(member.Expression) is not { } receiver ||
            !IsPipelineType(receiver.Type ?? OperationPaths.Unwrap(receiver).Type) ||
            OperationPaths.ChainRootSymbol(receiver) is not { } root)
        {
            return;
        }

        foreach (var fact in Marked(PipelineFacts.Hsts, invalid))
        {
            _facts.GetOrAdd(root, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal))[fact] = 0;
        }
    }

    /// <summary>
    /// A global MVC filter (<c>AddControllers(o => o.Filters.Add&lt;T&gt;())</c>, <c>Filters.Add(new T())</c>,
    /// <c>Filters.Add(typeof(T))</c>, <c>AddService&lt;T&gt;()</c>) that handles exceptions: an
    /// <c>IExceptionFilter</c>/<c>IAsyncExceptionFilter</c> (an <c>ExceptionFilterAttribute</c> is both).
    /// </summary>
    private bool IsGlobalExceptionFilter(IInvocationOperation invocation)
    {
        if (_filterCollection is null || invocation.TargetMethod.Name is not ("Add" or "AddService") ||
            invocation.Instance is not { } instance || !OperationPaths.IsOrInherits(OperationPaths.Unwrap(instance).Type, _filterCollection))
        {
            return false;
        }

        var filter = invocation.TargetMethod.TypeArguments.Length == 1 ? invocation.TargetMethod.TypeArguments[0] : null;
        if (filter is null && invocation.Arguments.Length > 0)
        {
            var value = OperationPaths.Unwrap(invocation.Arguments[0].Value);
            filter = value is ITypeOfOperation typeOf ? typeOf.TypeOperand : value.Type;
        }

        return filter is not null && _exceptionFilters.Any(f => OperationPaths.IsOrInherits(filter, f));
    }

    private void RecordInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (IsGlobalExceptionFilter(invocation))
        {
            _everyPipeline[PipelineFacts.ExceptionHandler] = 0;
            _everyPipeline[PipelineFacts.OutsideDevelopment(PipelineFacts.ExceptionHandler)] = 0;
            return;
        }

        if (method.Name == "Build" && _webApplicationBuilder is not null &&
            SymbolEqualityComparer.Default.Equals(method.ContainingType, _webApplicationBuilder) &&
            _compilation.ContainsSyntaxTree(invocation.Syntax.SyntaxTree))
        {
            var local = invocation.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } ? declarator.Symbol : null;
            _roots.Add((local, invocation.Syntax.GetLocation(), local is null ? FactsOfChainAbove(invocation) : Array.Empty<string>()));
            return;
        }

        var receiver = OperationPaths.Receiver(invocation);
        if (receiver is not null && IsPipelineType(receiver.Type ?? OperationPaths.Unwrap(receiver).Type) &&
            OperationPaths.ChainRootSymbol(receiver) is { } root)
        {
            foreach (var fact in FactsOf(invocation))
            {
                _facts.GetOrAdd(root, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal))[fact] = 0;
            }
        }

        // Branches: app.UseWhen(p, branch => branch.UseExceptionHandler(…)), MapWhen, Map, or a method
        // group: what is done to the branch's builder is part of app's pipeline.
        if (receiver is not null && IsPipelineType(receiver.Type ?? OperationPaths.Unwrap(receiver).Type) &&
            OperationPaths.ChainRootSymbol(receiver) is { } branchRoot)
        {
            foreach (var argument in invocation.Arguments)
            {
                var configure = OperationPaths.Unwrap(argument.Value) is IDelegateCreationOperation creation ? OperationPaths.Unwrap(creation.Target) : null;
                var parameters = configure switch
                {
                    IAnonymousFunctionOperation lambda => lambda.Symbol.Parameters,
                    IMethodReferenceOperation group => group.Method.OriginalDefinition.Parameters,
                    _ => default,
                };
                if (!parameters.IsDefaultOrEmpty && IsPipelineType(parameters[0].Type))
                {
                    _flowsTo.GetOrAdd(branchRoot, _ => new ConcurrentBag<ISymbol>()).Add(parameters[0]);
                    if (configure is IMethodReferenceOperation { Method: var target } && !HasSource(target))
                    {
                        NoteUnseen(parameters[0], target);
                    }
                }
            }
        }

        // app passed to one of the team's own methods: what that method does to its parameter counts.
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && IsPipelineType(OperationPaths.Unwrap(argument.Value).Type) &&
                OperationPaths.ChainRootSymbol(argument.Value) is { } passed)
            {
                var target = method.OriginalDefinition.Parameters.Length > parameter.Ordinal ? method.OriginalDefinition.Parameters[parameter.Ordinal] : parameter;
                if (HasSource(method))
                {
                    _flowsTo.GetOrAdd(passed, _ => new ConcurrentBag<ISymbol>()).Add(target);
                }
                else if (IsTeamAssembly(method.ContainingAssembly))
                {
                    _flowsTo.GetOrAdd(passed, _ => new ConcurrentBag<ISymbol>()).Add(target);
                    NoteUnseen(target, method);
                }
            }
        }
    }

    private void NoteUnseen(ISymbol parameter, IMethodSymbol method) =>
        _unseen.TryAdd(parameter, (method.ContainingType?.Name is { } type ? type + "." : string.Empty) + method.Name);

    private static bool HasSource(IMethodSymbol method) => method.OriginalDefinition.DeclaringSyntaxReferences.Length > 0;

    /// <summary>
    /// Whether a compiled assembly may be one of the team's own projects rather than the framework or a
    /// package: not Microsoft.*/System.*, and referenced from a build output (bin/, obj/) or from memory,
    /// not from a package folder.
    /// </summary>
    private bool IsTeamAssembly(IAssemblySymbol? assembly)
    {
        if (assembly is null || assembly.Name.StartsWith("Microsoft.", StringComparison.Ordinal) ||
            assembly.Name.StartsWith("System.", StringComparison.Ordinal) || assembly.Name is "System" or "netstandard" or "mscorlib")
        {
            return false;
        }

        if (_compilation.GetMetadataReference(assembly) is not PortableExecutableReference { FilePath: { } path })
        {
            return true;
        }

        var segments = path.Split('/', '\\');
        return segments.Contains("bin", StringComparer.OrdinalIgnoreCase) || segments.Contains("obj", StringComparer.OrdinalIgnoreCase);
    }

    private void AnalyzeDeclarator(OperationAnalysisContext context) => RecordDeclarator((IVariableDeclaratorOperation)context.Operation);

    private void RecordDeclarator(IVariableDeclaratorOperation declarator)
    {
        // var api = app.MapGroup("/api"): what is done to api is done to app's pipeline.
        if (declarator.Initializer?.Value is { } value && IsPipelineType(declarator.Symbol.Type) &&
            OperationPaths.ChainRootSymbol(value) is { } root && !SymbolEqualityComparer.Default.Equals(root, declarator.Symbol))
        {
            _flowsTo.GetOrAdd(declarator.Symbol, _ => new ConcurrentBag<ISymbol>()).Add(root);
            _flowsTo.GetOrAdd(root, _ => new ConcurrentBag<ISymbol>()).Add(declarator.Symbol);
            if (FactsOfChainAbove(value) is { Count: > 0 } chained)
            {
                foreach (var fact in chained)
                {
                    _facts.GetOrAdd(root, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal))[fact] = 0;
                }
            }
        }
    }

    private void AnalyzeMethod(SymbolAnalysisContext context)
    {
        // Startup.Configure(IApplicationBuilder app, …): the host builds this pipeline.
        var method = (IMethodSymbol)context.Symbol;
        if (method is { Name: "Configure", IsStatic: false, MethodKind: MethodKind.Ordinary, Parameters.Length: > 0 } &&
            OperationPaths.IsOrInherits(method.Parameters[0].Type, _applicationBuilder) &&
            method.Locations.FirstOrDefault() is { IsInSource: true } location)
        {
            _roots.Add((method.Parameters[0], location, Array.Empty<string>()));
        }
    }

    private static IReadOnlyCollection<string> FactsOfChainAbove(IOperation operation)
    {
        var facts = new List<string>();
        for (var current = operation.Parent; current is IInvocationOperation or IConversionOperation or IArgumentOperation; current = current.Parent)
        {
            if (current is IInvocationOperation call)
            {
                facts.AddRange(FactsOf(call));
            }
        }

        return facts;
    }

    private bool IsPipelineType(ITypeSymbol? type) =>
        type is not null && (OperationPaths.IsOrInherits(type, _applicationBuilder) || OperationPaths.IsOrInherits(type, _endpointRouteBuilder));

    /// <summary>The call's fact, and the same fact marked as outside Development unless only Development runs the call.</summary>
    private static IEnumerable<string> FactsOf(IInvocationOperation invocation) =>
        FactOf(invocation) is { } fact ? Marked(fact, invocation) : Array.Empty<string>();

    private static IEnumerable<string> Marked(string fact, IOperation at) =>
        DevelopmentGuard.IsDevelopmentOnly(at) ? [fact] : [fact, PipelineFacts.OutsideDevelopment(fact)];

    private static string? FactOf(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        switch (method.Name)
        {
            case "UseHttpsRedirection":
                return PipelineFacts.HttpsRedirection;
            case "UseHsts":
                return PipelineFacts.Hsts;
            case "MapHealthChecks" or "UseHealthChecks" or "MapHealthChecksUI":
                return PipelineFacts.HealthCheck;
            case "MapGet" or "Map" or "MapMethods" when invocation.Arguments.Length > 1 &&
                invocation.Arguments[1].Value.ConstantValue is { HasValue: true, Value: string pattern } && SafeRegex.IsMatch(HealthRoute, pattern):
                return PipelineFacts.HealthCheck;
            case "UseExceptionHandler":
                return PipelineFacts.ExceptionHandler;
            case "UseMiddleware" when method.TypeArguments.Length == 1 && NamesErrorHandling(method.TypeArguments[0].Name):
                return PipelineFacts.ExceptionHandler;
            case "UseMiddleware" when invocation.Arguments.Length > 1 && OperationPaths.Unwrap(invocation.Arguments[1].Value) is ITypeOfOperation typeOf &&
                NamesErrorHandling(typeOf.TypeOperand.Name):
                return PipelineFacts.ExceptionHandler;
            case "Use" or "UseWhen" when invocation.Descendants().Any(o => o is ITryOperation { Catches.Length: > 0 }):
                return PipelineFacts.ExceptionHandler;
            default:
                return null;
        }
    }

    private static bool NamesErrorHandling(string name) =>
        name.IndexOf("Exception", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("Error", StringComparison.OrdinalIgnoreCase) >= 0;
}
