using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ServiceStandard.Analyzers.Flow;
using ServiceStandard.Analyzers.Naming;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// SS0004: broken ciphers (DES, 3DES, RC2), ECB mode, RSA keys under 2048 bits and HMAC-MD5,
/// wherever they are; MD5 and SHA-1 where the code around them is about security (names such as
/// password, token, signature, salt, secret, session). SS0025: any other MD5 or SHA-1 hash, for a
/// person to review (as Sonar's hotspot S4790 and CA5350/CA5351 do: the code cannot tell whether a
/// digest protects anything), with what is hashed and where the digest goes; an ETag, a cache key
/// or a name-based Guid (RFC 4122 version 3) is not a security use by definition and is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WeakCryptographyAnalyzer : DiagnosticAnalyzer
{
    private const string CryptographyNamespace = "System.Security.Cryptography";
    private const int MinimumRsaBits = 2048;

    private static readonly string[][] SecurityPurposes = IdentifierWords.Phrases(
        "password", "passwd", "pwd", "passphrase", "secret", "token", "signature", "sign", "signing", "salt",
        "credential", "credentials", "auth", "authenticate", "authentication", "otp", "pin", "hmac", "integrity",
        "verify", "verification", "session", "api key", "private key", "encrypt", "decrypt", "encryption",
        "cipher", "crypt", "crypto", "nonce", "login", "certificate", "key derivation");

    /// <summary>Digests that are identifiers, not protection: HTTP cache validators, cache keys.</summary>
    private static readonly string[][] NonSecurityPurposes = IdentifierWords.Phrases("etag", "e tag", "cache key", "cache");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.WeakCryptography, Descriptors.WeakHashToReview);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
        context.RegisterOperationAction(AnalyzeCreation, OperationKind.ObjectCreation);
        context.RegisterOperationAction(AnalyzeAssignment, OperationKind.SimpleAssignment);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!OperationPaths.IsInNamespace(method.ContainingType, CryptographyNamespace))
        {
            return;
        }

        var typeName = method.ContainingType.Name;
        switch (method.Name)
        {
            case "Create" or "HashData" or "HashDataAsync" or "TryHashData" when typeName is "MD5" or "SHA1" && method.IsStatic:
                ReportWeakHash(context, invocation, typeName == "MD5" ? "MD5" : "SHA-1");
                break;
            case "Create" when typeName is "DES" or "TripleDES" or "RC2" && method.IsStatic:
                ReportCipher(context, invocation, typeName);
                break;
            case "Create" or "CreateFromName" when invocation.Arguments.Length == 1 &&
                invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string algorithm }:
                var name = algorithm.ToUpperInvariant().Replace("SYSTEM.SECURITY.CRYPTOGRAPHY.", string.Empty);
                if (name is "MD5" or "SHA1" or "SHA")
                {
                    ReportWeakHash(context, invocation, name == "MD5" ? "MD5" : "SHA-1");
                }
                else if (name is "DES" or "3DES" or "TRIPLEDES" or "RC2")
                {
                    ReportCipher(context, invocation, algorithm);
                }

                break;
            case "EncryptEcb" or "DecryptEcb" or "TryEncryptEcb" or "TryDecryptEcb":
                Report(context, invocation, $"{method.Name} uses ECB mode, which shows patterns in the data: use an authenticated mode such as AesGcm");
                break;
            case "Create" when typeName == "RSA" && invocation.Arguments.Length == 1 &&
                invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: int bits } && bits < MinimumRsaBits:
                ReportShortKey(context, invocation, bits);
                break;
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not { } type || !OperationPaths.IsInNamespace(type, CryptographyNamespace))
        {
            return;
        }

        switch (type.Name)
        {
            case "MD5CryptoServiceProvider" or "MD5Cng":
                ReportWeakHash(context, creation, "MD5");
                break;
            case "SHA1CryptoServiceProvider" or "SHA1Managed" or "SHA1Cng":
                ReportWeakHash(context, creation, "SHA-1");
                break;
            case "HMACMD5":
                Report(context, creation, "HMACMD5 is built on MD5, which is broken: use HMACSHA256");
                break;
            case "DESCryptoServiceProvider" or "TripleDESCryptoServiceProvider" or "TripleDESCng" or "RC2CryptoServiceProvider":
                ReportCipher(context, creation, type.Name);
                break;
            case "RSACryptoServiceProvider" or "RSACng" or "RSAOpenSsl" when creation.Arguments.Length >= 1 &&
                creation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: int bits } && bits < MinimumRsaBits:
                ReportShortKey(context, creation, bits);
                break;
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation property ||
            !OperationPaths.IsInNamespace(property.Property.ContainingType, CryptographyNamespace))
        {
            return;
        }

        if (property.Property.Name == "Mode" &&
            assignment.Value.ConstantValue is { HasValue: true, Value: int mode } && property.Property.Type.Name == "CipherMode" && mode == 2)
        {
            Report(context, assignment, "CipherMode.ECB shows patterns in the data: use an authenticated mode such as AesGcm, or CBC with a MAC");
        }
        else if (property.Property.Name == "KeySize" && IsRsa(property.Instance?.Type) &&
            assignment.Value.ConstantValue is { HasValue: true, Value: int bits } && bits < MinimumRsaBits)
        {
            ReportShortKey(context, assignment, bits);
        }
    }

    private static bool IsRsa(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "RSA" && OperationPaths.IsInNamespace(current, CryptographyNamespace))
            {
                return true;
            }
        }

        return false;
    }

    private static void ReportWeakHash(OperationAnalysisContext context, IOperation operation, string algorithm)
    {
        if ((SecurityContext.Find(operation, context.ContainingSymbol, SecurityPurposes, wide: true) ?? PurposeOfUses(operation, context.ContainingSymbol)) is { } purpose)
        {
            Report(context, operation, $"{algorithm} is broken for security use ({purpose.Name}): use SHA-256 or better, and a password hasher (PBKDF2, Argon2) for passwords");
            return;
        }

        // An ETag, a cache key, a name-based Guid: an identifier by definition, not protection.
        var digest = Digest(operation);
        if (SecurityContext.Find(operation, context.ContainingSymbol, NonSecurityPurposes, wide: false) is not null ||
            (digest is { } computed && (SecurityContext.Find(computed.Hash, context.ContainingSymbol, NonSecurityPurposes, wide: false) is not null || IsGuid(computed.Hash))))
        {
            return;
        }

        if (digest is null)
        {
            ReportReview(context, operation, $"{algorithm} is created here and used to hash elsewhere");
            return;
        }

        var input = digest.Value.Input is { } hashed ? $"'{Shorten(hashed.Syntax.ToString())}'" : "its input";
        var goes = ValueTargets.Of(digest.Value.Hash, context.ContainingSymbol) is { Count: > 0 } targets
            ? $" into {targets[targets.Count - 1].Kind} '{targets[targets.Count - 1].Name}'"
            : string.Empty;
        ReportReview(context, operation, $"{algorithm} hashes {input}{goes}");
    }

    private static void ReportReview(OperationAnalysisContext context, IOperation operation, string what) =>
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.WeakHashToReview,
            operation.Syntax.GetLocation(),
            what + ": check the digest protects nothing (a password, a token, a signature, integrity against tampering); if it does, use SHA-256 or better"));

    /// <summary>
    /// The hash computed with the algorithm and what it hashes: <c>MD5.HashData(x)</c> itself,
    /// <c>MD5.Create().ComputeHash(x)</c>, or <c>md5.ComputeHash(x)</c> on the local it is stored in.
    /// Null when the algorithm object leaves the method without hashing in it.
    /// </summary>
    private static (IOperation Hash, IOperation? Input)? Digest(IOperation operation)
    {
        if (operation is IInvocationOperation { TargetMethod.Name: "HashData" or "HashDataAsync" or "TryHashData" } hashData)
        {
            return (hashData, hashData.Arguments.Length > 0 ? hashData.Arguments[0].Value : null);
        }

        var current = operation;
        while (current.Parent is IConversionOperation or IParenthesizedOperation)
        {
            current = current.Parent;
        }

        if (current.Parent is IInvocationOperation { TargetMethod.Name: "ComputeHash" or "TryComputeHash" or "ComputeHashAsync" } chained &&
            ReferenceEquals(chained.Instance, current))
        {
            return (chained, chained.Arguments.Length > 0 ? chained.Arguments[0].Value : null);
        }

        ILocalSymbol? local = current.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } => target.Local,
            _ => null,
        };
        if (local is null)
        {
            return null;
        }

        foreach (var use in OperationPaths.Root(operation).Descendants())
        {
            if (use is IInvocationOperation { TargetMethod.Name: "ComputeHash" or "TryComputeHash" or "ComputeHashAsync" or "TransformFinalBlock", Instance: { } instance } hash &&
                OperationPaths.Unwrap(instance) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                return (hash, hash.Arguments.Length > 0 ? hash.Arguments[0].Value : null);
            }
        }

        return null;
    }

    /// <summary><c>new Guid(md5.ComputeHash(…))</c>: a name-based identifier (RFC 4122 version 3), which is MD5 by definition.</summary>
    private static bool IsGuid(IOperation hash)
    {
        var current = hash;
        while (current.Parent is IConversionOperation or IParenthesizedOperation)
        {
            current = current.Parent;
        }

        return current.Parent is IArgumentOperation { Parent: IObjectCreationOperation { Type: { Name: "Guid" } guid } } && OperationPaths.IsInNamespace(guid, "System");
    }

    private static string Shorten(string text)
    {
        text = string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }

    /// <summary>
    /// The purpose of an algorithm object told by what it hashes: <c>using var md5 = MD5.Create();</c>
    /// then <c>md5.ComputeHash(passwordBytes)</c> (or <c>TryComputeHash</c>, <c>ComputeHashAsync</c>,
    /// <c>TransformBlock</c>, <c>TransformFinalBlock</c>) in the same method.
    /// </summary>
    private static (string Name, string Phrase)? PurposeOfUses(IOperation creation, ISymbol? owner)
    {
        if (ValueTargets.Of(creation, owner) is not { Count: > 0 } targets || targets[targets.Count - 1].Kind != "variable")
        {
            return null;
        }

        var name = targets[targets.Count - 1].Name;
        foreach (var operation in OperationPaths.Root(creation).Descendants())
        {
            if (operation is IInvocationOperation
                {
                    TargetMethod.Name: "ComputeHash" or "TryComputeHash" or "ComputeHashAsync" or "TransformBlock" or "TransformFinalBlock",
                    Instance: { } instance,
                } use &&
                OperationPaths.Unwrap(instance) is ILocalReferenceOperation local && local.Local.Name == name &&
                SecurityContext.Find(use, owner, SecurityPurposes, wide: true) is { } purpose)
            {
                return purpose;
            }
        }

        return null;
    }

    private static void ReportCipher(OperationAnalysisContext context, IOperation operation, string algorithm) =>
        Report(context, operation, $"{algorithm} is a broken cipher: use Aes (AesGcm)");

    private static void ReportShortKey(OperationAnalysisContext context, IOperation operation, int bits) =>
        Report(context, operation, $"An RSA key of {bits} bits is too short: use {MinimumRsaBits} bits or more");

    private static void Report(OperationAnalysisContext context, IOperation operation, string message) =>
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.WeakCryptography, operation.Syntax.GetLocation(), message));
}
