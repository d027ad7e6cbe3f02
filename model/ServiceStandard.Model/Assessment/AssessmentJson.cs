using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ServiceStandard.Kernel.Text;

namespace ServiceStandard.Model.Assessment;

/// <summary>The one JSON spelling of the assessment and of evidence: camelCase, kebab-case enums.</summary>
public static class AssessmentJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        // Page text stays readable in the file; HTML reports escape it themselves.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON text, with bidi and other hidden characters the encoder leaves raw written as <c>\u</c> escapes.</summary>
    public static string Serialize<T>(T value) => UntrustedText.EscapeInJson(JsonSerializer.Serialize(value, Options));

    /// <summary>
    /// The same text, as UTF-8, written to <paramref name="stream"/> as it is made: a file of many pages'
    /// evidence is never held whole in memory as a string (issue 18).
    /// </summary>
    public static void Serialize<T>(Stream stream, T value)
    {
        using var escaping = new JsonHiddenCharacterEscapingStream(stream);
        JsonSerializer.Serialize(escaping, value, Options);
    }

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);
}
