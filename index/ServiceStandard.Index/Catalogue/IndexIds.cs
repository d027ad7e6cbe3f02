using System.Text.RegularExpressions;

namespace ServiceStandard.Index.Catalogue;

/// <summary>
/// The one spelling of institution and service ids: 1–64 lower-case letters, digits and hyphens,
/// starting with a letter or digit. They appear in URLs, file names of the static export and tokens'
/// scope, so nothing in them needs escaping.
/// </summary>
public static partial class IndexIds
{
    public const string Pattern = "^[a-z0-9][a-z0-9-]{0,63}$";

    public static bool IsValid(string? id) => id is not null && IdRegex().IsMatch(id);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex IdRegex();
}
