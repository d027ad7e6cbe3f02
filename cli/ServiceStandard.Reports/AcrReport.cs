using ServiceStandard.Kernel;
using ServiceStandard.Reports.Documents;
using ServiceStandard.Reports.Html;
using ServiceStandard.Reports.Localization;

namespace ServiceStandard.Reports;

/// <summary>
/// acr.html and acr.md: an accessibility conformance report in the style of the ITI VPAT 2.5, WCAG
/// edition: every WCAG 2.2 success criterion at levels A and AA with its conformance level and the
/// remarks the findings and judgements give. Supports only where a person judged the criterion
/// passed; a violation found makes it Does not support; what nobody decided is Not evaluated.
/// </summary>
public sealed class AcrReport(ReportStylesheet? stylesheet = null) : IReportRenderer
{
    public string Name => "acr";

    public LocalizedText Description { get; } = LocalizedText.Bilingual(
        "acr.html and acr.md, a conformance report in the VPAT 2.5 WCAG style, for buyers",
        "acr.html y acr.md, un informe de conformidad al estilo del VPAT 2.5 WCAG, para compradores");

    public string FileName => "acr.html";

    public IReadOnlyList<string> FileNames => ["acr.html", "acr.md"];

    public string Render(ReportInput input) => Html(input);

    public IReadOnlyList<ReportFile> RenderFiles(ReportInput input) =>
        [new("acr.html", Html(input)), new("acr.md", Markdown(input))];

    public string Html(ReportInput input) => Document(input, DocumentFormat.Html, "acr.liquid");

    public string Markdown(ReportInput input) => Document(input, DocumentFormat.Markdown, "acr.md.liquid");

    private string Document(ReportInput input, DocumentFormat format, string template)
    {
        var view = new DocumentViewBuilder(input, ReportLabels.For(input.Language), format, stylesheet).Build("acr_title");
        return DocumentTemplates.Render(template, view, format);
    }
}
