namespace ServiceStandard.Gathering.Web;

/// <summary>
/// The rules of a robots.txt that apply to us (our own user agent, else <c>*</c>): longest
/// matching Allow/Disallow prefix wins, as in RFC 9309.
/// </summary>
public sealed class RobotsTxt
{
    public const string UserAgent = "servicestandard";

    private readonly List<(string Prefix, bool Allow)> _rules;

    private RobotsTxt(List<(string, bool)> rules) => _rules = rules;

    public static RobotsTxt AllowAll { get; } = new([]);

    public static RobotsTxt Parse(string text)
    {
        var groups = new Dictionary<string, List<(string, bool)>>(StringComparer.OrdinalIgnoreCase);
        var agents = new List<string>();
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field == "user-agent")
            {
                if (!lastWasAgent)
                {
                    agents.Clear();
                }

                agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (field is "allow" or "disallow" && value.Length > 0)
            {
                foreach (var agent in agents)
                {
                    if (!groups.TryGetValue(agent, out var rules))
                    {
                        groups[agent] = rules = [];
                    }

                    rules.Add((value, field == "allow"));
                }
            }
        }

        return new RobotsTxt(groups.GetValueOrDefault(UserAgent) ?? groups.GetValueOrDefault("*") ?? []);
    }

    public bool Allows(string pathAndQuery)
    {
        var best = _rules
            .Where(r => pathAndQuery.StartsWith(r.Prefix.TrimEnd('*'), StringComparison.Ordinal))
            .OrderByDescending(r => r.Prefix.Length)
            .ThenByDescending(r => r.Allow)
            .FirstOrDefault();
        return best.Prefix is null || best.Allow;
    }
}
