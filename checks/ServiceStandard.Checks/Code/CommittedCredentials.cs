using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using ServiceStandard.Gathering.Source;

namespace ServiceStandard.Checks.Code;

/// <summary>A credential found in a configuration file: where, under which key; never the value.</summary>
public sealed record CommittedCredential(string Path, int Line, int Column, string Key, bool DevelopmentOnly);

/// <summary>
/// Finds credentials committed in configuration files (CWE-798, CWE-260): a connection string with a
/// non-empty <c>Password=</c>/<c>Pwd=</c>/<c>AccountKey=</c>/<c>SharedAccessKey=</c>, a URL with a password in
/// it (<c>amqp://user:pass@host</c>), or a key named for a secret (password, secret, API key, token,
/// client secret, signing key…) holding a value. Placeholders are not credentials: empty values,
/// <c>&lt;…&gt;</c>, <c>${…}</c>, <c>$(…)</c>, <c>#{…}#</c>, <c>%…%</c>, <c>__X__</c>, <c>{{…}}</c>, Key Vault
/// references, and values that say they are to be replaced (<c>changeme</c>, <c>your-…</c>, <c>xxx</c>,
/// <c>example</c>…). Reads appsettings*.json, launchSettings.json, secrets.json, .env files and *.config
/// files. Values are read only to decide; nothing returned holds them.
/// </summary>
public static partial class CommittedCredentials
{
    private static readonly string[] SecretLastWords =
        ["password", "passwd", "pwd", "passphrase", "secret", "apikey", "token", "credential", "credentials", "sas", "clientsecret", "privatekey"];

    private static readonly string[] KeyQualifiers =
        ["api", "access", "secret", "private", "signing", "encryption", "account", "shared", "master", "jwt", "subscription", "client", "auth", "security", "hmac", "aes", "symmetric", "token"];

    private static readonly string[] PlaceholderWords =
        ["changeme", "change-me", "change_me", "changethis", "change-this", "replace", "your", "placeholder", "todo", "fixme", "tbd", "insert", "dummy", "example", "sample", "xxx", "***", "redacted", "override", "set-in", "set_in", "setme", "set-me", "notset", "not-set", "not_set", "notused", "not-used", "not_used", "secret-here", "goes-here", "goeshere"];

    private static readonly string[] AbsentValues = ["secret", "password", "pass", "pwd", "token", "apikey", "api-key", "none", "null", "undefined", "true", "false", "empty"];

    // The storage emulator's account key is published in Microsoft's documentation: it opens nothing but a local emulator.
    private const string StorageEmulatorKeyStart = "Eby8vdM02xNOcqFl";

    /// <summary>Every credential in a configuration file, in file order.</summary>
    public static List<CommittedCredential> Find(RepositoryFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = Path.GetFileName(file.RelativePath);
        var text = file.Text.TrimStart('\uFEFF');
        var found = new List<(int Line, int Column, string Key)>();
        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            Json(text, found);
        }
        else if (name.EndsWith(".config", StringComparison.OrdinalIgnoreCase))
        {
            Xml(text, found);
        }
        else
        {
            Env(text, found);
        }

        var development = IsDevelopmentOnly(name);
        return [.. found.Select(f => new CommittedCredential(file.RelativePath, f.Line, f.Column, f.Key, development))];
    }

    /// <summary>Files a team keeps for running on its own machine: appsettings.Development.json, launchSettings.json, .env.development, .env.local.</summary>
    public static bool IsDevelopmentOnly(string fileName) =>
        fileName.Contains(".Development.", StringComparison.OrdinalIgnoreCase) ||
        fileName.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase) ||
        fileName.Equals(".env.development", StringComparison.OrdinalIgnoreCase) ||
        fileName.Equals(".env.dev", StringComparison.OrdinalIgnoreCase) ||
        fileName.Equals(".env.local", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a setting holds a credential: by what its value is, or by its name and a real value.</summary>
    public static bool IsCredential(IReadOnlyList<string> keyPath, string value)
    {
        ArgumentNullException.ThrowIfNull(keyPath);
        ArgumentNullException.ThrowIfNull(value);
        foreach (Match match in ConnectionStringSecret().Matches(value))
        {
            if (!IsPlaceholder(match.Groups["value"].Value.Trim().Trim('"', '\''), keyPath))
            {
                return true;
            }
        }

        if (UrlPassword().Match(value) is { Success: true } url && !IsPlaceholder(Uri.UnescapeDataString(url.Groups["value"].Value), keyPath))
        {
            return true;
        }

        return keyPath.Count > 0 && IsSecretName(keyPath) && !IsPlaceholder(value.Trim(), keyPath) && !LooksLikeAnAddress(value);
    }

    /// <summary>Whether the last part of a key names a secret: <c>Password</c>, <c>ClientSecret</c>, <c>Jwt:Key</c>, <c>SMTP_PASSWORD</c>.</summary>
    public static bool IsSecretName(IReadOnlyList<string> keyPath)
    {
        ArgumentNullException.ThrowIfNull(keyPath);
        var words = Words(keyPath[^1]);
        if (words.Count == 0)
        {
            return false;
        }

        var last = words[^1];
        if (SecretLastWords.Contains(last))
        {
            return true;
        }

        if (last != "key")
        {
            return false;
        }

        if (words.Count > 1)
        {
            return KeyQualifiers.Contains(words[^2]);
        }

        // "Jwt": { "Key": "…" }
        return keyPath.Count > 1 && Words(keyPath[^2]).Any(KeyQualifiers.Contains);
    }

    private static bool IsPlaceholder(string value, IReadOnlyList<string> keyPath)
    {
        if (value.Length == 0 || value.All(c => c is '*' or 'x' or 'X' or '.' or '-' or '_' or '?' or '#' or ' '))
        {
            return true;
        }

        if (Reference().IsMatch(value) || value.StartsWith(StorageEmulatorKeyStart, StringComparison.Ordinal))
        {
            return true;
        }

        var lower = value.ToLowerInvariant();
        if (AbsentValues.Contains(lower) || PlaceholderWords.Any(lower.Contains))
        {
            return true;
        }

        // "ApiKey": "X-Api-Key" names a header; "Password": "Password" names itself.
        var squeezed = string.Concat(lower.Where(char.IsLetterOrDigit));
        return keyPath.Count > 0 && (squeezed == string.Concat(Words(keyPath[^1])) || lower.StartsWith("x-", StringComparison.Ordinal)) ||
            (value.Length < 4 && value.All(char.IsDigit));
    }

    /// <summary>A URL or path in a secret-named key is where the secret is, not the secret (<c>"TokenStore": "https://vault…"</c>).</summary>
    private static bool LooksLikeAnAddress(string value) =>
        (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "file" && string.IsNullOrEmpty(uri.UserInfo)) ||
        value.StartsWith('/') || value.StartsWith("~/", StringComparison.Ordinal) || value.StartsWith("./", StringComparison.Ordinal);

    private static List<string> Words(string key) =>
        [.. KeyWord().Matches(key).Select(m => m.Value.ToLowerInvariant())];

    private static void Json(string text, List<(int Line, int Column, string Key)> found)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 });
        var path = new List<string>();
        string? pending = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pending = reader.GetString();
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        path.Add(pending ?? (path.Count > 0 ? path[^1] : string.Empty));
                        pending = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        if (path.Count > 0)
                        {
                            path.RemoveAt(path.Count - 1);
                        }

                        break;
                    case JsonTokenType.String:
                        var keyPath = path.Where(p => p.Length > 0).Append(pending ?? string.Empty).Where(p => p.Length > 0).ToList();
                        if (IsCredential(keyPath, reader.GetString() ?? string.Empty))
                        {
                            var (line, column) = Position(bytes, (int)reader.TokenStartIndex);
                            found.Add((line, column, string.Join(':', keyPath)));
                        }

                        pending = null;
                        break;
                    default:
                        pending = null;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not well-formed JSON: what was read up to the fault stands; nothing more can be placed.
        }
    }

    private static (int Line, int Column) Position(byte[] bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart) + 1);
    }

    private static void Xml(string text, List<(int Line, int Column, string Key)> found)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text, LoadOptions.SetLineInfo);
        }
        catch (XmlException)
        {
            return;
        }

        foreach (var element in document.Descendants())
        {
            // <add key="ApiKey" value="…"/>, <add name="Default" connectionString="…"/>, <network password="…"/>
            var name = element.Attribute("key")?.Value ?? element.Attribute("name")?.Value;
            foreach (var attribute in element.Attributes())
            {
                var attributeName = attribute.Name.LocalName;
                if (attributeName is "key" or "name" || attribute.Name.Namespace != XNamespace.None)
                {
                    continue;
                }

                var key = attributeName is "value" or "connectionString" && name is not null ? name : element.Name.LocalName + "@" + attributeName;
                IReadOnlyList<string> keyPath = attributeName is "value" && name is not null ? [name] : [attributeName];
                if (IsCredential(keyPath, attribute.Value))
                {
                    var info = (IXmlLineInfo)attribute;
                    found.Add((info.LineNumber, info.LinePosition, key));
                }
            }

            // <setting name="Password"><value>…</value></setting>
            if (element.Name.LocalName == "value" && !element.HasElements && element.Parent?.Attribute("name")?.Value is { } setting &&
                IsCredential([setting], element.Value))
            {
                var info = (IXmlLineInfo)element;
                found.Add((info.LineNumber, info.LinePosition, setting));
            }
        }
    }

    private static void Env(string text, List<(int Line, int Column, string Key)> found)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var match = EnvLine().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var value = match.Groups["value"].Value.Trim();
            if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0])
            {
                value = value[1..^1];
            }
            else if (value.IndexOf(" #", StringComparison.Ordinal) is var comment and >= 0)
            {
                value = value[..comment].TrimEnd();
            }

            var key = match.Groups["key"].Value;
            if (IsCredential(key.Split("__"), value))
            {
                found.Add((i + 1, match.Groups["value"].Index + 1, key));
            }
        }
    }

    // A bound against a pathological value, not a budget: on two loaded cores a short value can
    // wait hundreds of milliseconds for the CPU, and a timeout there would lose the whole scan.
    private const int MatchTimeout = 2000;

    [GeneratedRegex(@"(?:^|;)\s*(?:password|pwd|accountkey|sharedaccesskey)\s*=\s*(?<value>""[^""]*""|'[^']*'|[^;]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout)]
    private static partial Regex ConnectionStringSecret();

    [GeneratedRegex(@"^[a-z][a-z0-9+.\-]*://[^/:@\s]*:(?<value>[^@/\s]+)@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout)]
    private static partial Regex UrlPassword();

    [GeneratedRegex(@"^(?:<.*>|\[.*\]|\{.*\}|\$\{.*\}|\$\(.*\)|#\{.*\}#?|%[^%]+%|__.*__|@@.*@@|\$[A-Za-z_][A-Za-z0-9_]*|@Microsoft\.KeyVault\(.*|(?:env|vault|kv|keyvault|secret|secrets|ssm|aws-sm):.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, MatchTimeout)]
    private static partial Regex Reference();

    [GeneratedRegex(@"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+", RegexOptions.CultureInvariant, MatchTimeout)]
    private static partial Regex KeyWord();

    [GeneratedRegex(@"^\s*(?:export\s+)?(?<key>[A-Za-z_][A-Za-z0-9_.:\-]*)\s*=(?<value>.*)$", RegexOptions.CultureInvariant, MatchTimeout)]
    private static partial Regex EnvLine();
}
