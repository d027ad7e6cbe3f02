namespace ServiceStandard.Reports;

/// <summary>
/// Every report format, registered by its renderer: configuration, <c>--format</c> and help text take
/// the formats' names from here. Adding a format is a renderer and its line below.
/// </summary>
public static class ReportRenderers
{
    public static IReadOnlyList<IReportRenderer> All { get; } =
    [
        new JsonReport(),
        new HtmlReport(),
        new SarifReport(),
        new JUnitReport(),
        new MarkdownReport(),
        new StatementReport(),
        new AcrReport(),
        new WcagEmReport(),
        new EarlReport(),
    ];

    /// <summary>The formats written when none are asked for.</summary>
    public static IReadOnlyList<string> Defaults { get; } = ["json", "html"];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(r => r.Name)];

    public static IReportRenderer? Find(string name) => All.FirstOrDefault(r => r.Name == name);
}
