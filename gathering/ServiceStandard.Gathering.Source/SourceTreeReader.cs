namespace ServiceStandard.Gathering.Source;

/// <summary>
/// Reads a source folder into a <see cref="SourceSnapshot"/>: the only part of the code checks that
/// touches the file system. Excluded folders are not entered at all (node_modules can be huge);
/// nothing is built, restored or run.
/// </summary>
public static class SourceTreeReader
{
    private const long MaxSourceBytes = 2 * 1024 * 1024;

    private static readonly string[] ManifestNames = ["packages.config", "package.json", "Directory.Packages.props", "global.json", "paket.dependencies"];

    private static readonly string[] LockFileNames = ["packages.lock.json", "package-lock.json", "npm-shrinkwrap.json"];

    /// <summary>Extensions of files that are not text: the working-tree read skips them unopened.</summary>
    private static readonly string[] BinaryExtensions =
    [
        ".png", ".jpg", ".jpeg", ".gif", ".ico", ".bmp", ".webp", ".tif", ".tiff", ".pdf", ".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar",
        ".jar", ".war", ".dll", ".exe", ".so", ".dylib", ".a", ".o", ".class", ".pyc", ".woff", ".woff2", ".ttf", ".otf", ".eot",
        ".mp3", ".mp4", ".wav", ".ogg", ".webm", ".mov", ".avi", ".psd", ".ai", ".sketch", ".fig", ".xlsx", ".docx", ".pptx", ".xls", ".doc", ".ppt",
        ".odt", ".ods", ".nupkg", ".snk", ".db", ".sqlite", ".bin", ".dat", ".pdb",
    ];

    public static async Task<SourceSnapshot> ReadAsync(SourceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var root = Path.GetFullPath(request.RootPath);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The source folder '{request.RootPath}' does not exist.");
        }

        var exclude = request.EffectiveExclude.Select(g => new PathGlob(g)).ToList();
        var tests = SourceRequest.TestCode.Select(g => new PathGlob(g)).ToList();
        var all = new List<string>();
        Walk(root, root, exclude, all, cancellationToken);
        all.Sort(StringComparer.Ordinal);

        var projects = all.Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)).ToList();
        var projectTexts = await ReadAllAsync(root, projects, cancellationToken);
        var testProjectFolders = projectTexts.Where(IsTestProject).Select(p => FolderOf(p.RelativePath)).ToList();

        var sources = new List<SourceFile>();
        foreach (var path in all)
        {
            var kind = KindOf(path);
            if (kind is null)
            {
                continue;
            }

            var full = Path.Combine(root, path);
            if (await ReadBoundedAsync(full, cancellationToken) is not { } text)
            {
                continue;
            }

            var isTest = tests.Any(g => g.IsMatch(path)) || testProjectFolders.Any(folder => IsUnder(path, folder));
            sources.Add(new SourceFile(path, full, text, kind.Value, isTest));
        }

        var editorConfigs = await ReadAllAsync(root, all.Where(p => Path.GetFileName(p) is ".editorconfig" or ".globalconfig" || p.EndsWith(".globalconfig", StringComparison.OrdinalIgnoreCase)), cancellationToken);
        var rootDocuments = await ReadAllAsync(root, all.Where(IsRepositoryDocument), cancellationToken);
        var manifests = await ReadAllAsync(root, all.Where(p => ManifestNames.Contains(Path.GetFileName(p), StringComparer.OrdinalIgnoreCase) || p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)), cancellationToken);
        // Test code's configuration holds fixtures' throw-away values, as its C# does; both are left out.
        var configurations = await ReadAllAsync(root, all.Where(p => IsConfigurationFile(p) && !tests.Any(g => g.IsMatch(p))), cancellationToken);
        var buildFiles = await ReadAllAsync(root, all.Where(IsBuildFile), cancellationToken);
        var lockFiles = await ReadAllAsync(root, all.Where(p => LockFileNames.Contains(Path.GetFileName(p), StringComparer.OrdinalIgnoreCase)), cancellationToken);
        var (textFiles, unread) = request.ReadWorkingTree ? await ReadTextFilesAsync(root, all, cancellationToken) : ([], []);
        return new SourceSnapshot(root, sources, projectTexts, editorConfigs, rootDocuments, manifests, all)
        {
            BuildFiles = buildFiles,
            ConfigurationFiles = configurations,
            LockFiles = lockFiles,
            GitTags = GitTagReader.Read(root),
            TextFiles = textFiles,
            UnreadTextFiles = unread,
        };
    }

    /// <summary>A file services keep settings in: appsettings*.json, launchSettings.json, secrets.json, .env files, *.config.</summary>
    public static bool IsConfigurationFile(string path)
    {
        var name = Path.GetFileName(path);
        return (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) ||
            name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase) ||
            name.Equals("secrets.json", StringComparison.OrdinalIgnoreCase) ||
            name.Equals(".env", StringComparison.OrdinalIgnoreCase) || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase) ||
            name.EndsWith(".env", StringComparison.OrdinalIgnoreCase) ||
            (name.EndsWith(".config", StringComparison.OrdinalIgnoreCase) && !name.Equals("packages.config", StringComparison.OrdinalIgnoreCase) &&
                !name.Equals("dotnet-tools.json", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>An MSBuild file a project may import (Directory.Build.props and the like); read as text, never run.</summary>
    private static bool IsBuildFile(string path) =>
        path.EndsWith(".props", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".targets", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Every file that is not source and not obviously binary, as text, with the ones too large to read
    /// listed apart. A file with a NUL byte is binary whatever its name, and is left out.
    /// </summary>
    private static async Task<(IReadOnlyList<RepositoryFile> Files, IReadOnlyList<string> Unread)> ReadTextFilesAsync(string root, IReadOnlyList<string> all, CancellationToken cancellationToken)
    {
        var files = new List<RepositoryFile>();
        var unread = new List<string>();
        foreach (var path in all)
        {
            if (KindOf(path) is not null || BinaryExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var full = Path.Combine(root, path);
            if (await ReadBoundedAsync(full, cancellationToken) is not { } text)
            {
                if (!await StartsBinaryAsync(full, cancellationToken))
                {
                    unread.Add(path);
                }
            }
            else if (!text.Contains('\0', StringComparison.Ordinal))
            {
                files.Add(new RepositoryFile(path, full, text));
            }
        }

        return (files, unread);
    }

    /// <summary>Whether a file's first 8 KB hold a NUL byte: binary, whatever its name says (a video chunk, a font).</summary>
    private static async Task<bool> StartsBinaryAsync(string full, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 4096, FileOptions.Asynchronous);
        var buffer = new byte[8192];
        var read = await stream.ReadAsync(buffer, cancellationToken);
        return Array.IndexOf(buffer, (byte)0, 0, read) >= 0;
    }

    /// <summary>A licence, README, security policy, contribution guide, code of conduct or changelog: at the top, or in .github/ or docs/; and publiccode.yml.</summary>
    private static bool IsRepositoryDocument(string path)
    {
        var folder = FolderOf(path);
        if (folder.Length > 0 && !folder.Equals(".github", StringComparison.OrdinalIgnoreCase) && !folder.Equals("docs", StringComparison.OrdinalIgnoreCase) &&
            !folder.Equals("wwwroot/.well-known", StringComparison.OrdinalIgnoreCase) && !folder.Equals(".well-known", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var name = Path.GetFileNameWithoutExtension(path).ToUpperInvariant();
        return name is "LICENSE" or "LICENCE" or "COPYING" or "README" or "SECURITY" or "UNLICENSE" or "CONTRIBUTING" or "CODE_OF_CONDUCT" or "CODE-OF-CONDUCT" or
                "CHANGELOG" or "CHANGES" or "HISTORY" or "NEWS" or "RELEASES" or "GOVERNANCE" ||
            (folder.Length == 0 && Path.GetFileName(path).ToUpperInvariant() is "PUBLICCODE.YML" or "PUBLICCODE.YAML") ||
            name.StartsWith("LICENSE", StringComparison.Ordinal) || name.StartsWith("LICENCE", StringComparison.Ordinal) ||
            Path.GetFileName(path).Equals("security.txt", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsTestProject(RepositoryFile project) =>
        project.Text.Contains("Microsoft.NET.Test.Sdk", StringComparison.OrdinalIgnoreCase) ||
        project.Text.Contains("<IsTestProject>true</IsTestProject>", StringComparison.OrdinalIgnoreCase) ||
        project.Text.Contains("\"xunit", StringComparison.OrdinalIgnoreCase) ||
        project.Text.Contains("\"NUnit\"", StringComparison.OrdinalIgnoreCase) ||
        project.Text.Contains("MSTest.TestFramework", StringComparison.OrdinalIgnoreCase);

    public static string FolderOf(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        return slash < 0 ? string.Empty : relativePath[..slash];
    }

    public static bool IsUnder(string path, string folder) =>
        folder.Length == 0 || path.StartsWith(folder + "/", StringComparison.Ordinal);

    private static SourceFileKind? KindOf(string path) =>
        path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) ? SourceFileKind.CSharp
        : path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase) ? SourceFileKind.RazorView
        : path.EndsWith(".razor", StringComparison.OrdinalIgnoreCase) ? SourceFileKind.RazorComponent
        : null;

    private static void Walk(string root, string directory, List<PathGlob> exclude, List<string> files, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            // The tree is the candidate's: a link may point anywhere (/dev/zero, /etc), so none is followed.
            if (new FileInfo(file).LinkTarget is not null)
            {
                continue;
            }

            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (!exclude.Any(g => g.IsMatch(relative)))
            {
                files.Add(relative);
            }
        }

        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            var info = new DirectoryInfo(child);
            if (info.LinkTarget is not null)
            {
                continue;
            }

            // A folder every path inside which is excluded is not entered.
            var probe = Path.GetRelativePath(root, child).Replace('\\', '/') + "/_";
            if (!exclude.Any(g => g.IsMatch(probe)))
            {
                Walk(root, child, exclude, files, cancellationToken);
            }
        }
    }

    private static async Task<IReadOnlyList<RepositoryFile>> ReadAllAsync(string root, IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var result = new List<RepositoryFile>();
        foreach (var path in paths)
        {
            var full = Path.Combine(root, path);
            if (await ReadBoundedAsync(full, cancellationToken) is { } text)
            {
                result.Add(new RepositoryFile(path, full, text));
            }
        }

        return result;
    }

    /// <summary>
    /// A file's text, or null when it is larger than <see cref="MaxSourceBytes"/>. A file that
    /// says it is empty is never opened: a FIFO or a device says so, and opening one would block
    /// or never end; a regular file grown after the size was read is still cut at the cap.
    /// </summary>
    private static async Task<string?> ReadBoundedAsync(string full, CancellationToken cancellationToken)
    {
        var length = new FileInfo(full).Length;
        if (length == 0)
        {
            return string.Empty;
        }

        if (length > MaxSourceBytes)
        {
            return null;
        }

        await using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 4096, FileOptions.Asynchronous);
        var buffer = new byte[MaxSourceBytes + 1];
        var read = 0;
        int got;
        while (read < buffer.Length && (got = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += got;
        }

        if (read > MaxSourceBytes)
        {
            return null;
        }

        using var reader = new StreamReader(new MemoryStream(buffer, 0, read), detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
