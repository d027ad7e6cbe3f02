using System.Text;
using System.Text.RegularExpressions;

namespace ServiceStandard.Kernel;

/// <summary>
/// The one glob dialect of the tool (URL paths, source paths, suppressions): <c>**</c> crosses
/// '/' (and <c>**/</c> also matches no folder at all), <c>*</c> and <c>?</c> stay within one segment.
/// Case-insensitive.
/// </summary>
public static class GlobRegex
{
    public static Regex Create(string pattern)
    {
        var builder = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
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
        return new Regex(builder.ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }
}
