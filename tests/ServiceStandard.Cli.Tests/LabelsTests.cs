using System.Text.RegularExpressions;
using ServiceStandard.Cli.Localization;
using ServiceStandard.Kernel.Localization;

namespace ServiceStandard.Cli.Tests;

public partial class LabelsTests
{
    [Fact]
    public void Spanish_has_every_English_label_with_the_same_placeholders()
    {
        var english = Labels.All["en"];
        var spanish = Labels.All["es"];

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

    [Fact]
    public void Every_label_in_the_file_is_read_by_a_property_or_method_of_labels()
    {
        var members = typeof(Labels).GetMembers().Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var unused = Labels.All["en"].Keys.Where(k => !members.Contains(k)).ToList();
        Assert.True(unused.Count == 0, "labels.yml has labels nothing reads: " + string.Join(", ", unused));
    }

    [Fact]
    public void A_label_file_with_a_missing_language_or_placeholder_names_the_key_and_line()
    {
        var missing = Assert.Throws<InvalidDataException>(() => LabelFile.Parse("A:\n  en: \"x\"\n  es: \"y\"\nB:\n  en: \"only english\"\n", "labels.yml", Labels.SupportedLanguages));
        Assert.Equal("labels.yml:4: the label 'B' has no 'es' text", missing.Message);
        var placeholders = Assert.Throws<InvalidDataException>(() => LabelFile.Parse("A:\n  en: \"{0} pages\"\n  es: \"páginas\"\n", "labels.yml", Labels.SupportedLanguages));
        Assert.Equal("labels.yml:1: the label 'A' must use the same placeholders in 'es' as in 'en' ({0})", placeholders.Message);
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex Placeholder();
}
