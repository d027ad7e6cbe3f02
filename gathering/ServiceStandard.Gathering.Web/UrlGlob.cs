using ServiceStandard.Kernel;

namespace ServiceStandard.Gathering.Web;

/// <summary>Globs over URL paths, in the tool's one glob dialect (<see cref="Glob"/>).</summary>
public sealed class UrlGlob
{
    private readonly Glob _glob;

    public UrlGlob(string pattern)
    {
        Pattern = pattern;
        _glob = Glob.Parse(pattern);
    }

    public string Pattern { get; }

    public bool IsMatch(string path) => _glob.IsMatch(path);
}
