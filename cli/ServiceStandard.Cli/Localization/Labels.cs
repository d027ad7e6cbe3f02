using System.Globalization;
using ServiceStandard.Kernel.Localization;

namespace ServiceStandard.Cli.Localization;

/// <summary>
/// The CLI's own words in the chosen language, read from labels.yml (every key in en and es), the
/// same kind of file as the reports' labels.
/// The standard's text comes from the standard itself; these are only the tool's labels and messages.
/// </summary>
public sealed partial class Labels
{
    public const string DefaultLanguage = "en";

    private static readonly string[] Languages = ["en", "es"];

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> Shipped =
        new(() => LabelFile.LoadEmbedded(typeof(Labels).Assembly, "cli/labels.yml", Languages));

    private readonly CultureInfo _culture;

    private Labels(string language)
    {
        Language = language;
        _culture = CultureInfo.GetCultureInfo(language);
    }

    /// <summary>The languages the CLI speaks; <c>--lang</c> accepts exactly these.</summary>
    public static IReadOnlyList<string> SupportedLanguages => Languages;

    public string Language { get; }

    public CultureInfo Culture => _culture;

    public string RootDescription => Get(nameof(RootDescription));

    public string StandardCommandDescription => Get(nameof(StandardCommandDescription));

    public string ListCommandDescription => Get(nameof(ListCommandDescription));

    public string ShowCommandDescription => Get(nameof(ShowCommandDescription));

    public string ShowArgumentDescription => Get(nameof(ShowArgumentDescription));

    public string CriterionOptionDescription => Get(nameof(CriterionOptionDescription));

    public string ValidateCommandDescription => Get(nameof(ValidateCommandDescription));

    public string ValidateArgumentDescription => Get(nameof(ValidateArgumentDescription));

    public string InitCommandDescription => Get(nameof(InitCommandDescription));

    public string InitPathOptionDescription => Get(nameof(InitPathOptionDescription));

    public string InitForceOptionDescription => Get(nameof(InitForceOptionDescription));

    public string InitStandardOptionDescription => Get(nameof(InitStandardOptionDescription));

    public string LangOptionDescription => Get(nameof(LangOptionDescription));

    public string NoColorOptionDescription => Get(nameof(NoColorOptionDescription));

    public string VerbosityOptionDescription => Get(nameof(VerbosityOptionDescription));

    public string ColumnId => Get(nameof(ColumnId));

    public string ColumnVersion => Get(nameof(ColumnVersion));

    public string ColumnTitle => Get(nameof(ColumnTitle));

    public string ColumnCriteria => Get(nameof(ColumnCriteria));

    public string FieldVersion => Get(nameof(FieldVersion));

    public string FieldCriteria => Get(nameof(FieldCriteria));

    public string FieldLanguages => Get(nameof(FieldLanguages));

    public string FieldSource => Get(nameof(FieldSource));

    public string FieldSlug => Get(nameof(FieldSlug));

    public string FieldEvidenceTags => Get(nameof(FieldEvidenceTags));

    public string HeadingSummary => Get(nameof(HeadingSummary));

    public string HeadingWhyItMatters => Get(nameof(HeadingWhyItMatters));

    public string HeadingAssessorQuestions => Get(nameof(HeadingAssessorQuestions));

    public string ListHint => Get(nameof(ListHint));

    public string Interrupted => Get(nameof(Interrupted));

    public static Labels For(string language) =>
        new(SupportedLanguages.Contains(language, StringComparer.OrdinalIgnoreCase) ? language.ToLowerInvariant() : DefaultLanguage);

    public string AssessCommandDescription => Get(nameof(AssessCommandDescription));

    public string ConfigOptionDescription => Get(nameof(ConfigOptionDescription));

    public string UrlOptionDescription => Get(nameof(UrlOptionDescription));

    public string BaseUrlOptionDescription => Get(nameof(BaseUrlOptionDescription));

    public string ChecksOptionDescription => Get(nameof(ChecksOptionDescription));

    public string OutOptionDescription => Get(nameof(OutOptionDescription));

    public string FormatOptionDescription(object formats) => Format(nameof(FormatOptionDescription), formats);

    public string FailOnOptionDescription => Get(nameof(FailOnOptionDescription));

    public string BrowserPathOptionDescription => Get(nameof(BrowserPathOptionDescription));

    public string BrowserEndpointOptionDescription => Get(nameof(BrowserEndpointOptionDescription));

    public string CdpEndpointOptionDescription => Get(nameof(CdpEndpointOptionDescription));

    public string ConcurrencyOptionDescription => Get(nameof(ConcurrencyOptionDescription));

    public string AssessProgress => Get(nameof(AssessProgress));

    public string NotAssessable(object arg0) => Format(nameof(NotAssessable), arg0);

    public string ReportWritten(object arg0) => Format(nameof(ReportWritten), arg0);

    public string UnknownCheck(object arg0, object arg1) => Format(nameof(UnknownCheck), arg0, arg1);

    public string ColumnRule => Get(nameof(ColumnRule));

    public string ColumnSeverity => Get(nameof(ColumnSeverity));

    public string AssessIncomplete => Get(nameof(AssessIncomplete));

    public string ChecksCommandDescription => Get(nameof(ChecksCommandDescription));

    public string ChecksListCommandDescription => Get(nameof(ChecksListCommandDescription));

    public string ChecksFormatOptionDescription => Get(nameof(ChecksFormatOptionDescription));

    public string ChecksPackOptionDescription => Get(nameof(ChecksPackOptionDescription));

    public string ColumnWcag => Get(nameof(ColumnWcag));

    public string ColumnAct => Get(nameof(ColumnAct));

    public string ChecksListSummary(object arg0, object arg1, object arg2) => Format(nameof(ChecksListSummary), arg0, arg1, arg2);

    public string ChecksWcagOptionDescription => Get(nameof(ChecksWcagOptionDescription));

    public string ColumnCriterion => Get(nameof(ColumnCriterion));

    public string ColumnLevel => Get(nameof(ColumnLevel));

    public string ColumnCoverage => Get(nameof(ColumnCoverage));

    public string ColumnRules => Get(nameof(ColumnRules));

    public string CoverageAutomated => Get(nameof(CoverageAutomated));

    public string CoverageReview => Get(nameof(CoverageReview));

    public string CoverageManual => Get(nameof(CoverageManual));

    public string ChecksWcagSummary(object arg0, object arg1, object arg2, object arg3, object arg4) => Format(nameof(ChecksWcagSummary), arg0, arg1, arg2, arg3, arg4);

    public string UnsupportedFormat(object arg0) => Format(nameof(UnsupportedFormat), arg0);

    public string SourceOptionDescription => Get(nameof(SourceOptionDescription));

    public string UnsupportedLanguage(string language) => Format(nameof(UnsupportedLanguage), language);

    public string UnsupportedVerbosity(string verbosity) => Format(nameof(UnsupportedVerbosity), verbosity);

    public string NoSuchStandard(string idOrPath, string shipped) => Format(nameof(NoSuchStandard), idOrPath, shipped);

    public string NoSuchCriterion(string criterion, string standard, string criteria) => Format(nameof(NoSuchCriterion), criterion, standard, criteria);

    public string LanguageNotInStandard(string standard, string language, string shown) => Format(nameof(LanguageNotInStandard), standard, language, shown);

    public string ValidateOk(string file, string id, string version, int criteria, int warnings) => Format(nameof(ValidateOk), file, id, version, criteria, warnings);

    public string ValidateFailed(int failedFiles, int files, int errors, int warnings) => Format(nameof(ValidateFailed), failedFiles, files, errors, warnings);

    public string InitExists(string path) => Format(nameof(InitExists), path);

    public string InitNoDirectory(string path, string directory) => Format(nameof(InitNoDirectory), path, directory);

    public string InitCannotWrite(string path, string reason) => Format(nameof(InitCannotWrite), path, reason);

    public string InitWritten(string path) => Format(nameof(InitWritten), path);

    public string InitUnknownStandard(string standard, string shipped) => Format(nameof(InitUnknownStandard), standard, shipped);

    public string UsageHint(string command) => Format(nameof(UsageHint), command);

    public string InternalError(string message) => Format(nameof(InternalError), message);

    public string BaselineOptionDescription => Get(nameof(BaselineOptionDescription));

    public string NewOnlyOptionDescription => Get(nameof(NewOnlyOptionDescription));

    public string EvidenceOptionDescription => Get(nameof(EvidenceOptionDescription));

    public string ReportCommandDescription => Get(nameof(ReportCommandDescription));

    public string ReportArgumentDescription => Get(nameof(ReportArgumentDescription));

    public string JudgementsOptionDescription => Get(nameof(JudgementsOptionDescription));

    public string ReportOutOptionDescription => Get(nameof(ReportOutOptionDescription));

    public string ReportFormatOptionDescription(object formats, object defaults) => Format(nameof(ReportFormatOptionDescription), formats, defaults);

    public string JudgeCommandDescription => Get(nameof(JudgeCommandDescription));

    public string JudgeInitOptionDescription => Get(nameof(JudgeInitOptionDescription));

    public string JudgeOutOptionDescription => Get(nameof(JudgeOutOptionDescription));

    public string JudgeNeedsInit => Get(nameof(JudgeNeedsInit));

    public string JudgementsWritten(object path, object count, object assessment) => Format(nameof(JudgementsWritten), path, count, assessment);

    public string ReportsWrittenTo(object directory) => Format(nameof(ReportsWrittenTo), directory);

    public string ReportsNotMoved(object target, object staging, object problem) => Format(nameof(ReportsNotMoved), target, staging, problem);

    public string HtmlReportAt(object path) => Format(nameof(HtmlReportAt), path);

    public string NewOnlyNeedsBaseline => Get(nameof(NewOnlyNeedsBaseline));

    public string UnknownReportFormat(object format, object formats) => Format(nameof(UnknownReportFormat), format, formats);

    public string DesignSystemCommandDescription => Get(nameof(DesignSystemCommandDescription));

    public string DocsCommandDescription => Get(nameof(DocsCommandDescription));

    public string DocsOutOptionDescription => Get(nameof(DocsOutOptionDescription));

    public string DocsLangOptionDescription => Get(nameof(DocsLangOptionDescription));

    public string DocsSourceOptionDescription => Get(nameof(DocsSourceOptionDescription));

    public string UnsupportedDocsLanguage(object language) => Format(nameof(UnsupportedDocsLanguage), language);

    public string DesignSystemNotFound(object start) => Format(nameof(DesignSystemNotFound), start);

    public string DocsWritten(object pages, object folder) => Format(nameof(DocsWritten), pages, folder);

    public string PlanCommandDescription => Get(nameof(PlanCommandDescription));

    public string PlanOutOptionDescription => Get(nameof(PlanOutOptionDescription));

    public string PlanProgress => Get(nameof(PlanProgress));

    public string PlanWritten(object file, object pages, object journeys, object planId) => Format(nameof(PlanWritten), file, pages, journeys, planId);

    public string PlanIncomplete => Get(nameof(PlanIncomplete));

    public string PlanOutIsFolder(object folder, object example) => Format(nameof(PlanOutIsFolder), folder, example);

    public string PlanOptionDescription => Get(nameof(PlanOptionDescription));

    public string SampleCommandDescription => Get(nameof(SampleCommandDescription));

    public string SampleRandomShareOptionDescription => Get(nameof(SampleRandomShareOptionDescription));

    public string SampleSeedOptionDescription => Get(nameof(SampleSeedOptionDescription));

    public string SampleWriteOptionDescription => Get(nameof(SampleWriteOptionDescription));

    public string SampleShareOutOfRange(object share) => Format(nameof(SampleShareOutOfRange), share);

    public string SampleSimilarityOptionDescription => Get(nameof(SampleSimilarityOptionDescription));

    public string SampleSimilarityOutOfRange(object value) => Format(nameof(SampleSimilarityOutOfRange), value);

    public string SampleSeedNegative(object seed) => Format(nameof(SampleSeedNegative), seed);

    public string SampleWriteNeedsConfig => Get(nameof(SampleWriteNeedsConfig));

    public string SampleNeedsTarget => Get(nameof(SampleNeedsTarget));

    public string SampleIncomplete => Get(nameof(SampleIncomplete));

    public string SampleTemplateMembers(object number, object count, object pages) => Format(nameof(SampleTemplateMembers), number, count, pages);

    public string SamplePageLeftOut(object error) => Format(nameof(SamplePageLeftOut), error);

    public string SampleNoPages(object baseUrl) => Format(nameof(SampleNoPages), baseUrl);

    public string SampleColumnPage => Get(nameof(SampleColumnPage));

    public string SampleColumnTitle => Get(nameof(SampleColumnTitle));

    public string SampleColumnWhy => Get(nameof(SampleColumnWhy));

    public string SampleJourney(object name, object steps) => Format(nameof(SampleJourney), name, steps);

    public string SampleSummary(object pages, object crawled, object structured, object random, object templates, object seed, object share) =>
        Format(nameof(SampleSummary), pages, crawled, structured, random, templates, seed, share);

    public string SampleNotWritten => Get(nameof(SampleNotWritten));

    public string SampleWrittenNote(object date, object crawled) => Format(nameof(SampleWrittenNote), date, crawled);

    public string SampleWritten(object file, object pages) => Format(nameof(SampleWritten), file, pages);

    public string ShardOptionDescription => Get(nameof(ShardOptionDescription));

    public string ShardWithoutPlan => Get(nameof(ShardWithoutPlan));

    public string PlanWithEvidence => Get(nameof(PlanWithEvidence));

    public string ShardWritten(object shard, object planId) => Format(nameof(ShardWritten), shard, planId);

    public string ResumeOptionDescription => Get(nameof(ResumeOptionDescription));

    public string MaxRequestsPerSecondOptionDescription => Get(nameof(MaxRequestsPerSecondOptionDescription));

    public string ResumeWithEvidence => Get(nameof(ResumeWithEvidence));

    public string Resuming(object path, object pages) => Format(nameof(Resuming), path, pages);

    public string MergeCommandDescription => Get(nameof(MergeCommandDescription));

    public string MergeArgumentDescription => Get(nameof(MergeArgumentDescription));

    public string MergeProgress(object shards, object pages) => Format(nameof(MergeProgress), shards, pages);

    /// <summary>The shipped labels by language, then key (for tests).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> All => Shipped.Value;

    private string Get(string key) =>
        Shipped.Value[Language].TryGetValue(key, out var value) ? value : throw new InvalidOperationException($"The label '{key}' is missing from labels.yml.");

    private string Format(string key, params object[] arguments) => string.Format(_culture, Get(key), arguments);
}
