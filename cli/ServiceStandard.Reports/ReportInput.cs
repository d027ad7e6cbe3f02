using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Reports;

/// <summary>What every renderer reads: the assessment, the language of the report's own words, and the screenshot files it names.</summary>
/// <param name="Language">en or es: the report's labels. Messages and titles inside the assessment stay in the language they were written in.</param>
public sealed record ReportInput(AssessmentReport Assessment, string Language = "en")
{
    /// <summary>
    /// The PNG bytes of the screenshots findings name (file name → bytes), read by the caller from the
    /// output folder; the HTML report inlines the small ones. Missing entries are linked by name instead.
    /// </summary>
    public IReadOnlyDictionary<string, byte[]> Screenshots { get; init; } = new Dictionary<string, byte[]>();

    /// <summary>Where the screenshot files are, relative to the report: <c>screenshots/</c>.</summary>
    public string ScreenshotFolder { get; init; } = "screenshots/";
}
