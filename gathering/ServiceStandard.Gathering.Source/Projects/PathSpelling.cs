namespace ServiceStandard.Gathering.Source.Projects;

/// <summary>
/// Finds a file a project names in another letter case. A repository written on Windows can say
/// <c>..\TestCaseSupport\TestCaseSupport.csproj</c> for <c>testcasesupport/TestCaseSupport.csproj</c>:
/// Windows' file system does not mind, Linux's does. A path that does not exist exactly is taken to
/// mean the one file inside the analysed folder that matches it ignoring case, when there is
/// exactly one; never anything outside the folder.
/// </summary>
public sealed class PathSpelling
{
    private readonly HashSet<string> _exact;
    private readonly Dictionary<string, List<string>> _folded;

    /// <param name="relativePaths">The files known in the analysed folder, '/'-separated, relative to it.</param>
    public PathSpelling(IEnumerable<string> relativePaths)
    {
        ArgumentNullException.ThrowIfNull(relativePaths);
        _exact = new HashSet<string>(relativePaths, StringComparer.Ordinal);
        _folded = _exact.GroupBy(p => p, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The known file <paramref name="relativePath"/> names: itself, else its only case-insensitive match; null when none or more than one.</summary>
    public string? Find(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return _exact.Contains(relativePath) ? relativePath
            : _folded.TryGetValue(relativePath, out var matches) && matches.Count == 1 ? matches[0]
            : null;
    }

    /// <summary>
    /// As <see cref="Find"/> for a file on disk under <paramref name="rootPath"/> that the snapshot
    /// does not hold (a vendored assembly): each folder and the file name matched exactly, else
    /// ignoring case when exactly one entry matches. Null when there is no such file.
    /// </summary>
    public static string? OnDisk(string rootPath, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(rootPath);
        ArgumentNullException.ThrowIfNull(relativePath);
        if (ProjectPaths.Normalize(relativePath) is not { Length: > 0 } inside)
        {
            return null;
        }

        var current = rootPath;
        var parts = inside.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            var exact = Path.Combine(current, parts[i]);
            if (last ? File.Exists(exact) : Directory.Exists(exact))
            {
                current = exact;
                continue;
            }

            if (!Directory.Exists(current))
            {
                return null;
            }

            var matches = (last ? Directory.EnumerateFiles(current) : Directory.EnumerateDirectories(current))
                .Where(e => Path.GetFileName(e).Equals(parts[i], StringComparison.OrdinalIgnoreCase))
                .Take(2)
                .ToList();
            if (matches.Count != 1)
            {
                return null;
            }

            current = matches[0];
        }

        return Path.GetRelativePath(rootPath, current).Replace('\\', '/');
    }
}
