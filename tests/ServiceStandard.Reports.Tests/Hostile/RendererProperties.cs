using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NJsonSchema;
using ServiceStandard.Kernel.Text;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Testing;
using ServiceStandard.Testing.Properties;

namespace ServiceStandard.Reports.Tests.Hostile;

/// <summary>
/// Property-based (CsCheck, fixed seed, bounded count): whatever a page supplies, in every field the
/// renderers show, every report stays valid for its format and holds no raw control or bidi
/// character; page text never becomes markup.
/// </summary>
public class RendererProperties
{
    private static readonly AssessmentReport Example = ReportExamples.Assessment();

    private static readonly Lazy<JsonSchema> SarifSchema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult());

    /// <summary>The elements and attributes the HTML template itself writes, from the fixed example: page text may add none.</summary>
    private static readonly Lazy<(HashSet<string> Elements, HashSet<string> Attributes)> TemplateMarkup = new(() =>
    {
        var document = new HtmlParser().ParseDocument(new HtmlReport().Render(ReportExamples.Input(Example)));
        var elements = document.All.ToList();
        return (elements.Select(e => e.LocalName).ToHashSet(StringComparer.Ordinal),
                elements.SelectMany(e => e.Attributes).Select(a => a.Name).ToHashSet(StringComparer.Ordinal));
    });

    private static void Check(Action<PageSuppliedText> property, int iterations = HostileGen.Iterations) =>
        PropertyRun.Holds(HostileGen.PageText, property, iterations, HostileGen.Print);

    private static ReportInput Input(PageSuppliedText text) => ReportExamples.Input(text.ApplyTo(Example));

    [Fact]
    public void Sarif_is_json_that_validates_against_the_schema_and_holds_no_hidden_character() =>
        Check(text =>
        {
            var sarif = new SarifReport().Render(Input(text));

            HiddenCharacters.AssertNone(sarif, "report.sarif", allowed: "\n");
            using var document = JsonDocument.Parse(sarif);
            Assert.All(JsonStrings(document.RootElement), s => HiddenCharacters.AssertNone(s, "a SARIF string"));
            Assert.Empty(JsonSchemaErrors.Flatten(SarifSchema.Value.Validate(sarif)));
        }, iterations: 60);

    [Fact]
    public void JUnit_is_well_formed_xml_and_holds_no_hidden_character() =>
        Check(text =>
        {
            var xml = new JUnitReport().Render(Input(text));

            HiddenCharacters.AssertNone(xml, "junit.xml");
            Assert.All(PageSuppliedTextTests.XmlTexts(xml), t => HiddenCharacters.AssertNone(t, "a JUnit text or attribute"));
        });

    [Fact]
    public void Html_adds_no_element_or_attribute_and_shows_the_text_as_text() =>
        Check(text =>
        {
            var html = new HtmlReport().Render(Input(text));

            HiddenCharacters.AssertNone(html, "report.html", allowed: "\n");
            var document = new HtmlParser().ParseDocument(html);
            var (elements, attributes) = TemplateMarkup.Value;
            foreach (var element in document.All)
            {
                Assert.Contains(element.LocalName, elements);
                Assert.All(element.Attributes, a => Assert.Contains(a.Name, attributes));
            }

            Assert.Empty(document.QuerySelectorAll("script"));
            Assert.All(document.QuerySelectorAll("a[href]"), a => Assert.Matches("^(https?:|#)", a.GetAttribute("href")!));
            var shown = document.Body!.TextContent;
            Assert.All(document.Descendants<IText>(), t => HiddenCharacters.AssertNone(t.Data, "an HTML text node", allowed: "\t\n\r"));
            Assert.Contains(UntrustedText.Reveal(text.Message), shown, StringComparison.Ordinal);
            Assert.Contains(UntrustedText.Reveal(text.Snippet), shown, StringComparison.Ordinal);
        }, iterations: 40);

    [Fact]
    public void Markdown_has_no_raw_html_from_the_page_no_broken_table_row_and_no_hidden_character() =>
        Check(text =>
        {
            var markdown = new MarkdownReport().Render(Input(text));

            HiddenCharacters.AssertNone(markdown, "report.md", allowed: "\n");
            // Outside code spans (where GitHub shows < as it is), the only tags are the template's own.
            var outsideCode = string.Join('\n', markdown.Split('\n').Select(WithoutCodeSpans));
            Assert.DoesNotContain("<", outsideCode.Replace("<sub>", string.Empty, StringComparison.Ordinal).Replace("</sub>", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

            // Both tables have four columns: a row with any other number of unescaped pipes was broken by page text.
            var rows = markdown.Split('\n').Where(line => line.StartsWith('|')).ToList();
            Assert.All(rows, row => Assert.Equal(5, row.Where((c, i) => c == '|' && (i == 0 || row[i - 1] != '\\')).Count()));
        });

    [Fact]
    public void Assessment_json_is_valid_json_with_every_hidden_character_escaped() =>
        Check(text =>
        {
            var json = new JsonReport().Render(Input(text));

            HiddenCharacters.AssertNone(json, "assessment.json", allowed: "\n");
            using var document = JsonDocument.Parse(json);
            var read = AssessmentJson.Deserialize<AssessmentReport>(json)!;
            Assert.Equal(Example.Findings.Count, read.Findings.Count);
        });

    [Fact]
    public void Revealed_text_holds_no_hidden_character_and_revealing_again_changes_nothing() =>
        PropertyRun.Holds(
            HostileGen.Text,
            text =>
            {
                var revealed = UntrustedText.Reveal(text);
                var line = UntrustedText.OneLine(text);

                HiddenCharacters.AssertNone(revealed, "revealed text");
                HiddenCharacters.AssertNone(line, "a terminal line", allowed: string.Empty);
                Assert.DoesNotContain(line, c => c is '\u2028' or '\u2029');
                Assert.Equal(revealed, UntrustedText.Reveal(revealed));
                Assert.Equal(line, UntrustedText.OneLine(line));
                Assert.False(line.TrimStart().StartsWith("::", StringComparison.Ordinal), line);
                Assert.DoesNotContain("##vso[", line, StringComparison.OrdinalIgnoreCase);
            },
            count: 2000,
            print: HostileGen.Print);

    [Fact]
    public void Legitimate_text_in_any_script_comes_through_unchanged() =>
        PropertyRun.Holds(
            HostileGen.Legitimate,
            text =>
            {
                Assert.Equal(text, UntrustedText.Reveal(text));
                Assert.Equal(text, UntrustedText.OneLine(text));
            },
            count: 1000,
            print: HostileGen.Print);

    /// <summary>A Markdown line without its code spans: a run of n backticks up to the next run of exactly n.</summary>
    private static string WithoutCodeSpans(string line)
    {
        var builder = new System.Text.StringBuilder();
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                builder.Append(line, i, 2);
                i += 2;
                continue;
            }

            if (line[i] != '`')
            {
                builder.Append(line[i++]);
                continue;
            }

            var run = Run(line, i);
            var close = i + run;
            while (close < line.Length && !(line[close] == '`' && Run(line, close) == run))
            {
                close += line[close] == '`' ? Run(line, close) : 1;
            }

            if (close >= line.Length)
            {
                builder.Append(line, i, run);
                i += run;
            }
            else
            {
                i = close + run;
            }
        }

        return builder.ToString();

        static int Run(string text, int start)
        {
            var end = start;
            while (end < text.Length && text[end] == '`')
            {
                end++;
            }

            return end - start;
        }
    }

    private static IEnumerable<string> JsonStrings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => JsonStrings(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(JsonStrings),
        _ => [],
    };
}
