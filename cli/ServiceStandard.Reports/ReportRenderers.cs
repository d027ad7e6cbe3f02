using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Reports;

/// <summary>Every report format and its renderer.</summary>
public static class ReportRenderers
{
    public static IReadOnlyList<IReportRenderer> All { get; } =
    [
        new JsonReport(),
        new HtmlReport(),
        new SarifReport(),
        new JUnitReport(),
        new MarkdownReport(),
    ];

    public static IReportRenderer For(ReportFormat format) => All.First(r => r.Format == format);
}
