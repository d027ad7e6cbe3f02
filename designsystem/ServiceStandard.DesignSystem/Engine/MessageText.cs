using System.Text;

namespace ServiceStandard.DesignSystem.Engine;

/// <summary>Fills <c>{name}</c> placeholders in a rule's message; an unknown placeholder stays as written.</summary>
public static class MessageText
{
    public static string Format(string template, IReadOnlyDictionary<string, string> arguments)
    {
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        var builder = new StringBuilder(template.Length + 32);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                builder.Append(template, position, template.Length - position);
                break;
            }

            builder.Append(template, position, open - position);
            var name = template[(open + 1)..close];
            builder.Append(arguments.TryGetValue(name, out var value) ? value : template[open..(close + 1)]);
            position = close + 1;
        }

        return builder.ToString();
    }

    /// <summary>The placeholder names a template uses.</summary>
    public static IEnumerable<string> Placeholders(string template)
    {
        var position = 0;
        while (true)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                yield break;
            }

            yield return template[(open + 1)..close];
            position = close + 1;
        }
    }
}
