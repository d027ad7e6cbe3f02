using ServiceStandard.Kernel;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using ServiceStandard.Reports.Html;
using ServiceStandard.Reports.Localization;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Reports;

/// <summary>Limits that keep the HTML report one readable, portable file however large the run.</summary>
public sealed record HtmlReportOptions
{
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>Places listed per rule under a criterion; the rest are counted and left to assessment.json.</summary>
    public int MaxInstancesPerRule { get; init; } = 50;

    /// <summary>A screenshot larger than this is linked by file name, not inlined.</summary>
    public int MaxInlineScreenshotBytes { get; init; } = 150_000;

    /// <summary>Once this much is inlined, further screenshots are linked.</summary>
    public long MaxInlineScreenshotsTotalBytes { get; init; } = 8_000_000;
}

/// <summary>
/// report.html: one self-contained, accessible file for the assessor, organised by criterion,
/// readable printed. Rendered by a Fluid (Liquid) template that HTML-encodes every value it prints;
/// page-derived text never reaches the markup any other way. A strict Content-Security-Policy
/// allows no script at all, only its own style element (by hash) and inlined PNG screenshots.
/// </summary>
public sealed class HtmlReport(ReportStylesheet? stylesheet = null, HtmlReportOptions? options = null) : IReportRenderer
{
    private static readonly Lazy<IFluidTemplate> Template = new(LoadTemplate);
    private static readonly TemplateOptions TemplateOptions = CreateOptions();

    // Encodes <, >, &, quotes and apostrophes; leaves other characters (é, ñ, emoji) as they are.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public string Name => "html";

    public LocalizedText Description { get; } = LocalizedText.Bilingual("report.html, for the assessor: self-contained, printable, accessible", "report.html, para quien evalúa: autónomo, imprimible, accesible");

    public string FileName => "report.html";

    public string Render(ReportInput input)
    {
        var labels = ReportLabels.For(input.Language);
        var view = new HtmlViewBuilder(input, labels, stylesheet ?? ReportStylesheet.Default, options ?? HtmlReportOptions.Default).Build();
        var context = new TemplateContext(TemplateOptions);
        context.SetValue("r", view);
        context.SetValue("l", view.Labels);
        return Template.Value.Render(context, Encoder);
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { FileProvider = new EmbeddedTemplates() };
        foreach (var type in typeof(HtmlView).Assembly.GetTypes().Where(t => t.Namespace == typeof(HtmlView).Namespace && t.Name.EndsWith("View", StringComparison.Ordinal)))
        {
            options.MemberAccessStrategy.Register(type);
        }

        return options;
    }

    private static IFluidTemplate LoadTemplate()
    {
        var source = EmbeddedTemplates.Read("report.liquid");
        return new FluidParser().TryParse(source, out var template, out var error)
            ? template
            : throw new InvalidOperationException($"The report template does not parse: {error}");
    }
}
