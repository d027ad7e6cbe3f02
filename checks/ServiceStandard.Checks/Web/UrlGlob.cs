using System.Text;
using System.Text.RegularExpressions;

namespace ServiceStandard.Checks.Web;

/// <summary>Globs over URL paths: <c>**</c> crosses slashes, <c>*</c> and <c>?</c> do not.</summary>
public sealed class UrlGlob
{
    private readonly Regex _regex;

    public UrlGlob(string pattern)
    {
        Pattern = pattern;
        var builder = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                builder.Append(".*");
                i++;
            }
            else if (c == '*')
            {
                builder.Append("[^/]*");
            }
            else if (c == '?')
            {
                builder.Append("[^/]");
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }

        builder.Append('$');
        _regex = new Regex(builder.ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }

    public string Pattern { get; }

    public bool IsMatch(string path) => _regex.IsMatch(path);
}
