namespace ServiceStandard.Reports.Html;

/// <summary>
/// The CSS the HTML report embeds: the design system's built stylesheet (designsystem/dist/ds.min.css,
/// embedded when it exists at build time; a small fallback otherwise) followed by the report's own
/// styles (Html/report.css). It is inlined in one style element whose hash the CSP allows.
/// </summary>
public sealed record ReportStylesheet(string Css, bool UsesDesignSystem)
{
    private static readonly Lazy<ReportStylesheet> Shipped = new(Load);

    /// <summary>The shipped stylesheet: design system (or fallback) + report.css.</summary>
    public static ReportStylesheet Default => Shipped.Value;

    private static ReportStylesheet Load()
    {
        var designSystem = Read("reports/ds.css");
        var report = Read("reports/report.css") ?? string.Empty;
        var css = (designSystem ?? Read("reports/fallback.css") ?? string.Empty).TrimEnd() + "\n" + report.TrimEnd() + "\n";
        if (css.Contains("</", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The report's CSS contains '</', which would end its style element.");
        }

        return new ReportStylesheet(css, designSystem is not null);
    }

    private static string? Read(string name)
    {
        using var stream = typeof(ReportStylesheet).Assembly.GetManifestResourceStream(name);
        return stream is null ? null : new StreamReader(stream).ReadToEnd();
    }
}
