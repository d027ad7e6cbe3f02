namespace ServiceStandard.Index.Publishing;

/// <summary>
/// Criterion titles in each language of the site, from the standards' own text (the CLI reads the
/// shipped standards and hands them over: this project may not reference them). A criterion of a
/// standard it does not know keeps the title its assessments give, in the language they were run in.
/// </summary>
public sealed class CriterionTitles(IReadOnlyDictionary<(string StandardId, string CriterionId, string Language), string> titles)
{
    public static CriterionTitles None { get; } = new(new Dictionary<(string, string, string), string>());

    public string? Get(string standardId, string criterionId, string language) => titles.GetValueOrDefault((standardId, criterionId, language));
}
