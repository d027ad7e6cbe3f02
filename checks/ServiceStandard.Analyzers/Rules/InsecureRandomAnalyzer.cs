using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ServiceStandard.Analyzers.Flow;
using ServiceStandard.Analyzers.Naming;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0005: <c>System.Random</c> (an instance or <c>Random.Shared</c>) producing a value that the
/// surrounding names say is a token, password, key, salt, nonce, one-time code or identifier.
/// Dice, jitter, sampling and shuffling for display are not findings.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InsecureRandomAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[][] SecretPurposes = IdentifierWords.Phrases(
        "token", "password", "passwd", "pwd", "passphrase", "secret", "key", "keys", "api key", "salt", "nonce", "otp",
        "pin", "passcode", "one time", "id", "ids", "identifier", "uuid", "guid", "reference", "verification code", "reset code",
        "activation code", "confirmation code", "security code", "access code", "recovery code", "invite code", "voucher",
        "csrf", "xsrf");

    /// <summary>Names with a secret-sounding word that are not secrets: a random key *press*, an id of a *retry*.</summary>
    private static readonly string[][] NotSecrets = IdentifierWords.Phrases("key press", "keyboard", "key frame", "sort key", "partition key", "cache key");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InsecureRandom);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var random = start.Compilation.GetTypeByMetadataName("System.Random");
            if (random is null)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeInvocation(c, random), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, INamedTypeSymbol random)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.IsStatic || !method.Name.StartsWith("Next", System.StringComparison.Ordinal) && method.Name != "GetItems" && method.Name != "GetHexString" && method.Name != "GetString" ||
            !OperationPaths.IsOrInherits(method.ContainingType, random))
        {
            return;
        }

        if (SecurityContext.Find(invocation, context.ContainingSymbol, SecretPurposes, wide: false, NotSecrets) is { } purpose)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InsecureRandom, invocation.Syntax.GetLocation(), purpose.Phrase, purpose.Name));
        }
    }
}
