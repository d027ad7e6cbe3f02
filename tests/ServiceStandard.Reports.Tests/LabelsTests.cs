using System.Text.RegularExpressions;
using ServiceStandard.Reports.Localization;
using ServiceStandard.Testing;

namespace ServiceStandard.Reports.Tests;

public partial class LabelsTests
{
    [Fact]
    public void Every_label_is_in_every_language_with_the_same_placeholders()
    {
        var english = ReportLabels.All["en"];
        foreach (var language in ReportLabels.Languages)
        {
            var labels = ReportLabels.All[language];
            Assert.Equal(english.Keys.Order(StringComparer.Ordinal), labels.Keys.Order(StringComparer.Ordinal));
            Assert.All(english, pair =>
            {
                Assert.False(string.IsNullOrWhiteSpace(labels[pair.Key]), $"{language}: {pair.Key}");
                Assert.Equal(Placeholders(pair.Value), Placeholders(labels[pair.Key]));
            });
        }
    }

    [Fact]
    public void Every_label_the_templates_use_exists()
    {
        var folder = RepositoryPaths.Combine("cli", "ServiceStandard.Reports", "Html");
        var used = Directory.GetFiles(folder, "*.liquid").SelectMany(f => LabelUse().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.All(used, key => Assert.True(ReportLabels.All["en"].ContainsKey(key), $"the template uses l.{key}, which labels.yml lacks"));
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\bl\.([a-z_]+)")]
    private static partial Regex LabelUse();
}
