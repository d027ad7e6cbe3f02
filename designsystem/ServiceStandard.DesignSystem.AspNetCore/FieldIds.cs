using System.Text;

namespace ServiceStandard.DesignSystem.AspNetCore;

/// <summary>
/// The design system's id convention, which every example follows: a field named
/// <c>passportIssued</c> has the id <c>passport-issued</c>, its hint <c>passport-issued-hint</c>
/// and its error <c>passport-issued-error</c>. The error summary links with the same function, so
/// a link from ModelState's key always reaches the field the tag helper wrote.
/// </summary>
public static class FieldIds
{
    /// <summary>The kebab-case id of a field name: <c>addressLine1</c> → <c>address-line-1</c>, <c>Items[0].Name</c> → <c>items-0-name</c>.</summary>
    public static string FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var id = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                Separate(id);
                continue;
            }

            var previous = i > 0 ? name[i - 1] : '\0';
            var next = i + 1 < name.Length ? name[i + 1] : '\0';
            var startsWord =
                (char.IsAsciiLetterUpper(c) && (char.IsAsciiLetterLower(previous) || char.IsAsciiDigit(previous))) ||
                (char.IsAsciiLetterUpper(c) && char.IsAsciiLetterUpper(previous) && char.IsAsciiLetterLower(next)) ||
                (char.IsAsciiDigit(c) && char.IsAsciiLetter(previous));
            if (startsWord)
            {
                Separate(id);
            }

            id.Append(char.ToLowerInvariant(c));
        }

        return id.ToString().Trim('-');
    }

    private static void Separate(StringBuilder id)
    {
        if (id.Length > 0 && id[^1] != '-')
        {
            id.Append('-');
        }
    }
}
