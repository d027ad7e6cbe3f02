using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceStandard.Kernel.Messages;

/// <summary>
/// Message texts from checks.yml with named placeholders: <c>"{selector} has no focus style"</c>.
/// A placeholder is a name in braces; there is no escaping, so messages cannot contain a literal
/// brace followed by a letter.
/// </summary>
public static partial class MessageTemplate
{
    /// <summary>The placeholder names a template uses, in order of first use.</summary>
    public static IReadOnlyList<string> Placeholders(string template) =>
        [.. Placeholder().Matches(template).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Fills every placeholder. A placeholder with no argument is a bug in a check (the message
    /// and the code disagree), so it throws rather than printing a half-filled message.
    /// </summary>
    public static string Format(string template, params ReadOnlySpan<(string Name, object? Value)> arguments)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            values[name] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        }

        return Placeholder().Replace(template, match =>
        {
            var name = match.Groups["name"].Value;
            return values.TryGetValue(name, out var value)
                ? value
                : throw new InvalidOperationException($"The message \"{template}\" needs a value for {{{name}}}.");
        });
    }

    [GeneratedRegex(@"\{(?<name>[a-zA-Z][a-zA-Z0-9]*)\}")]
    private static partial Regex Placeholder();
}
