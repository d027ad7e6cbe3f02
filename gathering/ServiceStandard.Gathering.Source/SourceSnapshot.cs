namespace ServiceStandard.Gathering.Source;

/// <summary>What kind of source a file is: C#, a Razor view or page (.cshtml), or a Razor component (.razor).</summary>
public enum SourceFileKind
{
    CSharp,
    RazorView,
    RazorComponent,
}

/// <summary>A source file read from disk. <see cref="RelativePath"/> uses '/' and is what findings show.</summary>
public sealed record SourceFile(string RelativePath, string FullPath, string Text, SourceFileKind Kind, bool IsTest);

/// <summary>A text file the code checks read besides source: a project, .editorconfig, licence, README, manifest.</summary>
public sealed record RepositoryFile(string RelativePath, string FullPath, string Text);

/// <summary>
/// Everything the code checks read from a source folder, gathered once: the C# and Razor files
/// (test code marked), the project files, .editorconfig files, configuration files, and the list of every
/// file that was not excluded (for the repository checks). Checks read this and never the disk.
/// </summary>
public sealed record SourceSnapshot(
    string RootPath,
    IReadOnlyList<SourceFile> Sources,
    IReadOnlyList<RepositoryFile> Projects,
    IReadOnlyList<RepositoryFile> EditorConfigs,
    IReadOnlyList<RepositoryFile> RootDocuments,
    IReadOnlyList<RepositoryFile> Manifests,
    IReadOnlyList<string> AllFiles)
{
    /// <summary>MSBuild files a project may import: Directory.Build.props/.targets, Directory.Packages.props and other .props/.targets.</summary>
    public IReadOnlyList<RepositoryFile> BuildFiles { get; init; } = [];

    /// <summary>
    /// Configuration files outside test code, for the committed-credentials check: <c>appsettings*.json</c>,
    /// <c>launchSettings.json</c>, <c>secrets.json</c>, <c>.env</c> files, <c>web.config</c>, <c>app.config</c>,
    /// other <c>*.config</c> files and <c>NuGet.config</c>.
    /// </summary>
    public IReadOnlyList<RepositoryFile> ConfigurationFiles { get; init; } = [];

    /// <summary>Dependency lock files: <c>packages.lock.json</c>, <c>package-lock.json</c>, <c>npm-shrinkwrap.json</c> (one too large to read is in <see cref="AllFiles"/> only).</summary>
    public IReadOnlyList<RepositoryFile> LockFiles { get; init; } = [];

    /// <summary>
    /// The tag names of the repository's git directory (<c>.git</c> at the root, or the one a <c>.git</c> file
    /// points to), read from <c>refs/tags</c> and <c>packed-refs</c> without running git; null when the root has no <c>.git</c>.
    /// </summary>
    public IReadOnlyList<string>? GitTags { get; init; }

    /// <summary>Every other text file (no NUL byte, within the size limit), for the working-tree secrets scan; read only when <see cref="SourceRequest.ReadWorkingTree"/>.</summary>
    public IReadOnlyList<RepositoryFile> TextFiles { get; init; } = [];

    /// <summary>Files that were not read into <see cref="TextFiles"/> because they are too large, so a scan of them is for a person.</summary>
    public IReadOnlyList<string> UnreadTextFiles { get; init; } = [];
}
