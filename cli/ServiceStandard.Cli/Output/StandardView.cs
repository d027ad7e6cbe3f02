using System.Globalization;
using ServiceStandard.Cli.Localization;
using ServiceStandard.Standard;

namespace ServiceStandard.Cli.Output;

/// <summary>Lays a standard out for reading in a terminal: its title, then each criterion in full.</summary>
public static class StandardView
{
    public static void Write(IConsoleReporter reporter, Labels labels, StandardDefinition standard, Criterion? only = null)
    {
        var language = labels.Language;
        reporter.Title(standard.Title.Get(language));

        var fields = new List<KeyValuePair<string, string>>
        {
            new(labels.FieldVersion, standard.Version),
            new(labels.FieldCriteria, standard.Criteria.Count.ToString(CultureInfo.InvariantCulture)),
            new(labels.FieldLanguages, string.Join(", ", standard.Languages)),
        };
        if (reporter.Verbosity == Verbosity.Detailed)
        {
            fields.Add(new(labels.FieldSource, standard.Source));
        }

        reporter.Fields(fields);
        if (only is null && standard.Description is not null)
        {
            reporter.Paragraph(standard.Description.Get(language));
        }

        foreach (var criterion in only is null ? standard.Criteria : [only])
        {
            WriteCriterion(reporter, labels, criterion);
        }
    }

    private static void WriteCriterion(IConsoleReporter reporter, Labels labels, Criterion criterion)
    {
        var language = labels.Language;
        reporter.Section($"{criterion.Id}  {criterion.Title.Get(language)}");
        reporter.Fields(
        [
            new(labels.FieldSlug, criterion.Slug),
            new(labels.FieldEvidenceTags, string.Join(", ", criterion.EvidenceTags)),
        ]);
        reporter.LabelledParagraph(labels.HeadingSummary, criterion.Summary.Get(language));
        if (criterion.WhyItMatters is not null)
        {
            reporter.LabelledParagraph(labels.HeadingWhyItMatters, criterion.WhyItMatters.Get(language));
        }

        reporter.NumberedList(labels.HeadingAssessorQuestions, [.. criterion.AssessorQuestions.Select(q => q.Get(language))]);
    }
}
