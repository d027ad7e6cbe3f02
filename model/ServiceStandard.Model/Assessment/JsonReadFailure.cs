using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ServiceStandard.Model.Assessment;

/// <summary>
/// Where and why System.Text.Json could not read one of our JSON files. Besides
/// <see cref="JsonException"/>, the serializer throws <see cref="NotSupportedException"/> for JSON
/// it cannot map, such as a finding's location without its "type" (found by the property tests of
/// issue 14); that one carries its position only in its message, which is read back here.
/// </summary>
public sealed partial record JsonReadFailure(int Line, int Column, string? JsonPath, string Message)
{
    /// <summary>The failure, or null for an exception that is not about the JSON (so it is not caught).</summary>
    public static JsonReadFailure? From(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        switch (exception)
        {
            case JsonException json:
                return new((int)(json.LineNumber ?? 0) + 1, (int)(json.BytePositionInLine ?? 0) + 1, json.Path, FirstSentence(json.Message));
            case NotSupportedException unsupported when Position().Match(unsupported.Message) is { Success: true } at:
                return new(
                    int.Parse(at.Groups["line"].Value, CultureInfo.InvariantCulture) + 1,
                    int.Parse(at.Groups["column"].Value, CultureInfo.InvariantCulture) + 1,
                    at.Groups["path"].Value,
                    FirstSentence(unsupported.InnerException?.Message ?? unsupported.Message));
            default:
                return null;
        }
    }

    private static string FirstSentence(string message) => message.Split(". ")[0].TrimEnd('.');

    [GeneratedRegex(@"Path: (?<path>\S*) \| LineNumber: (?<line>\d+) \| BytePositionInLine: (?<column>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex Position();
}
