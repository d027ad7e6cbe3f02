namespace ServiceStandard.Gathering.Source;

/// <summary>
/// The tags of a repository read straight from its git directory, never by running git: the loose
/// refs under <c>refs/tags/</c> and the <c>refs/tags/</c> lines of <c>packed-refs</c>. A <c>.git</c> file
/// (a worktree or submodule) names its git directory, and that one's <c>commondir</c> the directory
/// that holds the refs. Links are not followed and every read is bounded: the tree is the candidate's.
/// </summary>
public static class GitTagReader
{
    private const int MaxTags = 100_000;
    private const long MaxFileBytes = 8 * 1024 * 1024;

    /// <summary>The tag names, sorted; null when <paramref name="root"/> has no <c>.git</c> at all.</summary>
    public static IReadOnlyList<string>? Read(string root)
    {
        var dotGit = Path.Combine(root, ".git");
        string? gitDirectory = null;
        if (Directory.Exists(dotGit) && new DirectoryInfo(dotGit).LinkTarget is null)
        {
            gitDirectory = dotGit;
        }
        else if (File.Exists(dotGit) && new FileInfo(dotGit).LinkTarget is null && ReadSmall(dotGit) is { } pointer &&
            pointer.StartsWith("gitdir:", StringComparison.Ordinal))
        {
            gitDirectory = Path.GetFullPath(Path.Combine(root, pointer["gitdir:".Length..].Trim()));
        }

        if (gitDirectory is null)
        {
            return null;
        }

        if (ReadSmall(Path.Combine(gitDirectory, "commondir")) is { Length: > 0 } common)
        {
            gitDirectory = Path.GetFullPath(Path.Combine(gitDirectory, common.Trim()));
        }

        var tags = new SortedSet<string>(StringComparer.Ordinal);
        var loose = Path.Combine(gitDirectory, "refs", "tags");
        if (Directory.Exists(loose))
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
            foreach (var file in Directory.EnumerateFiles(loose, "*", options).Take(MaxTags))
            {
                tags.Add(Path.GetRelativePath(loose, file).Replace('\\', '/'));
            }
        }

        if (ReadSmall(Path.Combine(gitDirectory, "packed-refs")) is { } packed)
        {
            foreach (var line in packed.Split('\n'))
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0 && line[(space + 1)..].TrimEnd('\r') is var name && name.StartsWith("refs/tags/", StringComparison.Ordinal) && tags.Count < MaxTags)
                {
                    tags.Add(name["refs/tags/".Length..]);
                }
            }
        }

        return [.. tags];
    }

    private static string? ReadSmall(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.LinkTarget is null && info.Length <= MaxFileBytes ? File.ReadAllText(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
