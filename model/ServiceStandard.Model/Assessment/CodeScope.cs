namespace ServiceStandard.Model.Assessment;

/// <summary>
/// What the code checks analysed, so a silence can be told from a pass: each project with its
/// framework, files, how Razor was read, which packages resolved, and what did not compile; and
/// the rules that could not look at some call sites because their types did not resolve.
/// </summary>
/// <param name="ReferencesFrom">The reference pack or runtime folder the code was compiled against.</param>
/// <param name="RazorFrom">How Razor files became C# (the SDK's generator, code blocks, or none).</param>
public sealed record CodeScope(
    string ReferencesFrom,
    string RazorFrom,
    IReadOnlyList<AnalysedProject> Projects,
    IReadOnlyList<CodeEvidenceGap> Gaps);

/// <summary>One compilation the analyzers ran over.</summary>
/// <param name="Path">The project file, relative to the source folder, or <c>(no project)</c>.</param>
/// <param name="TargetFramework">The framework it was evaluated for, when the project names one.</param>
/// <param name="Razor">How its Razor files were read: <c>generator</c>, <c>code-blocks</c> or <c>none</c>.</param>
/// <param name="PackagesResolved">Packages whose reference assemblies were found (transitive ones included).</param>
/// <param name="PackagesUnresolved">Packages the project names that were not found, and why.</param>
/// <param name="CompileErrors">C# errors in the compilation the analyzers saw (a build of the project has none).</param>
/// <param name="FirstCompileErrors">The first few of them, with where.</param>
/// <param name="RazorErrors">Errors the Razor generator reported.</param>
/// <param name="FirstRazorErrors">The first few of them, with where.</param>
public sealed record AnalysedProject(
    string Path,
    string? TargetFramework,
    int CSharpFiles,
    int RazorFiles,
    string Razor,
    int PackagesResolved,
    IReadOnlyList<PackageGap> PackagesUnresolved,
    int CompileErrors,
    IReadOnlyList<CompileMessage> FirstCompileErrors,
    int RazorErrors,
    IReadOnlyList<CompileMessage> FirstRazorErrors)
{
    /// <summary>How many of the project's files have at least one compile error (Razor files by where the C# came from).</summary>
    public int FilesWithCompileErrors { get; init; }

    /// <summary>
    /// The compile errors counted by id, most first (at most 10): how many, in how many files, and
    /// one message as an example, so a reader sees why a project did not compile, not only its first errors.
    /// </summary>
    public IReadOnlyList<CompileErrorCount> CompileErrorsById { get; init; } = [];
}

/// <summary>One compiler error id in a project: how often, in how many files, and an example message.</summary>
public sealed record CompileErrorCount(string Id, int Count, int Files, string Example);

/// <summary>A package the project names that was not found.</summary>
public sealed record PackageGap(string Id, string? Version, string Reason);

/// <summary>A compiler or Razor generator error: where (relative to the source folder), its id, its message.</summary>
public sealed record CompileMessage(string Path, int Line, int Column, string Id, string Message);

/// <summary>
/// Call sites a rule could not check because the API they call did not resolve (its package was
/// not found): the rule's silence there is no evidence.
/// </summary>
/// <param name="RuleId">The rule, as findings name it (<c>code/SS0002</c>).</param>
/// <param name="CallSites">How many call sites.</param>
/// <param name="Members">The members called (FromSqlRaw, Query …).</param>
/// <param name="Message">What the report says, in the run's language.</param>
public sealed record CodeEvidenceGap(string RuleId, int CallSites, IReadOnlyList<string> Members, string Message);
