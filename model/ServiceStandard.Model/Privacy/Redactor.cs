using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Model.Privacy;

/// <summary>
/// Takes credentials out of everything a run writes or prints. A sign-in form that submits with
/// GET puts the password in the next page's URL, and from there in every report, so each text we
/// keep is cleaned of: the run's secrets (values read with <c>${env:…}</c> and values typed into
/// password fields), in any of their URL or HTML encodings; the values of query parameters named
/// like a credential (<see cref="CredentialNames"/>) or named like a field a secret was typed into;
/// and the password of a URL's user information. One instance per run, shared by its browser tabs.
/// </summary>
public sealed partial class Redactor
{
    /// <summary>What replaces a query value or a URL's password: URL-safe, so the URL stays a URL.</summary>
    public const string QueryMark = "REDACTED";

    /// <summary>What replaces a secret found elsewhere in a text.</summary>
    public const string TextMark = "[redacted]";

    // Shorter secrets are replaced only where they are a whole query value: replacing a
    // three-letter secret everywhere would rewrite ordinary words of every page.
    private const int MinimumFreeTextLength = 4;

    private readonly ConcurrentDictionary<string, byte> _secrets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _fields = new(StringComparer.OrdinalIgnoreCase);
    private volatile string[] _forms = [];

    /// <summary>Adds a value that must never be written (an empty value is ignored).</summary>
    public void AddSecret(string? value)
    {
        if (string.IsNullOrEmpty(value) || !_secrets.TryAdd(value, 0))
        {
            return;
        }

        lock (_secrets)
        {
            _forms = [.. _secrets.Keys
                .Where(s => s.Length >= MinimumFreeTextLength)
                .SelectMany(Encodings)
                .Distinct(StringComparer.Ordinal)
                .OrderByDescending(s => s.Length)];
        }
    }

    /// <summary>Adds the name of a form field a secret was typed into: its query values are redacted too.</summary>
    public void AddCredentialField(string? name)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            _fields.TryAdd(name, 0);
        }
    }

    /// <summary>The text with every credential this redactor knows of replaced.</summary>
    public string Text(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        if (text.Contains('='))
        {
            text = QueryParameter().Replace(text, RedactParameter);
        }

        if (text.Contains('@'))
        {
            text = UserInfo().Replace(text, m => m.Groups["password"].Length == 0 ? m.Value : $"{m.Groups["head"].Value}:{QueryMark}@");
        }

        foreach (var form in _forms)
        {
            text = text.Replace(form, TextMark, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>A copy of <paramref name="value"/> (any model record) with every text in it redacted.</summary>
    public T Apply<T>(T value)
    {
        var writing = new JsonSerializerOptions(AssessmentJson.Options) { WriteIndented = false };
        writing.Converters.Insert(0, new RedactingStringConverter(this));
        var json = JsonSerializer.Serialize(value, writing);
        return JsonSerializer.Deserialize<T>(json, AssessmentJson.Options)!;
    }

    private string RedactParameter(Match match)
    {
        var value = match.Groups["value"].Value;
        if (value.Length == 0 || value == QueryMark)
        {
            return match.Value;
        }

        var name = Decode(match.Groups["name"].Value);
        var redact = CredentialNames.IsCredential(name) || _fields.ContainsKey(name) || _secrets.ContainsKey(Decode(value));
        return redact ? $"{match.Groups["lead"].Value}{match.Groups["name"].Value}={QueryMark}" : match.Value;
    }

    private static string Decode(string text)
    {
        try
        {
            return WebUtility.UrlDecode(text);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    private static IEnumerable<string> Encodings(string secret)
    {
        yield return secret;
        yield return Uri.EscapeDataString(secret);
        yield return WebUtility.UrlEncode(secret);
        yield return WebUtility.HtmlEncode(secret);
        yield return JsonEncodedText.Encode(secret).Value;
    }

    // A parameter after ?, &, ; or # (so "&amp;" in HTML and fragment parameters such as
    // #access_token= count): its name, then its value up to the next separator.
    [GeneratedRegex(@"(?<lead>[?&;#])(?<name>[A-Za-z0-9_.\-\[\]%+]{1,100})=(?<value>[^&#;\s""'<>]*)", RegexOptions.CultureInvariant)]
    private static partial Regex QueryParameter();

    [GeneratedRegex(@"(?<head>\b[A-Za-z][A-Za-z0-9+.\-]{0,30}://[^/\s:@""'<>]*):(?<password>[^/\s@""'<>]*)@", RegexOptions.CultureInvariant)]
    private static partial Regex UserInfo();

    private sealed class RedactingStringConverter(Redactor redactor) : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WriteStringValue(redactor.Text(value));
    }
}
