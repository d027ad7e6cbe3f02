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
}

/// <summary>One web application: where it is built, and what its pipeline does.</summary>
internal sealed class WebPipeline(Location location, IReadOnlyCollection<string> facts)
{
    public Location Location { get; } = location;

    public IReadOnlyCollection<string> Facts { get; } = facts;

    public bool Has(string fact) => Facts.Contains(fact);
}

/// <summary>
/// Finds each web application a compilation builds — every <c>WebApplicationBuilder.Build()</c>
/// and every Startup-style <c>Configure(IApplicationBuilder …)</c> — and what is done to it: calls
/// made on the application (chained or not), on locals derived from it (<c>var api =
/// app.MapGroup("/api")</c>) and, through parameters, inside the project's own methods it is passed
/// to (<c>app.MapOperationalEndpoints()</c>), to any depth. Calls made through fields, or in
/// methods of other assemblies, are not seen.
/// </summary>
internal sealed class WebPipelines
{
    private static readonly Regex HealthRoute = SafeRegex.Create(
        @"(^|/)(health|healthz|healthcheck|healthchecks|health-check|health-checks|hc|ready|readyz|readiness|live|livez|liveness|ping|alive)(/|$|\?)",
        RegexOptions.IgnoreCase);

    private readonly INamedTypeSymbol? _webApplicationBuilder;
    private readonly INamedTypeSymbol? _applicationBuilder;
    private readonly INamedTypeSymbol? _endpointRouteBuilder;
    private readonly ConcurrentDictionary<ISymbol, ConcurrentDictionary<string, byte>> _facts = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, ConcurrentBag<ISymbol>> _flowsTo = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentBag<(ISymbol? Root, Location Location, IReadOnlyCollection<string> Chain)> _roots = new();

    private WebPipelines(Compilation compilation)
    {
        _webApplicationBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.WebApplicationBuilder");
        _applicationBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.IApplicationBuilder");
        _endpointRouteBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Routing.IEndpointRouteBuilder");
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
        start.RegisterOperationAction(pipelines.AnalyzeDeclarator, OperationKind.VariableDeclarator);
        start.RegisterSymbolAction(pipelines.AnalyzeMethod, SymbolKind.Method);
        start.RegisterCompilationEndAction(end =>
        {
            foreach (var (root, location, chain) in pipelines._roots)
            {
                var facts = new HashSet<string>(chain);
                if (root is not null)
                {
                    pipelines.Collect(root, facts, new HashSet<ISymbol>(SymbolEqualityComparer.Default));
                }

                onPipeline(end, new WebPipeline(location, facts));
            }
        });
    }

    private void Collect(ISymbol symbol, HashSet<string> facts, HashSet<ISymbol> visited)
    {
        if (!visited.Add(symbol))
        {
            return;
        }

        if (_facts.TryGetValue(symbol, out var own))
        {
            facts.UnionWith(own.Keys);
        }

        if (_flowsTo.TryGetValue(symbol, out var targets))
        {
            foreach (var target in targets)
            {
                Collect(target, facts, visited);
            }
        }
    }

    private void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;

        if (method.Name == "Build" && _webApplicationBuilder is not null &&
            SymbolEqualityComparer.Default.Equals(method.ContainingType, _webApplicationBuilder))
        {
            var local = invocation.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } ? declarator.Symbol : null;
            _roots.Add((local, invocation.Syntax.GetLocation(), local is null ? FactsOfChainAbove(invocation) : Array.Empty<string>()));
            return;
        }

        var receiver = OperationPaths.Receiver(invocation);
        if (receiver is not null && IsPipelineType(receiver.Type ?? OperationPaths.Unwrap(receiver).Type) &&
            OperationPaths.ChainRootSymbol(receiver) is { } root && FactOf(invocation) is { } fact)
        {
            _facts.GetOrAdd(root, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal))[fact] = 0;
        }

        // app passed to one of the project's own methods: what that method does to its parameter counts.
        if (method.Locations.Any(l => l.IsInSource))
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { } parameter && IsPipelineType(OperationPaths.Unwrap(argument.Value).Type) &&
                    OperationPaths.ChainRootSymbol(argument.Value) is { } passed)
                {
                    var target = method.OriginalDefinition.Parameters.Length > parameter.Ordinal ? method.OriginalDefinition.Parameters[parameter.Ordinal] : parameter;
                    _flowsTo.GetOrAdd(passed, _ => new ConcurrentBag<ISymbol>()).Add(target);
                }
            }
        }
    }

    private void AnalyzeDeclarator(OperationAnalysisContext context)
    {
        // var api = app.MapGroup("/api"): what is done to api is done to app's pipeline.
        var declarator = (IVariableDeclaratorOperation)context.Operation;
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
            if (current is IInvocationOperation call && FactOf(call) is { } fact)
            {
                facts.Add(fact);
            }
        }

        return facts;
    }

    private bool IsPipelineType(ITypeSymbol? type) =>
        type is not null && (OperationPaths.IsOrInherits(type, _applicationBuilder) || OperationPaths.IsOrInherits(type, _endpointRouteBuilder));

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
