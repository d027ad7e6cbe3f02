using ServiceStandard.Kernel;
using ServiceStandard.Reports.Documents;
using ServiceStandard.Reports.Html;
using ServiceStandard.Reports.Localization;

namespace ServiceStandard.Reports;

/// <summary>
/// statement.html and statement.md: an accessibility statement after the EU Web Accessibility
/// Directive's model (Implementing Decision (EU) 2018/1523): compliance status, the non-accessible
/// content by success criterion in plain words, disproportionate burden and out-of-scope content,
/// how it was prepared, feedback and enforcement contacts (the config's <c>statement:</c>). It says
/// "fully compliant" only when a person has decided every A/AA criterion and none fails.
/// </summary>
public sealed class StatementReport(ReportStylesheet? stylesheet = null) : IReportRenderer
{
    public string Name => "statement";

    public LocalizedText Description { get; } = LocalizedText.Bilingual(
        "statement.html and statement.md, an accessibility statement after the EU model, to publish",
        "statement.html y statement.md, una declaración de accesibilidad según el modelo de la UE, para publicar");

    public string FileName => "statement.html";

    public IReadOnlyList<string> FileNames => ["statement.html", "statement.md"];

    public string Render(ReportInput input) => Html(input);

    public IReadOnlyList<ReportFile> RenderFiles(ReportInput input) =>
        [new("statement.html", Html(input)), new("statement.md", Markdown(input))];

    public string Html(ReportInput input) => Document(input, DocumentFormat.Html, "statement.liquid");

    public string Markdown(ReportInput input) => Document(input, DocumentFormat.Markdown, "statement.md.liquid");

    private string Document(ReportInput input, DocumentFormat format, string template)
    {
        var view = new DocumentViewBuilder(input, ReportLabels.For(input.Language), format, stylesheet).Build("st_title");
        return DocumentTemplates.Render(template, view, format);
    }
}
