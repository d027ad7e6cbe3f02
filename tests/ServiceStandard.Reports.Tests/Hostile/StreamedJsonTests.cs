using System.Text;
using System.Text.Json;
using ServiceStandard.Kernel.Text;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Reports.Tests.Hostile;

/// <summary>
/// evidence.json is written straight to its file (issue 18: a 300-page run's peak held it as a
/// string and an escaped copy): the bytes must be the text the string version gave, hidden
/// characters escaped, wherever the serializer's writes split a character.
/// </summary>
public sealed class StreamedJsonTests
{
    private static readonly object Hostile = new
    {
        title = "Pay\u202Eyou\u202C tax",
        nel = "a\u0085b",
        privateUse = "\uE000 and \U000F0001",
        fine = "café, 😀, ✓, \u00A0",
        zeroWidth = "\u200B\u2060\uFEFF\u061C",
        isolates = new[] { "\u2066x\u2069", "plain" },
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(4096)]
    public void Bytes_written_in_any_pieces_come_out_as_the_escaped_text(int piece)
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Hostile, AssessmentJson.Options));
        using var file = new MemoryStream();
        using (var escaping = new JsonHiddenCharacterEscapingStream(file))
        {
            for (var i = 0; i < bytes.Length; i += piece)
            {
                escaping.Write(bytes.AsSpan(i, Math.Min(piece, bytes.Length - i)));
            }
        }

        var written = Encoding.UTF8.GetString(file.ToArray());
        Assert.Equal(AssessmentJson.Serialize(Hostile), written);
        Assert.Contains("\\u202E", written, StringComparison.Ordinal);
        Assert.Contains("\\uDB80\\uDC01", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Serializing_to_a_stream_writes_the_text_serializing_to_a_string_gives()
    {
        using var file = new MemoryStream();
        AssessmentJson.Serialize(file, Hostile);
        Assert.Equal(Encoding.UTF8.GetBytes(AssessmentJson.Serialize(Hostile)), file.ToArray());
    }
}
