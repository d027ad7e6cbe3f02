using System.Text.Json;
using ServiceStandard.Index.Server.Site;
using ServiceStandard.Testing;

namespace ServiceStandard.Index.Tests;

/// <summary>
/// The public site passes our own assessment: the real <c>servicestandard assess</c> process, with
/// the accessibility checks (axe, keyboard walk, reflow at 320 CSS px, text spacing, content) and the
/// design-system checks, over every page of the seeded index in both languages as the server serves
/// them on 127.0.0.1, in real Chromium. Zero violations, and every page assessed.
/// </summary>
public sealed class SiteAssessmentTests
{
    [Fact]
    public async Task Assess_finds_no_violation_on_any_page_of_the_served_site()
    {
        await using var index = await SeededIndex.StartAsync("sqlite");
        var pages = IndexSite.Pages(await index.SnapshotAsync()).Select(p => "/" + p[..^"index.html".Length]).ToList();
        var folder = TestOutput.Create("index-site-assess");
        var config = Path.Combine(folder.FullName, "servicestandard.yml");
        await File.WriteAllTextAsync(config, $"""
            schemaVersion: 1
            service:
              name: Service standard implementation index
              languages: [en, es]
            standard: digital-service-standard
            target:
              baseUrl: {index.BaseUrl.AbsoluteUri}
              pages: [{string.Join(", ", pages)}]
              crawl:
                enabled: false
            checks:
              enable: [accessibility, design-system]
            """);
        var output = Path.Combine(folder.FullName, "out");

        var run = await Cli.RunAsync("assess", "--config", config, "--out", output, "--fail-on", "none");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var assessment = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "assessment.json")));
        var checksRun = assessment.RootElement.GetProperty("scope").GetProperty("checksRun").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "accessibility/axe", "accessibility/keyboard", "accessibility/reflow", "design-system/contract" }, checksRun.ToHashSet());
        var assessed = assessment.RootElement.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(pages.Count, assessed.Count);
        Assert.All(assessed, p => Assert.True(p.GetProperty("error").ValueKind == JsonValueKind.Null, p.ToString()));
        var violations = assessment.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("kind").GetString() == "violation").ToList();
        Assert.True(violations.Count == 0, $"{violations.Count} violations (report in {output}):{Environment.NewLine}" +
            string.Join(Environment.NewLine, violations.Select(v => $"{v.GetProperty("ruleId")} {v.GetProperty("location")}: {v.GetProperty("message")}")));
    }
}
