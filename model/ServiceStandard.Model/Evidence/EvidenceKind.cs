namespace ServiceStandard.Model.Evidence;

/// <summary>
/// A kind of page evidence a check can require and the gatherer can collect. A run gathers the union
/// of what its selected checks require (as Lighthouse's audits declare <c>requiredArtifacts</c>), and a
/// page that lacks a required kind is an evidence gap named by <see cref="EvidenceKinds.Name"/>.
/// </summary>
public enum EvidenceKind
{
    /// <summary>The rendered DOM, title and language: part of every snapshot.</summary>
    Html,

    /// <summary>axe-core's violations and incomplete results (<see cref="PageSnapshot.Axe"/>).</summary>
    Axe,

    /// <summary>The Tab walk (<see cref="PageSnapshot.Keyboard"/>); moves focus.</summary>
    Keyboard,

    /// <summary>Layout at 320 CSS px (<see cref="PageSnapshot.Reflow"/>); changes the viewport.</summary>
    Reflow,

    /// <summary>Layout with WCAG 1.4.12's text spacing (<see cref="PageSnapshot.TextSpacing"/>); changes styles.</summary>
    TextSpacing,

    /// <summary>The error summary and where its links lead (<see cref="PageSnapshot.ErrorSummary"/>); moves focus.</summary>
    ErrorSummary,

    /// <summary>Computed colours, control look-alikes and stylesheet banners (<see cref="PageSnapshot.Design"/>).</summary>
    ComputedStyles,

    /// <summary>Pointer and motion listeners, media, images of text, reordered blocks, and content shown on hover (<see cref="PageSnapshot.Content"/>); hovers and presses Escape.</summary>
    Content,
    /// <summary>Landmarks, links and buttons with their names, and forms, in document order (<see cref="PageSnapshot.Structure"/>).</summary>
    PageStructure,
    /// <summary>Form fields, error messages, CAPTCHAs (<see cref="PageSnapshot.Forms"/>) and what journey steps did (<see cref="PageSnapshot.Steps"/>); dispatches a paste into credential fields.</summary>
    Forms,
}

public static class EvidenceKinds
{
    /// <summary>The name of <paramref name="kind"/> in evidence.json, evidence gaps and docs: <c>text-spacing</c>.</summary>
    public static string Name(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.Html => "html",
        EvidenceKind.Axe => "axe",
        EvidenceKind.Keyboard => "keyboard",
        EvidenceKind.Reflow => "reflow",
        EvidenceKind.TextSpacing => "text-spacing",
        EvidenceKind.ErrorSummary => "error-summary",
        EvidenceKind.ComputedStyles => "computed-styles",
        EvidenceKind.Content => "content",
        EvidenceKind.PageStructure => "page-structure",
        EvidenceKind.Forms => "forms",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// Whether <paramref name="page"/> carries <paramref name="kind"/>. An error summary is evidence
    /// even when absent from the page, so for it what counts is that the gatherer looked
    /// (<see cref="PageSnapshot.Probed"/>).
    /// </summary>
    public static bool IsPresent(this PageSnapshot page, EvidenceKind kind) => kind switch
    {
        EvidenceKind.Html => !string.IsNullOrEmpty(page.Html),
        EvidenceKind.Axe => page.Axe is not null,
        EvidenceKind.Keyboard => page.Keyboard is not null,
        EvidenceKind.Reflow => page.Reflow is not null,
        EvidenceKind.TextSpacing => page.TextSpacing is not null,
        EvidenceKind.ErrorSummary => page.ErrorSummary is not null || page.Probed.Contains(EvidenceKind.ErrorSummary),
        EvidenceKind.ComputedStyles => page.Design is not null,
        EvidenceKind.Content => page.Content is not null,
        EvidenceKind.PageStructure => page.Structure is not null,
        EvidenceKind.Forms => page.Forms is not null,
        _ => false,
    };
}
