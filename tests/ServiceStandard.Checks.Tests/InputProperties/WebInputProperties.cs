using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using ServiceStandard.Gathering.Source;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Kernel;
using ServiceStandard.Testing;
using ServiceStandard.Testing.Properties;

namespace ServiceStandard.Checks.Tests.InputProperties;

/// <summary>robots.txt and the glob dialect: any text is read without throwing, and globs keep their meaning in linear time.</summary>
public sealed class WebInputProperties
{
    private const string Robots = """
        # A site's robots.txt, with the usual variety.
        User-agent: Googlebot
        Disallow: /search
        Allow: /search/about

        User-agent: servicestandard
        User-agent: *
        Disallow: /admin/
        Disallow: /private*
        Allow: /admin/public
        Crawl-delay: 10
        Sitemap: https://example.gov/sitemap.xml
        """;

    /// <summary>Few characters, so patterns and paths often meet: every glob construct, a line break, case and a non-ASCII letter.</summary>
    private static readonly Gen<string> GlobText = Gen.String[Gen.Char["ab/*?.\nAé"], 0, 12];

    [Fact(Timeout = 300_000)]
    public Task Any_robots_txt_is_read_and_answers() => Task.Run(() =>
    {
        var valid = File.ReadAllText(RepositoryPaths.Combine("tests", "SampleService", "wwwroot", "robots.txt"));
        PropertyRun.Holds(Gen.Select(InputMutations.NearValid(valid, Robots), GlobText), (text, path) =>
        {
            var robots = RobotsTxt.Parse(text);
            robots.Allows("/" + path);
            robots.Allows("/admin/");
        }, count: 500);
    });

    /// <summary>The automaton means what the regex it replaced meant, on every pattern and path (the regex, linear in .NET's non-backtracking engine, is the oracle).</summary>
    [Fact(Timeout = 300_000)]
    public Task Globs_match_exactly_what_the_regex_they_replaced_matched() => Task.Run(() =>
        PropertyRun.Holds(Gen.Select(GlobText, GlobText), (pattern, path) =>
        {
            var expected = Oracle(pattern).IsMatch(path);
            Assert.True(expected == Glob.Parse(pattern).IsMatch(path), $"glob {InputMutations.Print(pattern)} on {InputMutations.Print(path)}: the regex says {expected}");
        }, count: 1_000));

    [Fact(Timeout = 300_000)]
    public Task Any_include_or_exclude_pattern_is_matched_in_linear_steps() => Task.Run(() =>
        PropertyRun.Holds(Gen.Select(InputMutations.Random, Gen.String[Gen.Char["a/*."], 0, 400]), (pattern, path) =>
        {
            _ = new PathGlob(pattern).IsMatch(path);
            _ = new UrlGlob(pattern).IsMatch(path);
            Glob.Parse(pattern).IsMatch(path, out var steps);
            Assert.InRange(steps, 0, (long)(path.Length + 1) * (pattern.Length + 1));
        }, count: 500));

    /// <summary>The translation the tool used before the automaton (GlobRegex), kept here as the reference.</summary>
    private static Regex Oracle(string pattern)
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
            else
            {
                builder.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
    }
}
