using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0016: log forging (CWE-117). Request data (see <see cref="RequestInput"/>) written into the
/// message template of a logging call — Microsoft.Extensions.Logging's <c>Log*</c>,
/// <c>Log(level, …)</c> and <c>BeginScope</c>, Serilog's <c>Log.*</c> and <c>ILogger.*</c>,
/// <c>Trace.TraceInformation/TraceWarning/TraceError</c>, NLog's <c>Logger.Log/Trace/Debug/Info/Warn/Error/Fatal</c> — by concatenation, interpolation,
/// <c>string.Format</c> or as the template itself. A line break in it starts a forged entry, and
/// braces in it become placeholders. Values passed as arguments of a constant template
/// (<c>"Signed in {User}", user</c>) are structured data and are not reported; nor are values
/// whose line breaks were replaced (<c>x.Replace("\n", …)</c>) on the way. <c>Console.WriteLine</c>
/// is output, not a log, and is not looked at.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LogForgingAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.LogForging);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var flow = CompilationFlow.For(start.Compilation, start.Options);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, flow), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, CompilationFlow compilation)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (TemplateParameter(method) is not { } parameterName)
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name != parameterName || argument.Value.ConstantValue.HasValue)
            {
                continue;
            }

            var flow = new RequestFlow(OperationPaths.Root(invocation), RemovesLineBreaks, null, FlowScope.Start(compilation, context.CancellationToken));
            if (flow.SourceOf(argument.Value) is { } source)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.LogForging, argument.Value.Syntax.GetLocation(), method.Name, source));
            }

            return;
        }
    }

    /// <summary>The name of the logging method's message-template parameter, or null when it is no logging method.</summary>
    private static string? TemplateParameter(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return null;
        }

        if (type.Name == "LoggerExtensions" && OperationPaths.IsInNamespace(type, "Microsoft.Extensions.Logging") &&
            method.Name is "Log" or "LogTrace" or "LogDebug" or "LogInformation" or "LogWarning" or "LogError" or "LogCritical" or "BeginScope")
        {
            return method.Name == "BeginScope" ? "messageFormat" : "message";
        }

        if (type.Name is "ILogger" or "Log" && OperationPaths.IsInNamespace(type, "Serilog") &&
            method.Name is "Verbose" or "Debug" or "Information" or "Warning" or "Error" or "Fatal" or "Write")
        {
            return "messageTemplate";
        }

        // NLog's Logger/ILogger: Log(level, [exception,] message, args…), Trace…Fatal([exception,] message, args…).
        if (type.Name is "Logger" or "ILogger" or "ILoggerBase" && OperationPaths.IsInNamespace(type, "NLog") &&
            method.Name is "Log" or "Trace" or "Debug" or "Info" or "Warn" or "Error" or "Fatal")
        {
            return "message";
        }

        if (type.Name == "Trace" && OperationPaths.IsInNamespace(type, "System.Diagnostics") &&
            method.Name is "TraceInformation" or "TraceWarning" or "TraceError")
        {
            return method.Parameters.Length == 1 ? "message" : "format";
        }

        return null;
    }

    /// <summary>A <c>Replace</c> (string's or Regex's) that takes out carriage returns or line feeds.</summary>
    private static bool RemovesLineBreaks(IOperation value)
    {
        if (value is not IInvocationOperation { TargetMethod.Name: "Replace" } call)
        {
            return false;
        }

        foreach (var argument in call.Arguments)
        {
            var unwrapped = OperationPaths.Unwrap(argument.Value);
            if (unwrapped.ConstantValue is { HasValue: true, Value: var constant } &&
                ((constant is string text && (text.Contains("\n") || text.Contains("\r") || text.Contains("\\n") || text.Contains("\\r") || text.Contains("\\s"))) ||
                 constant is '\n' or '\r'))
            {
                return true;
            }

            if (unwrapped is IPropertyReferenceOperation { Property.Name: "NewLine", Property.ContainingType.Name: "Environment" })
            {
                return true;
            }
        }

        return false;
    }
}
