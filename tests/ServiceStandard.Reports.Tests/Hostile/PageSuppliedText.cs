using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Reports.Tests.Hostile;

/// <summary>
/// Everything a page supplies to an assessment, put into the fixed example
/// (<see cref="ReportExamples.Assessment"/>) wherever the renderers show it: a finding's message,
/// selector, snippet and URL (also a fixed finding's, from a baseline), a page's title and URLs, a
/// page error's message and a check error's.
/// </summary>
internal sealed record PageSuppliedText(string Message, string Selector, string Snippet, string Url, string Title, string PageError, string CheckError)
{
    /// <summary>Legitimate Spanish text that must come through every output unchanged.</summary>
    public const string Spanish = "Formulario de solicitud — ¿Añadir otra dirección?";

    /// <summary>
    /// Each thing a page might print to attack the reader: clear the screen, an OSC 8 hyperlink, a
    /// carriage return that rewrites the line, a forged GitHub Actions command and an Azure one on a
    /// new line, a right-to-left override (Trojan Source), NUL, DEL, a C1 control and Spectre markup.
    /// </summary>
    public const string Attack =
        Spanish + " \u001b[2J \u202Egnp.exe\u202C nul\0 del\u007F c1\u009B [red]red[/] over\rwritten\n::error::forged\r\n##vso[task.setvariable variable=x]1 \u001b]8;;http://evil\u0007here\u001b]8;;\u0007";

    public static PageSuppliedText AllAttack { get; } = new(Attack, "#x " + Attack, "<p>" + Attack + "</p>", "http://127.0.0.1:5080/" + Attack, Attack, Attack, Attack);

    public IEnumerable<string> All => [Message, Selector, Snippet, Url, Title, PageError, CheckError];

    public AssessmentReport ApplyTo(AssessmentReport report) => report with
    {
        Findings = [.. report.Findings.Select((f, i) => i == 0 ? OnPage(f) : f)],
        Pages = [.. report.Pages.Select(p => p.Error is null
            ? p with { Url = Url, FinalUrl = Url, Title = Title }
            : p with { Url = Url, FinalUrl = Url, Error = p.Error with { Message = PageError } })],
        CheckErrors = [.. report.CheckErrors.Select(e => e with { Message = CheckError, Url = Url })],
        Baseline = report.Baseline is { } baseline ? baseline with { Fixed = [.. baseline.Fixed.Select(OnPage)] } : null,
    };

    private Finding OnPage(Finding finding) =>
        finding with { Message = Message, Location = new PageLocation(Url, Selector, Snippet, "3f9a0c1d2e4b5a67.png", "apply, step 2") };
}
