using System.Text.RegularExpressions;

namespace ServiceStandard.Configuration;

/// <summary>
/// The shape of a check reference in the config: a family (<c>accessibility</c>) or a check id
/// (<c>accessibility/axe/image-alt</c>, <c>code/SS0005</c>). Whether an id exists is known only
/// to the check catalogue, which reports unknown ids when the run starts.
/// </summary>
internal static partial class CheckReferences
{
    /// <summary>Why <paramref name="reference"/> is not a family or a check id, or null when it is one.</summary>
    public static string? Problem(string reference) =>
        ConfigKeywords.CheckFamilies.Contains(reference, StringComparer.Ordinal) || CheckId().IsMatch(reference)
            ? null
            : $"'{reference}' is neither a check family ({string.Join(", ", ConfigKeywords.CheckFamilies)}) nor a check id such as accessibility/axe/image-alt";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*(/[A-Za-z0-9][A-Za-z0-9._-]*)+$")]
    private static partial Regex CheckId();
}
