using System.Text.Json;
using Deque.AxeCore.Commons;
using ServiceStandard.Checks.Descriptors;

namespace ServiceStandard.Cli.Tests;

public class ChecksCommandTests
{
    [Fact]
    public async Task Lists_our_rules_and_every_axe_rule_with_wcag_and_act_ids()
    {
        var result = await CliProcess.RunAsync("checks", "list");

        CliAssert.Exit(0, result);
        CliAssert.Plain(result);
        Assert.Contains("accessibility/keyboard/trap", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"accessibility/axe/image-alt\s+critical\s+1\.1\.1\s+23a2a8", result.Stdout);
        Assert.Matches(@"\d+ rules in \d+ checks; axe-core 4\.14\.0", result.Stdout);
        Assert.Contains("code/SS0001", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_every_rule_a_run_can_emit_repository_and_contract_rules_included()
    {
        var ours = await CliProcess.RunAsync("checks", "list", "--format", "json");
        var govuk = await CliProcess.RunAsync("checks", "list", "--format", "json", "--pack", "govuk-frontend");

        CliAssert.Exit(0, ours);
        CliAssert.Exit(0, govuk);
        var ourIds = RuleIds(ours.Stdout);
        Assert.Contains("code/repository/licence", ourIds);
        Assert.Contains("design-system/contract/button/unknown-modifier", ourIds);
        var ourContracts = ourIds.Where(IsContractRule).ToList();
        var govukContracts = RuleIds(govuk.Stdout).Where(IsContractRule).ToList();
        Assert.True(ourContracts.Count > 50 && govukContracts.Count > 50, $"{ourContracts.Count} and {govukContracts.Count} contract rules");
        Assert.NotEqual(ourContracts, govukContracts);

        static bool IsContractRule(string id) => id.StartsWith("design-system/contract/", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pack_that_does_not_exist_is_bad_input_with_its_path()
    {
        var result = await CliProcess.RunAsync("checks", "list", "--pack", "no-such-pack-folder");

        CliAssert.Exit(2, result);
        CliAssert.NoStackTrace(result);
        Assert.Contains("no-such-pack-folder", result.Stderr, StringComparison.Ordinal);
    }

    private static List<string> RuleIds(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().SelectMany(c => c.GetProperty("rules").EnumerateArray()).Select(r => r.GetProperty("id").GetString()!)];
    }

    [Fact]
    public async Task Json_in_spanish_is_machine_readable()
    {
        var result = await CliProcess.RunAsync("checks", "list", "--format", "json", "--lang", "es");

        CliAssert.Exit(0, result);
        using var document = JsonDocument.Parse(result.Stdout);
        var axe = document.RootElement.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "accessibility/axe");
        var imageAlt = axe.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "accessibility/axe/image-alt");
        Assert.Equal("Las imágenes deben tener texto alternativo", imageAlt.GetProperty("title").GetString());
        Assert.Equal(["1.1.1"], imageAlt.GetProperty("wcag").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task An_unknown_format_is_bad_usage()
    {
        var result = await CliProcess.RunAsync("checks", "list", "--format", "xml");

        CliAssert.Exit(2, result);
        CliAssert.NoStackTrace(result);
        Assert.Contains("'xml' is not a format of this command", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_axe_rule_catalogue_matches_the_bundled_axe()
    {
        // axe-rules.json is generated from an axe-core package; it must be the version the browser runs.
        var script = new BundledAxeScriptProvider().GetScript();
        Assert.Contains($"axe v{AxeRules.AxeVersion}", script[..200], StringComparison.Ordinal);
        Assert.True(AxeRules.All.Count > 90);
        Assert.All(AxeRules.All, r => Assert.True(r.Help.Has("es"), r.Id));
    }
}
