namespace ServiceStandard.Gathering.Web;

/// <summary>
/// The rules of a robots.txt that apply to us (our own user agent, else <c>*</c>): longest
/// matching Allow/Disallow prefix wins, as in RFC 9309; and the group's <c>Crawl-delay</c>, a
/// common extension RFC 9309 leaves to crawlers, honoured as the least time between page loads.
/// </summary>
public sealed class RobotsTxt
{
    public const string UserAgent = "servicestandard";

    private readonly List<(string Prefix, bool Allow)> _rules;

    private RobotsTxt(List<(string, bool)> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    public static RobotsTxt AllowAll { get; } = new([], null);

    /// <summary>The <c>Crawl-delay</c> of the group that applies to us, at most a minute; null when none is given.</summary>
    public TimeSpan? CrawlDelay { get; }

    public static RobotsTxt Parse(string text)
    {
        var groups = new Dictionary<string, List<(string, bool)>>(StringComparer.OrdinalIgnoreCase);
        var delays = new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase);
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
            if (field == "crawl-delay" && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) &&
                double.IsFinite(seconds) && seconds > 0)
            {
                // A hostile robots.txt must not stall the run: a minute between pages at most.
                foreach (var agent in agents)
                {
                    delays[agent] = TimeSpan.FromSeconds(Math.Min(seconds, 60));
                }

                continue;
            }

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

        // Our own group, if there is one, says everything for us (its absent delay included).
        var ours = groups.ContainsKey(UserAgent) || delays.ContainsKey(UserAgent) ? UserAgent : "*";
        return new RobotsTxt(groups.GetValueOrDefault(ours) ?? [], delays.TryGetValue(ours, out var delay) ? delay : null);
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
