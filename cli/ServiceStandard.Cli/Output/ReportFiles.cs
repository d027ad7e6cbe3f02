using System.Text;
using ServiceStandard.Assessing;
using ServiceStandard.Configuration;
using ServiceStandard.Model.Findings;
using ServiceStandard.Reports;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Cli.Output;

/// <summary>
/// Writes an assessment's reports into the output folder: assessment.json always (report, judge and
/// baselines read it), then every requested format, each by its renderer; prints where each went.
/// The screenshots the findings name are read here, at the edge, so renderers stay pure.
/// </summary>
internal static class ReportFiles
{
    public const string ScreenshotFolder = "screenshots";

    /// <summary>Writes the reports; returns the path of report.html when it was asked for.</summary>
    /// <param name="evidenceDirectory">The folder whose screenshots/ holds the findings' pictures (the assessment's).</param>
    /// <param name="shownDirectory">The folder named to the user, when the files are written elsewhere first (assess's staging folder).</param>
    public static string? Write(string directory, string evidenceDirectory, AssessmentReport report, IReadOnlyList<IReportRenderer> renderers, string language, CommandSession session, string? shownDirectory = null)
    {
        var (labels, reporter) = (session.Labels, session.Reporter);
        Directory.CreateDirectory(directory);
        var screenshots = Path.Combine(evidenceDirectory, ScreenshotFolder);
        var input = new ReportInput(report, language)
        {
            Screenshots = Screenshots(screenshots, report),
            ScreenshotFolder = Path.GetRelativePath(directory, screenshots).Replace('\\', '/') + "/",
        };
        string? html = null;
        // assessment.json is always written: it is what report, judge and a baseline read.
        foreach (var renderer in ReportRenderers.All.Where(r => r is JsonReport || renderers.Contains(r)))
        {
            foreach (var file in renderer.RenderFiles(input))
            {
                File.WriteAllText(Path.Combine(directory, file.FileName), file.Content, new UTF8Encoding(false));
                var shown = Path.Combine(shownDirectory ?? directory, file.FileName);
                reporter.Note(labels.ReportWritten(shown));
                if (renderer is HtmlReport)
                {
                    html = shown;
                }
            }
        }

        reporter.Paragraph(labels.ReportsWrittenTo(shownDirectory ?? directory));
        if (html is not null)
        {
            reporter.Paragraph(labels.HtmlReportAt(html));
        }

        return html;
    }

    /// <summary>The PNGs findings name that exist in the folder's screenshots/ and are small enough to inline.</summary>
    private static Dictionary<string, byte[]> Screenshots(string folder, AssessmentReport report)
    {
        var shots = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var names = report.Findings.Concat(report.Suppressed.Select(s => s.Finding))
            .Select(f => (f.Location as PageLocation)?.Screenshot)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            // A name is a plain file name: never a path out of the screenshots folder.
            if (name != Path.GetFileName(name) || name.Length == 0)
            {
                continue;
            }

            var file = new FileInfo(Path.Combine(folder, name));
            // A link placed among the screenshots is not followed into the report.
            if (file.Exists && file.LinkTarget is null && file.Length <= HtmlReportOptions.Default.MaxInlineScreenshotBytes)
            {
                shots[name] = File.ReadAllBytes(file.FullName);
            }
        }

        return shots;
    }
}
