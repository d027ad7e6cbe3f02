using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ServiceStandard.Analyzers.Flow;
using ServiceStandard.Analyzers.Naming;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0011: personal data in logs. A logging call (Microsoft.Extensions.Logging's <c>Log*</c> and
/// <c>BeginScope</c>, <c>LoggerMessage.Define</c>, <c>[LoggerMessage]</c> methods, Serilog, NLog's
/// <c>Logger</c>, log4net's <c>ILog</c>) whose message template has a placeholder, or whose
/// arguments or interpolation holes are values, named for personal data: email, phone, national
/// identity numbers (RUT, NINO, SSN, DNI…), passport, password, card number, address, postcode,
/// date of birth, a person's name; or for a secret (CWE-532): connection string, client secret,
/// API key, access or refresh token, private key, credentials. Also EF Core's
/// <c>EnableSensitiveDataLogging()</c> outside Development, which logs every query's values.
/// Names that describe such data without being it (<c>EmailConfirmed</c>, <c>IpAddress</c>,
/// <c>PasswordLength</c>) are not findings. Objects logged whole are not looked inside.
/// A wrapper of the same compilation that forwards its parameters to a logger as the template or
/// the arguments (<c>void Audit(string message, params object[] args) => logger.LogInformation(message, args)</c>)
/// is a logging call too, up to <see cref="MaxWrapperDepth"/> wrappers deep.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataLoggingAnalyzer : DiagnosticAnalyzer
{
    private static readonly Regex Placeholder = SafeRegex.Create(@"(?<!\{)\{[@$]?(?<name>[A-Za-z_][A-Za-z0-9_.]*)(?:[,:][^}]*)?\}");

    private static readonly string[][] PersonalData = IdentifierWords.Phrases(
        "email", "e mail", "mail address", "phone", "telephone", "mobile", "mobile number", "rut", "national id", "national identity",
        "national insurance", "nino", "ssn", "social security", "dni", "nif", "curp", "cpf", "passport", "password", "passwd", "pwd",
        "card number", "credit card", "cvv", "iban", "account number", "address", "street", "postcode", "post code", "zip code",
        "postal code", "date of birth", "dob", "birth date", "birthday", "full name", "first name", "last name", "surname",
        "given name", "family name");

    private static readonly string[][] NotPersonalData = IdentifierWords.Phrases(
        "ip address", "mac address", "remote address", "local address", "server address", "host address", "base address",
        "listen address", "bind address", "endpoint address", "web address", "email sender", "from address", "reply to");

    private static readonly string[] NotPersonalLastWords =
    [
        "count", "length", "hash", "hashed", "masked", "redacted", "valid", "verified", "confirmed", "enabled", "type", "kind",
        "format", "domain", "provider", "template", "id", "ids", "key", "policy", "url", "uri", "changed", "updated", "required",
        "expired", "expiry", "attempts", "status", "sent", "pattern", "regex", "field", "label", "header", "column", "setting",
        "option", "options", "version", "family", "service", "client", "sender", "queue", "topic", "exists", "found", "missing",
    ];

    /// <summary>
    /// Secrets (CWE-532): a log is no place for what grants access. Longer phrases first, so that
    /// <c>SecretKey</c> is the phrase "secret key", not "secret" followed by another word. A bare
    /// "token" is left out: <c>CancellationToken</c>.
    /// </summary>
    private static readonly string[][] Secrets = IdentifierWords.Phrases(
        "connection string", "conn string", "client secret", "secret key", "api key", "access key", "private key", "signing key",
        "encryption key", "access token", "refresh token", "id token", "bearer token", "auth token", "secret", "credentials", "credential");

    /// <summary>Last words that make a secret's name about it rather than it (<c>SecretName</c>, <c>ConnectionStringSection</c>).</summary>
    private static readonly string[] NotSecretLastWords =
    [
        "name", "names", "section", "path", "file", "source", "store", "vault", "location", "identifier", "header", "expires",
        "lifetime", "length", "present", "set", "configured", "rotated", "builder",
    ];

    private const int MaxWrapperDepth = 2;

    /// <summary>Template and argument parameters of Microsoft.Extensions.Logging, Serilog, NLog (<c>argument1</c>, <c>value</c>) and log4net (<c>format</c>, <c>arg0</c>).</summary>
    private static readonly string[] TemplateParameters = ["message", "messageFormat", "messageTemplate", "formatString", "format"];
    private static readonly string[] ArgumentParameters =
    [
        "args", "propertyValues", "propertyValue", "propertyValue0", "propertyValue1", "propertyValue2", "state",
        "argument", "argument1", "argument2", "argument3", "value", "arg0", "arg1", "arg2",
    ];

    /// <summary>What a wrapper's parameter becomes in the logging call it forwards to.</summary>
    private enum Forwarded
    {
        Template,
        Arguments,
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PersonalDataInLogs);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var wrappers = new System.Collections.Concurrent.ConcurrentDictionary<IMethodSymbol, Dictionary<IParameterSymbol, Forwarded>>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, wrappers), OperationKind.Invocation);
        });
        context.RegisterSymbolAction(AnalyzeLoggerMessageMethod, SymbolKind.Method);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, System.Collections.Concurrent.ConcurrentDictionary<IMethodSymbol, Dictionary<IParameterSymbol, Forwarded>> wrappers)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type is null)
        {
            return;
        }

        if (method.Name == "EnableSensitiveDataLogging" && (invocation.Arguments.Length == 0 || invocation.Arguments.All(a => a.Value.ConstantValue is not { HasValue: true, Value: false })) &&
            type.ContainingNamespace?.ToDisplayString().StartsWith("Microsoft.EntityFrameworkCore", System.StringComparison.Ordinal) == true)
        {
            if (!DevelopmentGuard.IsDevelopmentOnly(invocation))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.PersonalDataInLogs, invocation.Syntax.GetLocation(), "EnableSensitiveDataLogging()", "the values of every query"));
            }

            return;
        }

        if (!IsLoggingCall(method))
        {
            if (WrapperRoles(method, context.Compilation, wrappers, 0, context.CancellationToken) is { Count: > 0 } roles)
            {
                AnalyzeWrapperCall(context, invocation, roles);
            }

            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null)
            {
                continue;
            }

            if (TemplateParameters.Contains(parameter.Name))
            {
                if (argument.Value.ConstantValue is { HasValue: true, Value: string template })
                {
                    if (FindInTemplate(template, LoggedValues(invocation)) is { } placeholder)
                    {
                        Report(context, argument.Value, method.Name, placeholder);
                        return;
                    }
                }
                else if (FindInValue(argument.Value) is { } found)
                {
                    Report(context, found.Operation, method.Name, found.Name);
                    return;
                }
            }
            else if (ArgumentParameters.Contains(parameter.Name))
            {
                foreach (var value in ParamsValues(argument.Value))
                {
                    if (FindInValue(value) is { } found)
                    {
                        Report(context, found.Operation, method.Name, found.Name);
                        return;
                    }
                }
            }
        }
    }

    private static bool IsLoggingCall(IMethodSymbol method)
    {
        var type = method.ContainingType;
        var isMicrosoft = type?.Name is "LoggerExtensions" or "LoggerMessage" && OperationPaths.IsInNamespace(type, "Microsoft.Extensions.Logging");
        var isSerilog = type?.Name is "ILogger" or "Log" && OperationPaths.IsInNamespace(type, "Serilog") &&
            method.Name is "Verbose" or "Debug" or "Information" or "Warning" or "Error" or "Fatal" or "Write";
        var isNLog = type?.Name is "Logger" or "ILogger" or "ILoggerBase" or "ILoggerExtensions" && OperationPaths.IsInNamespace(type, "NLog") &&
            method.Name is "Trace" or "Debug" or "Info" or "Warn" or "Error" or "Fatal" or "Log" or "ConditionalTrace" or "ConditionalDebug";
        var isLog4Net = type?.Name is "ILog" && OperationPaths.IsInNamespace(type, "log4net") &&
            method.Name is "Debug" or "Info" or "Warn" or "Error" or "Fatal" or "DebugFormat" or "InfoFormat" or "WarnFormat" or "ErrorFormat" or "FatalFormat";
        return isMicrosoft || isSerilog || isNLog || isLog4Net;
    }

    /// <summary>A call to a logging wrapper: its arguments are judged as the logging call it forwards them to would judge them.</summary>
    private static void AnalyzeWrapperCall(OperationAnalysisContext context, IInvocationOperation invocation, Dictionary<IParameterSymbol, Forwarded> roles)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || !roles.TryGetValue(parameter.OriginalDefinition, out var role))
            {
                continue;
            }

            if (role == Forwarded.Template && argument.Value.ConstantValue is { HasValue: true, Value: string template })
            {
                if (FindInTemplate(template) is { } placeholder)
                {
                    Report(context, argument.Value, invocation.TargetMethod.Name, placeholder);
                    return;
                }

                continue;
            }

            foreach (var value in ParamsValues(argument.Value))
            {
                if (FindInValue(value) is { } found)
                {
                    Report(context, found.Operation, invocation.TargetMethod.Name, found.Name);
                    return;
                }
            }
        }
    }

    /// <summary>
    /// The parameters a method of this compilation forwards to a logging call (or to another wrapper),
    /// as its template or its arguments; empty when it forwards none. Read once per method.
    /// </summary>
    private static Dictionary<IParameterSymbol, Forwarded> WrapperRoles(
        IMethodSymbol method,
        Compilation compilation,
        System.Collections.Concurrent.ConcurrentDictionary<IMethodSymbol, Dictionary<IParameterSymbol, Forwarded>> wrappers,
        int depth,
        System.Threading.CancellationToken cancellation)
    {
        method = method.OriginalDefinition;
        if (wrappers.TryGetValue(method, out var known))
        {
            return known;
        }

        var roles = new Dictionary<IParameterSymbol, Forwarded>(SymbolEqualityComparer.Default);
        if (depth < MaxWrapperDepth && method.Parameters.Length > 0 && MentionsLogging(method, cancellation) &&
            MethodBodies.Of(method, compilation, cancellation) is { } body)
        {
            foreach (var call in body.Descendants().OfType<IInvocationOperation>())
            {
                var inner = IsLoggingCall(call.TargetMethod) ? null : WrapperRoles(call.TargetMethod, compilation, wrappers, depth + 1, cancellation);
                foreach (var argument in call.Arguments)
                {
                    if (argument.Parameter is not { } target)
                    {
                        continue;
                    }

                    Forwarded? role = inner is null
                        ? TemplateParameters.Contains(target.Name) ? Forwarded.Template : ArgumentParameters.Contains(target.Name) ? Forwarded.Arguments : null
                        : inner.TryGetValue(target.OriginalDefinition, out var innerRole) ? innerRole : null;
                    if (role is null)
                    {
                        continue;
                    }

                    // "Issued: " + template: the caller's text is still part of the template.
                    var pieces = role == Forwarded.Template && OperationPaths.Unwrap(argument.Value) is IBinaryOperation or IInterpolatedStringOperation
                        ? argument.Value.DescendantsAndSelf()
                        : ParamsValues(argument.Value).Append(OperationPaths.Unwrap(argument.Value));
                    foreach (var value in pieces)
                    {
                        if (OperationPaths.Unwrap(value) is IParameterReferenceOperation forwarded &&
                            SymbolEqualityComparer.Default.Equals(forwarded.Parameter.ContainingSymbol.OriginalDefinition, method))
                        {
                            roles[forwarded.Parameter.OriginalDefinition] = role == Forwarded.Template && ParamsValues(argument.Value).Count() == 1 ? Forwarded.Template : Forwarded.Arguments;
                        }
                    }
                }
            }
        }

        wrappers[method] = roles;
        return roles;
    }

    /// <summary>
    /// A cheap look at the source before binding it: does the method call something named like a
    /// logging method, or a method of its own type that does (one overload forwarding to another)?
    /// </summary>
    private static bool MentionsLogging(IMethodSymbol method, System.Threading.CancellationToken cancellation, bool followOwnType = true)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax(cancellation).DescendantNodes())
            {
                var name = node switch
                {
                    Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax { Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax member } => member.Name.Identifier.ValueText,
                    Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax { Expression: Microsoft.CodeAnalysis.CSharp.Syntax.SimpleNameSyntax simple } => simple.Identifier.ValueText,
                    _ => null,
                };
                if (name is null)
                {
                    continue;
                }

                if (name.StartsWith("Log", System.StringComparison.Ordinal) || name is "BeginScope" or "Verbose" or "Debug" or "Information" or "Warning" or "Error" or "Fatal" or "Write" or
                    "Trace" or "Info" or "Warn" or "DebugFormat" or "InfoFormat" or "WarnFormat" or "ErrorFormat" or "FatalFormat")
                {
                    return true;
                }

                if (followOwnType && method.ContainingType.GetMembers(name).OfType<IMethodSymbol>()
                    .Any(m => !SymbolEqualityComparer.Default.Equals(m, method) && MentionsLogging(m, cancellation, followOwnType: false)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void AnalyzeLoggerMessageMethod(SymbolAnalysisContext context)
    {
        var method = (IMethodSymbol)context.Symbol;
        var attribute = method.GetAttributes().FirstOrDefault(a => a.AttributeClass is { Name: "LoggerMessageAttribute" } c && OperationPaths.IsInNamespace(c, "Microsoft.Extensions.Logging"));
        if (attribute is null)
        {
            return;
        }

        var template = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Message").Value.Value as string ??
            attribute.ConstructorArguments.Select(a => a.Value).OfType<string>().FirstOrDefault();
        var location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? method.Locations[0];
        if (template is not null && FindInTemplate(template) is { } placeholder)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.PersonalDataInLogs, location, method.Name, placeholder));
            return;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.SpecialType != SpecialType.System_Boolean && SensitiveData(parameter.Name) is { } name &&
                parameter.Type.Name is not ("ILogger" or "Exception" or "LogLevel"))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.PersonalDataInLogs, parameter.Locations[0], method.Name, name));
                return;
            }
        }
    }

    private static string? FindInTemplate(string template, IReadOnlyList<IOperation>? values = null)
    {
        var index = 0;
        foreach (var match in SafeRegex.Matches(Placeholder, template))
        {
            var name = match.Groups["name"].Value;
            var last = name.LastIndexOf('.');
            var value = values is not null && index < values.Count ? values[index] : null;
            index++;
            if (SensitiveData(last >= 0 ? name.Substring(last + 1) : name) is { } found && !(value is not null && IsOrganisationsAddress(found, value)))
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The values a logging call fills its template's placeholders with, in order.</summary>
    private static IReadOnlyList<IOperation> LoggedValues(IInvocationOperation invocation) =>
        invocation.Arguments
            .Where(a => a.Parameter is { } p && ArgumentParameters.Contains(p.Name))
            .OrderBy(a => a.Parameter!.Ordinal)
            .SelectMany(a => ParamsValues(a.Value))
            .ToList();

    /// <summary>Address words: a place's address is personal data only when the place is a person's home.</summary>
    private static readonly string[][] AddressData = IdentifierWords.Phrases("address", "street", "postcode", "post code", "zip code", "postal code");

    /// <summary>Names of an organisation or workplace, whose address is no one's personal data.</summary>
    private static readonly string[][] Organisations = IdentifierWords.Phrases(
        "employer", "organisation", "organization", "company", "business", "provider", "school", "college", "university", "academy",
        "trust", "establishment", "workplace", "office", "venue", "premises", "branch", "vacancy", "council", "charity", "supplier",
        "institution");

    /// <summary>
    /// Whether an address word names the address of an organisation: the value logged is reached
    /// through something named for one (<c>vacancy.EmployerLocation.Postcode</c>, <c>school.Address</c>,
    /// a value of a type named for one). A person's address is reached through them; a bare
    /// <c>postcode</c> says nothing of whose it is and is still reported.
    /// </summary>
    private static bool IsOrganisationsAddress(string found, IOperation value)
    {
        if (!AddressData.Any(phrase => found == $"personal data ({string.Join(" ", phrase)})"))
        {
            return false;
        }

        for (IOperation? current = OperationPaths.Unwrap(value); current is not null;)
        {
            var (name, type, next) = current switch
            {
                IPropertyReferenceOperation property => (property.Property.Name, property.Property.ContainingType, property.Instance),
                IFieldReferenceOperation field => (field.Field.Name, field.Field.ContainingType, field.Instance),
                ILocalReferenceOperation local => (local.Local.Name, local.Local.Type, null),
                IParameterReferenceOperation parameter => (parameter.Parameter.Name, parameter.Parameter.Type, null),
                IInvocationOperation call => (call.TargetMethod.Name, call.TargetMethod.ContainingType, call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null)),
                _ => ((string?)null, (ITypeSymbol?)null, (IOperation?)null),
            };
            if (name is null)
            {
                return false;
            }

            if (NamesOrganisation(name) || (type is not null && current is not IInvocationOperation && NamesOrganisation(type.Name)))
            {
                return true;
            }

            current = next is null ? null : OperationPaths.Unwrap(next);
        }

        return false;
    }

    /// <summary>People of an organisation (<c>ProviderUser</c>, <c>SchoolContact</c>): their address is theirs.</summary>
    private static readonly string[][] People = IdentifierWords.Phrases(
        "user", "contact", "person", "people", "candidate", "applicant", "learner", "apprentice", "member", "customer", "employee",
        "staff", "owner", "director", "teacher", "student", "pupil", "parent", "citizen", "claimant", "patient", "account holder");

    private static bool NamesOrganisation(string name)
    {
        var words = IdentifierWords.Split(name);
        return IdentifierWords.FindPhrase(words, Organisations) is not null && IdentifierWords.FindPhrase(words, People) is null;
    }

    private static (IOperation Operation, string Name)? FindInValue(IOperation value)
    {
        foreach (var operation in value.DescendantsAndSelf())
        {
            if (operation.Type?.SpecialType == SpecialType.System_Boolean)
            {
                continue;
            }

            var name = operation switch
            {
                ILocalReferenceOperation local => local.Local.Name,
                IParameterReferenceOperation parameter => parameter.Parameter.Name,
                IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.Name,
                IPropertyReferenceOperation { Property.IsIndexer: true } indexer when indexer.Arguments.Length == 1 &&
                    indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key } => key,
                IFieldReferenceOperation field => field.Field.Name,
                IInvocationOperation call when call.TargetMethod.Name.StartsWith("Get", System.StringComparison.Ordinal) => call.TargetMethod.Name.Substring(3),
                _ => null,
            };
            if (name is not null && SensitiveData(name) is { } found && !IsOrganisationsAddress(found, operation))
            {
                return (operation, found);
            }
        }

        return null;
    }

    private static IEnumerable<IOperation> ParamsValues(IOperation argument)
    {
        var value = OperationPaths.Unwrap(argument);
        return value is IArrayCreationOperation { Initializer: { } initializer } ? initializer.ElementValues : ImmutableArray.Create(value);
    }

    /// <summary>What a name holds that must not be logged (<c>personal data (email)</c>, <c>a secret (connection string)</c>), or null.</summary>
    internal static string? SensitiveData(string name)
    {
        var words = IdentifierWords.Split(name);
        if (words.Count == 0)
        {
            return null;
        }

        if (System.Array.IndexOf(NotPersonalLastWords, words[words.Count - 1]) < 0 && IdentifierWords.FindPhrase(words, NotPersonalData) is null &&
            IdentifierWords.FindPhrase(words, PersonalData) is { } personal)
        {
            return $"personal data ({string.Join(" ", personal)})";
        }

        // ApiKey and DbConnectionString are secrets; SecretName and ConnectionStringName are about one.
        var secret = IdentifierWords.FindPhrase(words, Secrets);
        var describesSecret = secret is not null && IdentifierWords.EndOf(words, secret) < words.Count &&
            (System.Array.IndexOf(NotPersonalLastWords, words[words.Count - 1]) >= 0 || System.Array.IndexOf(NotSecretLastWords, words[words.Count - 1]) >= 0);
        return secret is not null && !describesSecret ? $"a secret ({string.Join(" ", secret)})" : null;
    }

    private static void Report(OperationAnalysisContext context, IOperation at, string call, string what) =>
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.PersonalDataInLogs, at.Syntax.GetLocation(), call, what));
}
