using ServiceStandard.Kernel;

namespace ServiceStandard.Gathering.Source;

/// <summary>
/// A glob over repository-relative paths with '/' separators: <c>**</c> crosses folders (and
/// <c>**/</c> also matches no folder at all), <c>*</c> and <c>?</c> stay within one name. Case-insensitive.
/// </summary>
public sealed class PathGlob
{
    private readonly Glob _glob;

    public PathGlob(string pattern)
    {
        Pattern = pattern;
        _glob = Glob.Parse(pattern.Replace('\\', '/').TrimStart('/'));
    }

    public string Pattern { get; }

    /// <summary>Whether the repository-relative path (with '/' separators) matches.</summary>
    public bool IsMatch(string relativePath) => _glob.IsMatch(relativePath);

    public override string ToString() => Pattern;
}
