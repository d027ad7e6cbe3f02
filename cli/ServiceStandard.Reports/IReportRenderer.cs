using ServiceStandard.Kernel;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Reports;

/// <summary>
/// Turns an assessment into one report format. A renderer is a pure function of its input: it
/// never calls a check, the browser, the clock or the file system, and it never decides the exit
/// code (that is <see cref="Model.Assessment.AssessmentVerdicts"/>, from the assessment alone).
/// </summary>
public interface IReportRenderer
{
    /// <summary>The format's word in <c>--format</c> and <c>output.formats</c>: html, sarif, …</summary>
    string Name { get; }

    /// <summary>What the file is for, in English and Spanish, for help text and docs.</summary>
    LocalizedText Description { get; }

    /// <summary>The file the report is written to in the output folder: report.html, report.sarif, …</summary>
    string FileName { get; }

    /// <summary>Every file the format writes (<see cref="RenderFiles"/>), its main file first.</summary>
    IReadOnlyList<string> FileNames => [FileName];

    /// <summary>The format's main file: the one named <see cref="FileName"/>.</summary>
    string Render(ReportInput input);

    /// <summary>
    /// Every file the format writes, its main file first: a document written both as HTML and as
    /// Markdown (statement.html and statement.md) returns both. Most formats write one file.
    /// </summary>
    IReadOnlyList<ReportFile> RenderFiles(ReportInput input) => [new(FileName, Render(input))];
}

/// <summary>One file a renderer writes into the output folder.</summary>
public sealed record ReportFile(string FileName, string Content);
