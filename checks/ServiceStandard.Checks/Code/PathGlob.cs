using System.Text;
using System.Text.RegularExpressions;

namespace ServiceStandard.Checks.Code;

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
        var builder = new StringBuilder("^");
        var text = pattern.Replace('\\', '/').TrimStart('/');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var slash = i + 2 < text.Length && text[i + 2] == '/';
                builder.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
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

    /// <summary>Whether the repository-relative path (with '/' separators) matches.</summary>
    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath);

    public override string ToString() => Pattern;
}
