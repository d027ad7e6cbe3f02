using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NJsonSchema;
using NJsonSchema.Validation;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Index.Uploads;

/// <summary>One thing wrong with an uploaded document: where (a JSON path, with line and column when known) and what.</summary>
public sealed record UploadProblem(string Path, string Problem, int? Line, int? Column)
{
    public override string ToString() => Line is null ? $"{Path}: {Problem}" : $"{Path} (line {Line}, column {Column}): {Problem}";
}

/// <summary>What the index made of an uploaded body.</summary>
public abstract record UploadCheck
{
    /// <summary>Not JSON at all (HTTP 400).</summary>
    public sealed record Malformed(UploadProblem Problem) : UploadCheck;

    /// <summary>JSON, but not an assessment.json the schema accepts (HTTP 422): every problem, up to a limit.</summary>
    public sealed record Invalid(IReadOnlyList<UploadProblem> Problems) : UploadCheck;

    /// <summary>A valid assessment, its text, and the SHA-256 of its bytes.</summary>
    public sealed record Valid(AssessmentReport Report, string Text, string ContentHash) : UploadCheck;
}

/// <summary>
/// Checks an uploaded assessment.json against docs/schemas/assessment.schema.json (embedded) and
/// reads it with the model's own reader, so the index keeps only documents every renderer can read.
/// </summary>
public sealed class AssessmentUpload
{
    /// <summary>How many problems an answer lists: enough to fix a file, not a megabyte of them.</summary>
    public const int MaxProblems = 20;

    private readonly JsonSchema _schema;

    private AssessmentUpload(JsonSchema schema) => _schema = schema;

    public static async Task<AssessmentUpload> LoadAsync()
    {
        await using var stream = typeof(AssessmentUpload).Assembly.GetManifestResourceStream("index/assessment.schema.json")
            ?? throw new InvalidOperationException("assessment.schema.json is not embedded in ServiceStandard.Index");
        using var reader = new StreamReader(stream);
        return new AssessmentUpload(await JsonSchema.FromJsonAsync(await reader.ReadToEndAsync()));
    }

    public static string Hash(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    public UploadCheck Check(byte[] body)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return new UploadCheck.Malformed(new UploadProblem("#", "the body is not UTF-8 text", null, null));
        }

        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new UploadCheck.Invalid([new UploadProblem("#", "an assessment.json is a JSON object", 1, 1)]);
            }
        }
        catch (JsonException ex)
        {
            return new UploadCheck.Malformed(new UploadProblem("#", "the body is not JSON: " + FirstSentence(ex.Message),
                ex.LineNumber is { } line ? (int)line + 1 : null, ex.BytePositionInLine is { } column ? (int)column + 1 : null));
        }

        var errors = Flatten(_schema.Validate(text)).Take(MaxProblems + 1).ToList();
        if (errors.Count > 0)
        {
            return new UploadCheck.Invalid([.. errors.Take(MaxProblems)]);
        }

        var read = AssessmentFile.Parse(text, "assessment.json");
        if (!read.Succeeded)
        {
            return new UploadCheck.Invalid([.. read.Errors.Take(MaxProblems).Select(d => new UploadProblem("#", d.Message, d.Location.Line, d.Location.Column))]);
        }

        return new UploadCheck.Valid(read.Value!, text, Hash(body));
    }

    private static IEnumerable<UploadProblem> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var nested in Flatten(child.Errors.Values.SelectMany(e => e)))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return new UploadProblem(error.Path ?? "#", Describe(error), error.HasLineInfo ? error.LineNumber : null, error.HasLineInfo ? error.LinePosition : null);
            }
        }
    }

    private static string Describe(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.PropertyRequired => $"the required property '{error.Property}' is missing",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => $"'{error.Property}' is not a property of assessment.json here",
        ValidationErrorKind.NotInEnumeration => "the value is not one of those the schema allows",
        ValidationErrorKind.StringExpected => "a text value is expected",
        ValidationErrorKind.IntegerExpected => "a whole number is expected",
        ValidationErrorKind.NumberExpected => "a number is expected",
        ValidationErrorKind.BooleanExpected => "true or false is expected",
        ValidationErrorKind.ObjectExpected => "an object is expected",
        ValidationErrorKind.ArrayExpected => "a list is expected",
        ValidationErrorKind.DateTimeExpected => "a date-time (ISO 8601 with offset) is expected",
        _ => $"the schema does not accept it ({error.Kind})",
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
