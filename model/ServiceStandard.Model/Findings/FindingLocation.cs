using System.Text.Json.Serialization;

namespace ServiceStandard.Model.Findings;

/// <summary>Where a finding is: an element on a page, a span of source, or a repository file.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PageLocation), "page")]
[JsonDerivedType(typeof(SourceLocationSpan), "source")]
[JsonDerivedType(typeof(RepositoryLocation), "repository")]
public abstract record FindingLocation;

/// <param name="Url">The page's URL as visited.</param>
/// <param name="Selector">A CSS selector for the element, or null for the whole page.</param>
/// <param name="Snippet">The element's outer HTML, shortened; page text, so renderers must escape it.</param>
/// <param name="Screenshot">A file name of a cropped PNG in the evidence folder, when one was taken.</param>
/// <param name="Journey">The journey and step that reached the page, when it came from a journey.</param>
public sealed record PageLocation(
    string Url,
    string? Selector = null,
    string? Snippet = null,
    string? Screenshot = null,
    string? Journey = null) : FindingLocation;

public sealed record SourceLocationSpan(string Path, int StartLine, int StartColumn, int EndLine, int EndColumn) : FindingLocation;

public sealed record RepositoryLocation(string Path) : FindingLocation;
