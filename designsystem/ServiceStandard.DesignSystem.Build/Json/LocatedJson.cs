using System.Text;
using System.Text.Json;

namespace ServiceStandard.DesignSystem.Build.Json;

/// <summary>
/// A JSON value that remembers where it was in its file, so a token error can name the line and
/// column (System.Text.Json's DOM forgets positions). Objects keep their members in document order.
/// </summary>
public abstract record LocatedJson(SourceLocation Location)
{
    public string Kind => this switch
    {
        LocatedObject => "an object",
        LocatedArray => "an array",
        LocatedString => "a string",
        LocatedNumber => "a number",
        LocatedBoolean => "a boolean",
        _ => "null",
    };
}

public sealed record LocatedObject(SourceLocation Location, IReadOnlyList<LocatedMember> Members) : LocatedJson(Location)
{
    public LocatedJson? this[string name] => Members.FirstOrDefault(m => m.Name == name)?.Value;
}

public sealed record LocatedMember(string Name, SourceLocation NameLocation, LocatedJson Value);

public sealed record LocatedArray(SourceLocation Location, IReadOnlyList<LocatedJson> Items) : LocatedJson(Location);

public sealed record LocatedString(SourceLocation Location, string Value) : LocatedJson(Location);

public sealed record LocatedNumber(SourceLocation Location, double Value) : LocatedJson(Location);

public sealed record LocatedBoolean(SourceLocation Location, bool Value) : LocatedJson(Location);

public sealed record LocatedNull(SourceLocation Location) : LocatedJson(Location);

/// <summary>Parses JSON text into <see cref="LocatedJson"/>; syntax errors and duplicate keys become diagnostics.</summary>
public static class LocatedJsonParser
{
    public static LocatedJson? Parse(string file, string text, ICollection<BuildDiagnostic> diagnostics)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new LineMap(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = 64,
        });

        try
        {
            if (!reader.Read())
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidJson, new SourceLocation(file, 1, 1), "the file is empty; expected a JSON object."));
                return null;
            }

            var root = ReadValue(ref reader, file, lines, diagnostics);
            if (reader.Read())
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidJson, lines.Locate(file, reader.TokenStartIndex), "unexpected content after the end of the JSON document."));
            }

            return root;
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            var column = (int)(exception.BytePositionInLine ?? 0) + 1;
            var message = exception.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidJson, new SourceLocation(file, line, column), "invalid JSON: " + (cut > 0 ? message[..cut] : message)));
            return null;
        }
    }

    private static LocatedJson ReadValue(ref Utf8JsonReader reader, string file, LineMap lines, ICollection<BuildDiagnostic> diagnostics)
    {
        var location = lines.Locate(file, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<LocatedMember>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameLocation = lines.Locate(file, reader.TokenStartIndex);
                    var name = reader.GetString()!;
                    reader.Read();
                    var value = ReadValue(ref reader, file, lines, diagnostics);
                    if (!seen.Add(name))
                    {
                        diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.DuplicateKey, nameLocation, $"the key \"{name}\" appears twice in this object; JSON readers disagree on which one wins."));
                        continue;
                    }

                    members.Add(new LocatedMember(name, nameLocation, value));
                }

                return new LocatedObject(location, members);
            case JsonTokenType.StartArray:
                var items = new List<LocatedJson>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, file, lines, diagnostics));
                }

                return new LocatedArray(location, items);
            case JsonTokenType.String:
                return new LocatedString(location, reader.GetString()!);
            case JsonTokenType.Number:
                return new LocatedNumber(location, reader.GetDouble());
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new LocatedBoolean(location, reader.GetBoolean());
            default:
                return new LocatedNull(location);
        }
    }

    /// <summary>Turns a UTF-8 byte offset into a line and a column counted in characters.</summary>
    private sealed class LineMap
    {
        private readonly byte[] _bytes;
        private readonly List<long> _lineStarts = [0];

        public LineMap(byte[] bytes)
        {
            _bytes = bytes;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public SourceLocation Locate(string file, long offset)
        {
            var index = _lineStarts.BinarySearch(offset);
            var line = index >= 0 ? index : ~index - 1;
            var column = 1;
            for (var i = _lineStarts[line]; i < offset && i < _bytes.Length; i++)
            {
                // Count characters, not bytes: skip UTF-8 continuation bytes (10xxxxxx).
                if ((_bytes[i] & 0xC0) != 0x80)
                {
                    column++;
                }
            }

            return new SourceLocation(file, line + 1, column);
        }
    }
}
