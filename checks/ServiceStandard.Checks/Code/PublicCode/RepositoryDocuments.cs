using ServiceStandard.Gathering.Source;

namespace ServiceStandard.Checks.Code.PublicCode;

/// <summary>The repository's documents by name: at the root, in .github/ or in docs/ (where forges look for them).</summary>
public static class RepositoryDocuments
{
    /// <summary>The first document whose name without extension is one of <paramref name="names"/>, root first.</summary>
    public static RepositoryFile? Find(SourceSnapshot snapshot, params string[] names) =>
        snapshot.RootDocuments
            .Where(d => names.Contains(Path.GetFileNameWithoutExtension(d.RelativePath), StringComparer.OrdinalIgnoreCase))
            .OrderBy(d => d.RelativePath.Count(c => c == '/'))
            .ThenBy(d => d.RelativePath, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>The root's own file of that name (README.md, publiccode.yml), if any.</summary>
    public static RepositoryFile? AtRoot(SourceSnapshot snapshot, Func<string, bool> matches) =>
        snapshot.RootDocuments.FirstOrDefault(d => !d.RelativePath.Contains('/', StringComparison.Ordinal) && matches(d.RelativePath));
}
