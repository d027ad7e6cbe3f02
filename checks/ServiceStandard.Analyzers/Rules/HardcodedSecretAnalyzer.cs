using System;
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
/// SS0001: string literals that are secrets. Four ways to tell: a known key format (PEM private
/// key, AWS, GitHub, Slack, Stripe, Google, SendGrid, npm tokens) wherever it appears; a connection
/// string or URL with a password in it; the key of a System.Security.Cryptography API (CWE-321);
/// or a value stored under a secret's name (password, API key, token, client secret…) that looks
/// like a secret — long enough, random enough (Shannon entropy), no spaces, not a placeholder,
/// setting name or environment variable name. A literal assigned to a local is judged also by
/// where the local goes while that assignment is its last (Juliet's <c>data = "7e5tc4s3"; …
/// new NetworkCredential("user", data, "domain")</c>, <c>"…;Password=" + data</c>).
/// Stored values are judged, not names: a literal given to a lookup (<c>GetValue("ApiKey")</c>,
/// <c>config["Password"]</c>, <c>GetProperty("access_token")</c>, <c>new Claim("token", …)</c>) names
/// a value held elsewhere, and a value spelling its own name (<c>ApiKey = "api_key"</c>) is a key.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardcodedSecretAnalyzer : DiagnosticAnalyzer
{
    private const int MinimumSecretLength = 8;
    private const double MinimumEntropy = 3.0;

    private static readonly Regex ConnectionStringSecret = SafeRegex.Create(
        @"(?:^|;)\s*(?:password|pwd|accountkey|sharedaccesskey|access\s*key)\s*=\s*(?<value>[^;]*)",
        RegexOptions.IgnoreCase);

    private static readonly Regex UrlCredentials = SafeRegex.Create(
        @"\b[a-z][a-z0-9+.\-]*://[^/\s:@]+:(?<value>[^/\s@]+)@",
        RegexOptions.IgnoreCase);

    private static readonly string[][] SecretNames = IdentifierWords.Phrases(
        "password", "passwd", "pwd", "passphrase", "secret", "api key", "access key", "secret key", "private key",
        "signing key", "encryption key", "master key", "subscription key", "auth key", "client secret",
        "token", "access token", "refresh token", "bearer", "credential", "credentials");

    private static readonly string[][] PasswordNames = IdentifierWords.Phrases("password", "passwd", "pwd", "passphrase");

    private static readonly string[][] KeyNames = IdentifierWords.Phrases("key", "secret");

    private static readonly Regex PasswordKeyAtEnd = SafeRegex.Create(@"(?:^|;)\s*(?:password|pwd)\s*=\s*$", RegexOptions.IgnoreCase);

    /// <summary>Names that hold something about a secret, not the secret itself (PasswordHeaderName, TokenEndpoint).</summary>
    private static readonly string[] NotSecretLastWords =
    [
        "name", "names", "key", "keys", "header", "field", "path", "file", "url", "uri", "endpoint", "type", "label",
        "prompt", "hint", "message", "text", "title", "error", "placeholder", "policy", "length", "format", "pattern",
        "regex", "claim", "param", "parameter", "section", "setting", "variable", "var", "env", "display", "description",
        "route", "query", "selector", "provider", "scheme", "mode", "version", "prefix", "suffix", "kind", "cookie",
        "attribute", "property", "id", "validator", "lifetime", "expiry", "expiration", "issuer", "audience", "location",
    ];

    /// <summary>
    /// Words that make a value a stand-in rather than a secret: it says to replace it (your-key-here,
    /// changeme), that it is not real (example, dummy, fake, test), or it names the kind of value a real
    /// one would be (hashed_password_123, random_salt_abc: a real hash or salt does not spell itself).
    /// </summary>
    private static readonly string[][] PlaceholderWords = IdentifierWords.Phrases(
        "example", "examples", "sample", "placeholder", "your", "yours", "here", "dummy", "fake", "test", "testing", "mock",
        "changeme", "change me", "replace", "replaceme", "todo", "fixme", "redacted", "insert", "xxx", "xxxx", "xxxxx",
        "hashed", "random", "encrypted", "generated");

    /// <summary>Text that is code (a sample shown in help or docs), not a value: an assignment, a lambda, a call, a constructor.</summary>
    private static readonly Regex SampleCode = SafeRegex.Create(
        @"(?:var|const|let|string)\s+\w+\s*=|=>|new\s+[A-Z]\w*\s*[({]|[A-Za-z_]\w*\.[A-Za-z_]\w*\s*\(");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HardcodedSecret);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeLiteral, OperationKind.Literal);
        context.RegisterCompilationStartAction(start =>
        {
            var sinks = new CredentialSinks(new ConstantValues(start.Compilation));
            start.RegisterOperationAction(sinks.AnalyzeArguments, OperationKind.ObjectCreation, OperationKind.Invocation);
            start.RegisterOperationAction(sinks.AnalyzeAssignment, OperationKind.SimpleAssignment);
            start.RegisterOperationAction(sinks.AnalyzeConnectionString, OperationKind.Binary, OperationKind.InterpolatedString);
        });
    }

    /// <summary>
    /// CWE-259 and CWE-321 from the sink's side: a constant of the compilation that reaches a
    /// password (a <c>password</c> parameter of any API, <c>NetworkCredential.Password</c>, a
    /// connection string builder's <c>Password</c>, <c>Password=</c> in a connection string) or a
    /// key of System.Security.Cryptography (<c>Key</c>, <c>CreateEncryptor(key, iv)</c>, an HMAC's
    /// key), through locals, parameters, fields, helpers' results and collections
    /// (<see cref="ConstantValues"/>), is a hard-coded password or key whatever it is named and however
    /// short or plain it is: the API says what it is. Reported at the constant, once, unless the
    /// literal's own reading already reports it; empty values and placeholders are not secrets.
    /// </summary>
    private sealed class CredentialSinks(ConstantValues constants)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<Location, byte> reported = new();

        public void AnalyzeArguments(OperationAnalysisContext context)
        {
            var (arguments, target) = context.Operation switch
            {
                IObjectCreationOperation creation => (creation.Arguments, "new " + creation.Type?.Name),
                IInvocationOperation invocation => (invocation.Arguments, invocation.TargetMethod.ContainingType?.Name + "." + invocation.TargetMethod.Name),
                _ => (ImmutableArray<IArgumentOperation>.Empty, string.Empty),
            };
            foreach (var argument in arguments)
            {
                if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                var words = IdentifierWords.Split(parameter.Name);
                if (parameter.Name is "key" or "rgbKey" && IsCryptography(parameter.ContainingSymbol.ContainingType))
                {
                    Report(context, argument.Value, Kind.Key, $"argument '{parameter.Name}' of {target}");
                }
                else if (IdentifierWords.FindPhrase(words, PasswordNames) is { } phrase && IdentifierWords.EndOf(words, phrase) == words.Count &&
                    IsSecretText(parameter.Type))
                {
                    Report(context, argument.Value, Kind.Password, $"argument '{parameter.Name}' of {target}");
                }
            }
        }

        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (OperationPaths.Unwrap(assignment.Target) is not IPropertyReferenceOperation { Property: { } property })
            {
                return;
            }

            var owner = property.ContainingType;
            if (property.Name == "Key" && IsCryptography(owner))
            {
                Report(context, assignment.Value, Kind.Key, $"{owner.Name}.Key");
            }
            else if (property.Name == "Password" && IsSecretText(property.Type) &&
                (owner.Name is "NetworkCredential" or "ProcessStartInfo" || owner.Name.EndsWith("ConnectionStringBuilder", StringComparison.Ordinal)))
            {
                Report(context, assignment.Value, Kind.Password, $"{owner.Name}.Password");
            }
        }

        /// <summary><c>"…;Password=" + data</c> and <c>$"…;Password={data}"</c>.</summary>
        public void AnalyzeConnectionString(OperationAnalysisContext context)
        {
            switch (context.Operation)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when OperationPaths.IsStringType(add.Type) &&
                    TextBefore(add) is { } before && SafeRegex.IsMatch(PasswordKeyAtEnd, before):
                    Report(context, add.RightOperand, Kind.Password, "a connection string, after Password=");
                    break;
                case IInterpolatedStringOperation interpolated:
                    for (var i = 1; i < interpolated.Parts.Length; i++)
                    {
                        if (interpolated.Parts[i] is IInterpolationOperation hole &&
                            interpolated.Parts[i - 1] is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string text } &&
                            SafeRegex.IsMatch(PasswordKeyAtEnd, text))
                        {
                            Report(context, hole.Expression, Kind.Password, "a connection string, after Password=");
                        }
                    }

                    break;
            }
        }

        private void Report(OperationAnalysisContext context, IOperation value, Kind kind, string sink)
        {
            value = Converted(OperationPaths.Unwrap(value));
            var where = sink + " at " + Place(context.Operation.Syntax.GetLocation());
            if (kind == Kind.Key && OperationPaths.Unwrap(value) is IArrayCreationOperation { Initializer: { ElementValues.Length: > 0 } bytes } array &&
                bytes.ElementValues.All(e => e.ConstantValue.HasValue))
            {
                // aes.Key = new byte[] { 0x2b, 0x7e, … }
                Add(context, array.Syntax.GetLocation(), "cryptographic key", where);
                return;
            }

            foreach (var source in constants.ConstantSources(value, context.CancellationToken))
            {
                if (source.ConstantValue.Value is not string text || !IsRealValue(text) || IsStandIn(text, kind == Kind.Key ? KeyNames : PasswordNames))
                {
                    continue;
                }

                // The literal's own reading (its name, where it is stored) already reports it.
                if (source is ILiteralOperation && text.Length >= MinimumSecretLength && source.SemanticModel is { } model &&
                    Classify(text, source, model.GetEnclosingSymbol(source.Syntax.SpanStart, context.CancellationToken)) is not null)
                {
                    continue;
                }

                Add(context, source.Syntax.GetLocation(), kind == Kind.Key ? "cryptographic key" : "password", where);
            }
        }

        private void Add(OperationAnalysisContext context, Location location, string what, string where)
        {
            if (reported.TryAdd(location, 0))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.HardcodedSecret, location, what, where));
            }
        }

        /// <summary>The text a key's bytes are made from: <c>Encoding.UTF8.GetBytes(data)</c>, <c>Convert.FromBase64String(data)</c>.</summary>
        private static IOperation Converted(IOperation value) =>
            value is IInvocationOperation { TargetMethod.Name: "GetBytes" or "FromBase64String" or "FromHexString" or "ToCharArray", Arguments.Length: 1 } conversion &&
            (conversion.TargetMethod.ContainingType?.Name is "Encoding" or "Convert" or "String" || IsOrDerivesFromEncoding(conversion.TargetMethod.ContainingType))
                ? OperationPaths.Unwrap(conversion.Arguments[0].Value)
                : value;

        private static bool IsOrDerivesFromEncoding(INamedTypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (current.Name == "Encoding" && OperationPaths.IsInNamespace(current, "System.Text"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The constant text just before the right operand of a concatenation: <c>"…;Password=" + data</c>, <c>server + ";Password=" + data</c>.</summary>
        private static string? TextBefore(IBinaryOperation add)
        {
            var left = OperationPaths.Unwrap(add.LeftOperand);
            return left.ConstantValue.Value as string ??
                (left is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } inner ? OperationPaths.Unwrap(inner.RightOperand).ConstantValue.Value as string : null);
        }

        private static string Place(Location location)
        {
            var span = location.GetLineSpan();
            return System.IO.Path.GetFileName(span.Path) + ":" + (span.StartLinePosition.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>Types a password or key is passed as: text, characters, bytes, a SecureString.</summary>
        private static bool IsSecretText(ITypeSymbol type) =>
            OperationPaths.IsStringType(type) || type.Name is "SecureString" or "ReadOnlySpan" or "Span" ||
            type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char or SpecialType.System_Byte };

        private enum Kind
        {
            Password,
            Key,
        }
    }

    private static void AnalyzeLiteral(OperationAnalysisContext context)
    {
        var literal = (ILiteralOperation)context.Operation;
        if (literal.ConstantValue is not { HasValue: true, Value: string value } || value.Length < MinimumSecretLength)
        {
            return;
        }

        var finding = Classify(value, literal, context.ContainingSymbol);
        if (finding is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.HardcodedSecret, literal.Syntax.GetLocation(), finding.Value.What, finding.Value.Where));
        }
    }

    private static (string What, string Where)? Classify(string value, IOperation literal, ISymbol? owner)
    {
        var targets = ValueTargets.Of(literal, owner);
        var where = targets.Count > 0 ? $"{targets[targets.Count - 1].Kind} '{targets[targets.Count - 1].Name}'" : "a string literal";

        foreach (var (kind, pattern) in KnownSecretFormats.All)
        {
            if (KnownSecretFormats.MayContain(kind, value) && SafeRegex.IsMatch(pattern, value))
            {
                return (kind, where);
            }
        }

        // A key handed to a lookup (configuration, JSON, environment, claims, dictionaries) names a
        // value held elsewhere; code shown as text is a sample. Neither is a stored secret.
        if (IsLookupKey(literal) || SafeRegex.IsMatch(SampleCode, value))
        {
            return null;
        }

        if (value.IndexOf('=') >= 0)
        {
            foreach (var match in SafeRegex.Matches(ConnectionStringSecret, value))
            {
                if (IsRealValue(match.Groups["value"].Value.Trim()) && !IsStandIn(match.Groups["value"].Value.Trim(), PasswordNames))
                {
                    return ("connection string with a password", where);
                }
            }
        }

        if (value.IndexOf("://", StringComparison.Ordinal) > 0 && SafeRegex.Match(UrlCredentials, value) is { Success: true } url &&
            IsRealValue(url.Groups["value"].Value) && !IsStandIn(url.Groups["value"].Value, PasswordNames))
        {
            return ("URL with a password", where);
        }

        if (IsCryptographicKey(literal) && IsRealValue(value) && !IsStandIn(value, KeyNames))
        {
            return ("cryptographic key", where);
        }

        // data = "7e5tc4s3"; … new NetworkCredential("user", data, "domain"): the local's uses for
        // which this is the last assignment before them name the value too.
        if (StoredLocal(literal) is { } stored)
        {
            foreach (var use in UsesOf(stored.Local, stored.Assignment, literal))
            {
                var used = $"variable '{stored.Local.Name}'";
                if (FollowsPasswordKey(use) && IsRealValue(value) && !IsStandIn(value, PasswordNames))
                {
                    return ("password in a connection string", used + ", concatenated after Password=");
                }

                if (IsCryptographicKey(use) && IsRealValue(value) && !IsStandIn(value, KeyNames))
                {
                    return ("cryptographic key", used + ", used as a key");
                }

                foreach (var target in ValueTargets.Of(use, owner))
                {
                    targets.Add(new NamedTarget(target.Name, $"{used} passed as {target.Kind}"));
                }
            }
        }

        foreach (var target in targets)
        {
            var words = IdentifierWords.Split(target.Name);
            var phrase = IdentifierWords.FindPhrase(words, SecretNames);
            if (phrase is null)
            {
                continue;
            }

            // PasswordHeaderName and TokenEndpoint are about a secret; ApiKey and AdminPassword are one.
            var describesSecret = IdentifierWords.EndOf(words, phrase) < words.Count &&
                Array.IndexOf(NotSecretLastWords, words[words.Count - 1]) >= 0;
            if (!describesSecret && LooksLikeSecret(value) && !IsStandIn(value, [phrase]))
            {
                return (string.Join(" ", phrase), $"{target.Kind} '{target.Name}'");
            }
        }

        return null;
    }

    /// <summary>The local a literal is the whole value of (<c>var data = "…"</c>, <c>data = "…"</c>), and that assignment.</summary>
    private static (ILocalSymbol Local, IOperation Assignment)? StoredLocal(IOperation literal)
    {
        var current = literal;
        while (current.Parent is IConversionOperation or IParenthesizedOperation)
        {
            current = current.Parent;
        }

        return current.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => (declarator.Symbol, declarator),
            ISimpleAssignmentOperation assignment when ReferenceEquals(assignment.Value, current) &&
                OperationPaths.Unwrap(assignment.Target) is ILocalReferenceOperation target => (target.Local, assignment),
            _ => null,
        };
    }

    /// <summary>
    /// Reads of the local, in the same method, whose last assignment written before them is
    /// <paramref name="assignment"/>: the value the literal gave it, not one a later line replaced.
    /// </summary>
    private static System.Collections.Generic.IEnumerable<IOperation> UsesOf(ILocalSymbol local, IOperation assignment, IOperation literal)
    {
        var body = OperationPaths.Root(literal);
        var writes = new System.Collections.Generic.List<int>();
        var reads = new System.Collections.Generic.List<ILocalReferenceOperation>();
        foreach (var operation in body.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when declarator.Initializer is not null && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    writes.Add(declarator.Syntax.SpanStart);
                    break;
                case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local):
                    if (IsWritten(reference))
                    {
                        writes.Add(reference.Parent?.Syntax.SpanStart ?? reference.Syntax.SpanStart);
                    }
                    else
                    {
                        reads.Add(reference);
                    }

                    break;
            }
        }

        var at = assignment.Syntax.SpanStart;
        foreach (var read in reads)
        {
            var position = read.Syntax.SpanStart;
            var last = -1;
            foreach (var write in writes)
            {
                if (write < position && write > last)
                {
                    last = write;
                }
            }

            if (last == at)
            {
                yield return read;
            }
        }
    }

    private static bool IsWritten(ILocalReferenceOperation reference) =>
        reference.Parent switch
        {
            IAssignmentOperation assignment => ReferenceEquals(assignment.Target, reference),
            IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Out or RefKind.Ref,
            _ => false,
        };

    /// <summary>Whether the value is concatenated right after <c>Password=</c> of a connection string (<c>"…;Password=" + data</c>, <c>$"…;Pwd={data}"</c>).</summary>
    private static bool FollowsPasswordKey(IOperation value)
    {
        var current = value;
        while (current.Parent is IConversionOperation or IParenthesizedOperation)
        {
            current = current.Parent;
        }

        var before = current.Parent switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when ReferenceEquals(add.RightOperand, current) => add.LeftOperand.ConstantValue.Value as string,
            IInterpolationOperation { Parent: IInterpolatedStringOperation interpolated } hole =>
                interpolated.Parts.IndexOf(hole) is var index and > 0 && interpolated.Parts[index - 1] is IInterpolatedStringTextOperation text
                    ? text.Text.ConstantValue.Value as string
                    : null,
            _ => null,
        };
        return before is not null && SafeRegex.IsMatch(PasswordKeyAtEnd, before);
    }

    /// <summary>
    /// Whether the value becomes the key of a System.Security.Cryptography API (CWE-321), as text or
    /// through <c>Encoding.GetBytes</c>/<c>Convert.FromBase64String</c>: <c>aes.Key = …</c>,
    /// <c>aes.CreateEncryptor(key, iv)</c>, <c>new HMACSHA256(key)</c>.
    /// </summary>
    private static bool IsCryptographicKey(IOperation value)
    {
        var current = value;
        while (true)
        {
            while (current.Parent is IConversionOperation or IParenthesizedOperation)
            {
                current = current.Parent;
            }

            if (current.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "GetBytes" or "FromBase64String" or "FromHexString" } converted })
            {
                current = converted;
                continue;
            }

            break;
        }

        return current.Parent switch
        {
            IArgumentOperation { Parameter: { Name: "key" or "rgbKey" } parameter } => IsCryptography(parameter.ContainingSymbol.ContainingType),
            ISimpleAssignmentOperation assignment when ReferenceEquals(assignment.Value, current) =>
                OperationPaths.Unwrap(assignment.Target) is IPropertyReferenceOperation { Property: { Name: "Key" } property } && IsCryptography(property.ContainingType),
            _ => false,
        };
    }

    private static bool IsCryptography(INamedTypeSymbol? type) =>
        type?.ContainingNamespace?.ToDisplayString().StartsWith("System.Security.Cryptography", StringComparison.Ordinal) == true;

    /// <summary>
    /// Whether the literal is the key of a lookup: bound to a string parameter named for a key or name
    /// (<c>GetValue(key)</c>, <c>GetEnvironmentVariable(variable)</c>, <c>GetProperty(propertyName)</c>,
    /// <c>new Claim(type, value)</c>, an indexer's <c>key</c>), and not to one named for a secret.
    /// </summary>
    private static bool IsLookupKey(IOperation literal)
    {
        var current = literal;
        while (current.Parent is IConversionOperation or IParenthesizedOperation)
        {
            current = current.Parent;
        }

        if (current.Parent is not IArgumentOperation { Parameter: { } parameter } || !OperationPaths.IsStringType(parameter.Type))
        {
            return false;
        }

        var words = IdentifierWords.Split(parameter.Name);
        return words.Count > 0 && IdentifierWords.FindPhrase(words, SecretNames) is null &&
            Array.IndexOf(NotSecretLastWords, words[words.Count - 1]) >= 0;
    }

    /// <summary>
    /// A value that stands in for a secret: it has a placeholder word (your-api-key-here, hashed_password_123,
    /// changeme), or it is made of words only and spells the secret it would be (ApiKey = "api_key",
    /// Password = "MyPassword", "SftpStorageAccessKey") — a name, not a value.
    /// </summary>
    private static bool IsStandIn(string value, string[][] secretPhrases)
    {
        var words = IdentifierWords.Split(value);
        if (words.Count == 0)
        {
            return false;
        }

        if (IdentifierWords.FindPhrase(words, PlaceholderWords) is not null)
        {
            return true;
        }

        foreach (var c in value)
        {
            if (!(char.IsLetter(c) || c is '_' or '-' or '.' or ':'))
            {
                return false;
            }
        }

        return IdentifierWords.FindPhrase(words, secretPhrases) is not null;
    }

    /// <summary>A secret-looking value: no spaces, long and random enough, and not a placeholder, setting path or variable name.</summary>
    internal static bool LooksLikeSecret(string value) =>
        value.Length >= MinimumSecretLength &&
        value.IndexOf(' ') < 0 &&
        IsRealValue(value) &&
        !IsSettingName(value) &&
        Entropy(value) >= MinimumEntropy;

    /// <summary>Not empty and not a placeholder: <c>{password}</c>, <c>${SECRET}</c>, <c>%PWD%</c>, <c>$(Pwd)</c>, <c>&lt;your-key&gt;</c>, <c>****</c>.</summary>
    private static bool IsRealValue(string value)
    {
        value = value.Trim().Trim('\'', '"');
        if (value.Length == 0)
        {
            return false;
        }

        var first = value[0];
        var last = value[value.Length - 1];
        if ((first == '{' && last == '}') || (first == '<' && last == '>') || (first == '%' && last == '%') || (first == '[' && last == ']') ||
            value.StartsWith("${", StringComparison.Ordinal) || value.StartsWith("$(", StringComparison.Ordinal) ||
            value.StartsWith("__", StringComparison.Ordinal) || value.StartsWith("#{", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c != '*' && c != 'x' && c != 'X' && c != '.' && c != '-')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Configuration keys and environment variable names: <c>Auth:ClientSecret</c>, <c>API_TOKEN</c>, <c>Smtp.Password</c>.</summary>
    private static bool IsSettingName(string value)
    {
        var upperSnake = true;
        var dottedOrColon = value.IndexOf(':') > 0 || value.IndexOf("__", StringComparison.Ordinal) > 0;
        foreach (var c in value)
        {
            if (!(char.IsUpper(c) || char.IsDigit(c) || c == '_'))
            {
                upperSnake = false;
            }

            if (!(char.IsLetterOrDigit(c) || c == ':' || c == '_' || c == '.' || c == '-'))
            {
                return false;
            }
        }

        if (upperSnake)
        {
            return true;
        }

        if (dottedOrColon)
        {
            // Every segment an identifier made of letters: Authentication:Google:ClientSecret.
            foreach (var segment in value.Split(':', '.'))
            {
                if (segment.Length == 0 || !char.IsLetter(segment[0]))
                {
                    return false;
                }

                foreach (var c in segment)
                {
                    if (char.IsDigit(c))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>Shannon entropy in bits per character.</summary>
    internal static double Entropy(string value)
    {
        var counts = new System.Collections.Generic.Dictionary<char, int>();
        foreach (var c in value)
        {
            counts[c] = counts.TryGetValue(c, out var n) ? n + 1 : 1;
        }

        var entropy = 0.0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / value.Length;
            entropy -= p * Math.Log(p, 2);
        }

        return entropy;
    }
}
