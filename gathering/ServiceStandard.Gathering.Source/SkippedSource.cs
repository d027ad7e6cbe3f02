namespace ServiceStandard.Gathering.Source;

/// <summary>A source file left out of the analysis, and why, so the report can say which code was not checked.</summary>
/// <param name="Path">The file's repository-relative path (or the generated file's name for Razor output).</param>
public sealed record SkippedSource(string Path, string Reason);
