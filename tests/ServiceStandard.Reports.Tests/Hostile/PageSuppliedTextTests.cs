using System.Text.Json;
using System.Xml;
using AngleSharp.Html.Parser;
using NJsonSchema;
using ServiceStandard.Kernel.Text;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Testing;

namespace ServiceStandard.Reports.Tests.Hostile;

/// <summary>
/// Issue 14, item 11: control and bidi characters a page supplies (ESC sequences, CR, a forged CI
/// command on a new line, U+202E, NUL, DEL) are shown as visible escapes in every report, each
/// report stays valid, and legitimate Spanish comes through unchanged.
/// </summary>
public class PageSuppliedTextTests
{
    private static readonly Lazy<JsonSchema> SarifSchema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult());

    private static readonly ReportInput Input = ReportExamples.Input(PageSuppliedText.AllAttack.ApplyTo(ReportExamples.Assessment()));

    /// <summary>What each control of the attack must have become in a document.</summary>
    private static readonly string[] Escapes = ["[U+001B][2J", "[U+0007]", "[U+202E]gnp.exe[U+202C]", "[U+0000]", "[U+007F]", "[U+009B]", "[red]red[/]"];

    [Fact]
    public void Sarif_is_schema_valid_and_its_strings_show_escapes_instead_of_controls()
    {
        var sarif = new SarifReport().Render(Input);

        Assert.Empty(JsonSchemaErrors.Flatten(SarifSchema.Value.Validate(sarif)));
        HiddenCharacters.AssertNone(sarif, "report.sarif");
        var strings = Strings(JsonDocument.Parse(sarif).RootElement).ToList();
        Assert.All(strings, s => HiddenCharacters.AssertNone(s, "a SARIF string"));
        var message = strings.First(s => s.StartsWith(PageSuppliedText.Spanish, StringComparison.Ordinal));
        Assert.All(Escapes, e => Assert.Contains(e, message, StringComparison.Ordinal));
        Assert.Contains(strings, s => s.StartsWith("#x " + PageSuppliedText.Spanish, StringComparison.Ordinal));
    }

    [Fact]
    public void JUnit_is_well_formed_xml_and_its_text_shows_escapes_instead_of_controls()
    {
        var xml = new JUnitReport().Render(Input);

        var texts = XmlTexts(xml).ToList();
        HiddenCharacters.AssertNone(xml, "junit.xml");
        Assert.All(texts, t => HiddenCharacters.AssertNone(t, "a JUnit text or attribute"));
        var output = string.Join("\n", texts);
        Assert.Contains(PageSuppliedText.Spanish, output, StringComparison.Ordinal);
        Assert.All(Escapes, e => Assert.Contains(e, output, StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_shows_escapes_keeps_one_line_per_row_and_turns_markup_into_text()
    {
        var markdown = new MarkdownReport().Render(Input);

        HiddenCharacters.AssertNone(markdown, "report.md", allowed: "\n");
        Assert.Contains(PageSuppliedText.Spanish, markdown, StringComparison.Ordinal);
        Assert.Contains("\\[U+001B\\]\\[2J", markdown, StringComparison.Ordinal);
        Assert.Contains("\\[U+202E\\]gnp.exe", markdown, StringComparison.Ordinal);
        Assert.Contains("\\[red\\]red\\[/\\]", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(markdown.Split('\n'), line => line.TrimStart().StartsWith("::", StringComparison.Ordinal) || line.StartsWith("##vso", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_text_shows_escapes_and_keeps_the_spanish()
    {
        var html = new HtmlReport().Render(Input);

        HiddenCharacters.AssertNone(html, "report.html", allowed: "\n");
        var text = new HtmlParser().ParseDocument(html).Body!.TextContent;
        Assert.Contains(PageSuppliedText.Spanish, text, StringComparison.Ordinal);
        Assert.All(Escapes, e => Assert.Contains(e, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Assessment_json_escapes_every_control_and_bidi_character_and_keeps_the_text_exactly()
    {
        var json = new JsonReport().Render(Input);

        // assessment.json is the data other reports are rendered from again: escaped as JSON, not changed.
        HiddenCharacters.AssertNone(json, "assessment.json", allowed: "\n");
        Assert.Contains("\\u202E", json, StringComparison.OrdinalIgnoreCase);
        var read = AssessmentJson.Deserialize<AssessmentReport>(json)!;
        Assert.Equal(PageSuppliedText.AllAttack.Message, read.Findings[0].Message);
        Assert.Equal(PageSuppliedText.AllAttack.Title, read.Pages[0].Title);
    }

    [Theory]
    [InlineData("\u001b[2J", "[U+001B][2J")]
    [InlineData("a\u202Eb\u2066c\u2069\u200E\u200F\u061C", "a[U+202E]b[U+2066]c[U+2069][U+200E][U+200F][U+061C]")]
    [InlineData("nul\0 del\u007F nel\u0085", "nul[U+0000] del[U+007F] nel[U+0085]")]
    [InlineData("line\none\r\ntwo\tthree", "line\none\r\ntwo\tthree")]
    [InlineData(PageSuppliedText.Spanish + " عربي 👨‍👩‍👧 ñ", PageSuppliedText.Spanish + " عربي 👨‍👩‍👧 ñ")]
    public void Reveal_shows_controls_bidi_and_lone_surrogates_and_keeps_everything_else(string text, string expected) =>
        Assert.Equal(expected, UntrustedText.Reveal(text));

    [Fact]
    public void Reveal_shows_lone_surrogates_and_keeps_pairs() =>
        Assert.Equal("lone [U+D800] high, lone [U+DC00] low, cut [U+D83D], pair 😀", UntrustedText.Reveal("lone \uD800 high, lone \uDC00 low, cut \uD83D, pair 😀"));

    [Theory]
    [InlineData("title\n::error::forged", "title[U+000A][U+003A]:error::forged")]
    [InlineData("##\u0001 and ###[x] and ##vso\u0085", "[U+0023]#[U+0001] and [U+0023][U+0023]#[x] and [U+0023]#vso[U+0085]")]
    [InlineData("::error::forged", "[U+003A]:error::forged")]
    [InlineData("  ::set-output name=x::y", "  [U+003A]:set-output name=x::y")]
    [InlineData("a ##vso[task.complete]x ##[error]y", "a [U+0023]#vso[task.complete]x [U+0023]#[error]y")]
    [InlineData("over\rwritten\ttab\u2028sep", "over[U+000D]written[U+0009]tab[U+2028]sep")]
    [InlineData("http://[::1]:8080/ and std::vector", "http://[::1]:8080/ and std::vector")]
    [InlineData(PageSuppliedText.Spanish, PageSuppliedText.Spanish)]
    public void One_line_also_shows_line_breaks_and_defuses_ci_commands(string text, string expected) =>
        Assert.Equal(expected, UntrustedText.OneLine(text));

    [Fact]
    public void Lines_keeps_the_line_breaks_and_defuses_each_line() =>
        Assert.Equal("first\n[U+003A]:error::forged\nthird[U+001B][2J", UntrustedText.Lines("first\r\n::error::forged\nthird\u001b[2J"));

    private static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    yield return property.Name;
                    foreach (var s in Strings(property.Value))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var s in element.EnumerateArray().SelectMany(Strings))
                {
                    yield return s;
                }

                break;
        }
    }

    /// <summary>Reads the whole document with XML 1.0's character rules enforced; every text and attribute value.</summary>
    internal static IEnumerable<string> XmlTexts(string xml)
    {
        var settings = new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, ConformanceLevel = ConformanceLevel.Document };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var values = new List<string>();
        while (reader.Read())
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                values.Add(reader.Value);
            }

            if (reader.NodeType == XmlNodeType.Element && reader.MoveToFirstAttribute())
            {
                do
                {
                    values.Add(reader.Value);
                }
                while (reader.MoveToNextAttribute());
                reader.MoveToElement();
            }
        }

        return values;
    }
}
