using System.Text;

namespace ServiceStandard.Checks.Accessibility;

/// <summary>CSS selectors built from page values, escaped so any value gives a valid selector.</summary>
internal static class CssSelectors
{
    /// <summary><c>[id="a\"b"]</c>: an attribute-equals selector with the value as a CSS string.</summary>
    public static string AttributeEquals(string attribute, string value) => $"[{attribute}={QuotedString(value)}]";

    public static string QuotedString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' or '\\' => builder.Append('\\').Append(c),
                '\n' => builder.Append("\\a "),
                '\r' => builder.Append("\\d "),
                '\f' => builder.Append("\\c "),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }
}
