using ServiceStandard.Assessing;
using ServiceStandard.Configuration;
using ServiceStandard.DesignSystem.Build.Tokens;
using ServiceStandard.DesignSystem.Components;
using ServiceStandard.Gathering.Source;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Kernel;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Standard;

namespace ServiceStandard.Fuzz;

/// <summary>
/// One target per reader of outside input. Each reads the fuzzer's text and must return; an
/// exception escaping it, or a result with neither a value nor an error, is a crash for AFL++.
/// </summary>
internal static class FuzzTargets
{
    public static IReadOnlyDictionary<string, Action<string>> All { get; } = new Dictionary<string, Action<string>>(StringComparer.Ordinal)
    {
        ["config"] = text => Located(ConfigLoader.Parse(text, "servicestandard.yml", Path.GetTempPath())),
        ["standard"] = text => Located(StandardLoader.Parse(text, "standard.yml")),
        ["judgements"] = text => Located(Judgements.Parse(text, "judgements.yml")),
        ["baseline"] = text => Located(Baseline.Parse(text, "baseline.json")),
        ["evidence"] = Evidence,
        ["component"] = text => Located(ComponentLoader.Parse(text, "component.yml")),
        ["tokens"] = text =>
        {
            var result = TokenLoader.Load([new TokenSource("tokens/fuzz.tokens.json", text)]);
            Check(result.Tokens is not null || result.Diagnostics.Count > 0);
        },
        ["robots"] = text => RobotsTxt.Parse(text).Allows("/admin/users?page=2"),
        ["glob"] = text =>
        {
            // The first line is the pattern, the rest the path.
            var split = text.IndexOf('\n', StringComparison.Ordinal);
            var (pattern, path) = split < 0 ? (text, "src/App/Program.cs") : (text[..split], text[(split + 1)..]);
            Glob.Parse(pattern).IsMatch(path, out var steps);
            _ = new PathGlob(pattern).IsMatch(path);
            Check(steps <= (long)(path.Length + 1) * (pattern.Length + 1));
        },
    };

    private static readonly string EvidencePath = Path.Combine(Path.GetTempPath(), $"servicestandard-fuzz-{Environment.ProcessId}.json");

    /// <summary>evidence.json is read only from a file, through the kernel's bounded reader.</summary>
    private static void Evidence(string text)
    {
        File.WriteAllText(EvidencePath, text);
        Located(EvidenceFile.Load(EvidencePath));
    }

    private static void Located<T>(LoadResult<T> result)
        where T : class
    {
        Check(result.Value is not null || result.Errors.Any());
        foreach (var diagnostic in result.Diagnostics)
        {
            Check(diagnostic.Location.Line >= 1 && diagnostic.Location.Column >= 1);
        }
    }

    private static void Check(bool holds)
    {
        if (!holds)
        {
            throw new InvalidOperationException("the reader returned neither a value nor a located error");
        }
    }
}
