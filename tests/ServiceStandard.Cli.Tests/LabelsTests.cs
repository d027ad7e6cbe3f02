using System.Text.RegularExpressions;
using System.Xml.Linq;
using ServiceStandard.Cli.Localization;
using ServiceStandard.Testing;

namespace ServiceStandard.Cli.Tests;

public partial class LabelsTests
{
    private static readonly string Folder = RepositoryPaths.Combine("cli", "ServiceStandard.Cli", "Localization");

    [Fact]
    public void Spanish_has_every_English_label_with_the_same_placeholders()
    {
        var english = Read("Labels.resx");
        var spanish = Read("Labels.es.resx");

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), spanish.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, pair =>
        {
            Assert.False(string.IsNullOrWhiteSpace(spanish[pair.Key]), pair.Key);
            Assert.Equal(Placeholders(pair.Value), Placeholders(spanish[pair.Key]));
        });
    }

    [Fact]
    public void Every_label_property_reads_its_resource_in_both_languages()
    {
        foreach (var language in Labels.SupportedLanguages)
        {
            var labels = Labels.For(language);
            var properties = typeof(Labels).GetProperties().Where(p => p.PropertyType == typeof(string) && p.Name != nameof(Labels.Language));
            Assert.All(properties, p => Assert.False(string.IsNullOrWhiteSpace((string?)p.GetValue(labels)), $"{language}: {p.Name}"));
        }

        Assert.Equal("Preguntas para la evaluación", Labels.For("es").HeadingAssessorQuestions);
        Assert.Equal("Questions for the assessor", Labels.For("en").HeadingAssessorQuestions);
    }

    [Fact]
    public void An_unsupported_language_falls_back_to_english()
    {
        Assert.Equal("en", Labels.For("fr").Language);
        Assert.Equal("es", Labels.For("ES").Language);
    }

    [Theory]
    [InlineData(new[] { "standard", "list" }, "en")]
    [InlineData(new[] { "--lang", "es", "standard", "list" }, "es")]
    [InlineData(new[] { "standard", "list", "--lang=es" }, "es")]
    [InlineData(new[] { "standard", "list", "--lang", "fr" }, "en")]
    [InlineData(new[] { "standard", "show", "--", "--lang", "es" }, "en")]
    public void The_language_is_found_before_parsing(string[] args, string expected) =>
        Assert.Equal(expected, GlobalOptions.FindLanguage(args));

    [Fact]
    public void Exit_codes_are_those_of_the_design()
    {
        Assert.Equal(0, ExitCodes.Success);
        Assert.Equal(1, ExitCodes.FindingsAtOrAboveThreshold);
        Assert.Equal(2, ExitCodes.BadInput);
        Assert.Equal(3, ExitCodes.TargetNotAssessable);
        Assert.Equal(130, ExitCodes.Interrupted);
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(e => (string)e.Attribute("name")!, e => (string)e.Element("value")!);

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex Placeholder();
}
