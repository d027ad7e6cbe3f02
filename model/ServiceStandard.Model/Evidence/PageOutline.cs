namespace ServiceStandard.Model.Evidence;

/// <summary>
/// What <c>servicestandard sample</c> reads of a crawled page to choose a WCAG-EM sample, and
/// nothing else: no text but the title and link texts. Never written to evidence.json.
/// </summary>
/// <param name="Paths">The element skeleton: each distinct path from &lt;body&gt; (tag, role, classes), so repeats count once.</param>
/// <param name="Features">The technologies the page relies on (form, data-table, video, widget:tablist, pdf, …).</param>
/// <param name="Links">The page's links with their text, which names the pages they lead to.</param>
public sealed record PageOutline(IReadOnlyList<string> Paths, IReadOnlyList<string> Features, IReadOnlyList<OutlineLink> Links);

/// <summary>A link on a page: where it goes (absolute) and what it says.</summary>
public sealed record OutlineLink(string Href, string Text);
