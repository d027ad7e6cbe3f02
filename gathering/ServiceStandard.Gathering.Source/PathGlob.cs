using ServiceStandard.Kernel;
using System.Text.RegularExpressions;

namespace ServiceStandard.Gathering.Source;

/// <summary>
/// A glob over repository-relative paths with '/' separators: <c>**</c> crosses folders (and
/// <c>**/</c> also matches no folder at all), <c>*</c> and <c>?</c> stay within one name. Case-insensitive.
/// </summary>
public sealed class PathGlob
{
    private readonly Regex _regex;

    public PathGlob(string pattern)
    {
        Pattern = pattern;
        _regex = GlobRegex.Create(pattern.Replace('\\', '/').TrimStart('/'));
    }

    public string Pattern { get; }

    /// <summary>Whether the repository-relative path (with '/' separators) matches.</summary>
    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath);

    public override string ToString() => Pattern;
}
