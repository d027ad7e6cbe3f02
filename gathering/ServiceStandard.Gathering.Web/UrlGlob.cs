using ServiceStandard.Kernel;
using System.Text.RegularExpressions;

namespace ServiceStandard.Gathering.Web;

/// <summary>Globs over URL paths, in the tool's one glob dialect (<see cref="GlobRegex"/>).</summary>
public sealed class UrlGlob
{
    private readonly Regex _regex;

    public UrlGlob(string pattern)
    {
        Pattern = pattern;
        _regex = GlobRegex.Create(pattern);
    }

    public string Pattern { get; }

    public bool IsMatch(string path) => _regex.IsMatch(path);
}
