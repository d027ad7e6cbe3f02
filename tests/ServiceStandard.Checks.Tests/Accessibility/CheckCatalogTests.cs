using System.Text.RegularExpressions;
using ServiceStandard.Checks.Accessibility;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Model.Findings;
using ServiceStandard.Standard.Wcag;
using ServiceStandard.Testing;

namespace ServiceStandard.Checks.Tests.Accessibility;

public class CheckCatalogTests
{
    private static CheckCatalog Catalog => TestCatalog.Instance;

    [Fact]
    public void Shipped_catalogue_loads_without_errors_or_warnings()
    {
        var result = CheckCatalog.Parse(File.ReadAllText(TestCatalog.FilePath), "checks.yml");
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Lists_the_accessibility_checks_and_rules_the_oracle_uses()
    {
        Assert.Equal(
            ["accessibility/axe", "accessibility/keyboard", "accessibility/reflow", "accessibility/html", "accessibility/cross-page", "accessibility/content", "accessibility/consistency", "accessibility/journey"],
            Catalog.Checks.Where(c => c.Family == "accessibility").Select(c => c.Id));
        Assert.Equal(
            [
                "accessibility/keyboard/trap",
                "accessibility/keyboard/not-reachable",
                "accessibility/keyboard/focus-not-visible",
                "accessibility/keyboard/focus-indicator-contrast",
                "accessibility/keyboard/skip-link",
                "accessibility/keyboard/focus-obscured",
                "accessibility/keyboard/on-focus",
                "accessibility/reflow/horizontal-scroll",
                "accessibility/reflow/text-spacing",
                "accessibility/html/duplicate-id",
                "accessibility/cross-page/duplicate-title",
                "accessibility/cross-page/lang-inconsistent",
                "accessibility/cross-page/error-summary-focus",
                "accessibility/cross-page/error-summary-link",
                "accessibility/content/pointer-cancellation",
                "accessibility/content/dragging-movements",
                "accessibility/content/motion-actuation",
                "accessibility/content/content-on-hover",
                "accessibility/content/media-alternatives",
                "accessibility/content/images-of-text",
                "accessibility/content/meaningful-sequence",
                "accessibility/content/control-boundary-contrast",
                "accessibility/consistency/consistent-navigation",
                "accessibility/consistency/consistent-identification",
                "accessibility/consistency/consistent-help",
                "accessibility/consistency/multiple-ways",
                "accessibility/journey/redundant-entry",
                "accessibility/journey/accessible-authentication",
                "accessibility/journey/error-prevention",
                "accessibility/journey/on-input",
                "accessibility/journey/status-message",
                "accessibility/journey/error-suggestion",
            ],
            Catalog.Rules.Where(r => r.Tags[0] == "accessibility").Select(r => r.QualifiedId));
        Assert.Equal(["accessibility", "design-system", "code"], Catalog.Checks.Select(c => c.Family).Distinct());
    }

    [Fact]
    public void Lists_the_design_system_checks_and_rules()
    {
        Assert.Equal(
            ["design-system/contract", "design-system/version", "design-system/adoption"],
            Catalog.Checks.Where(c => c.Family == "design-system").Select(c => c.Id));
        Assert.Equal(
            [
                "design-system/version/outdated",
                "design-system/version/mixed",
                "design-system/version/deprecated-component",
                "design-system/adoption/not-loaded",
                "design-system/adoption/look-alike",
                "design-system/adoption/off-palette",
                "design-system/adoption/missing-pattern",
            ],
            Catalog.Rules.Where(r => r.Tags[0] == "design-system").Select(r => r.QualifiedId));
    }

    [Fact]
    public void Every_check_built_from_the_catalogue_finds_its_rules()
    {
        var checks = AccessibilityChecks.Create(Catalog).Concat(ServiceStandard.Checks.DesignSystem.DesignSystemChecks.Create(ServiceStandard.Checks.Tests.DesignSystem.DesignPages.Pack, catalog: Catalog));
        Assert.Equal(Catalog.Checks.Where(c => c.Family != "code").Select(c => c.Id), checks.Select(c => c.Id));
    }

    [Fact]
    public void Every_wcag_number_exists_in_the_wcag_catalogue_and_is_not_obsolete()
    {
        // Design-system rules are about the design system; only some are also accessibility rules.
        foreach (var rule in Catalog.Rules)
        {
            if (rule.Tags[0] == "accessibility")
            {
                Assert.NotEmpty(rule.Wcag);
            }

            foreach (var number in rule.Wcag)
            {
                var criterion = WcagCatalog.Wcag22.Find(number);
                Assert.True(criterion is not null, $"{rule.QualifiedId}: {number} is not in the WCAG 2.2 catalogue");
                Assert.False(criterion.Obsolete, $"{rule.QualifiedId}: {number} is obsolete");
            }
        }
    }

    [Fact]
    public void Every_rule_is_tagged_with_its_family_wcag_criteria_and_level()
    {
        foreach (var rule in Catalog.Rules)
        {
            Assert.Equal(Catalog.FindCheck(rule.CheckId)!.Family, rule.Tags[0]);
            foreach (var criterion in rule.Wcag.Select(n => WcagCatalog.Wcag22.Find(n)!))
            {
                Assert.Contains(criterion.AxeTag, rule.Tags);
                Assert.Contains(WcagTags.LevelTag(criterion), rule.Tags);
                Assert.Same(criterion, WcagCatalog.Wcag22.FindByAxeTag(criterion.AxeTag));
            }

            Assert.Equal(rule.Tags.Distinct(), rule.Tags);
        }
    }

    [Theory]
    [InlineData("accessibility/keyboard/trap", Severity.Critical, new[] { "accessibility", "wcag2a", "wcag212", "keyboard" })]
    [InlineData("accessibility/keyboard/not-reachable", Severity.Serious, new[] { "accessibility", "wcag2a", "wcag211", "keyboard" })]
    [InlineData("accessibility/keyboard/focus-not-visible", Severity.Serious, new[] { "accessibility", "wcag2aa", "wcag247", "keyboard" })]
    [InlineData("accessibility/keyboard/skip-link", Severity.Moderate, new[] { "accessibility", "wcag2a", "wcag241", "keyboard" })]
    [InlineData("accessibility/reflow/horizontal-scroll", Severity.Serious, new[] { "accessibility", "wcag21aa", "wcag1410", "reflow" })]
    [InlineData("accessibility/reflow/text-spacing", Severity.Serious, new[] { "accessibility", "wcag21aa", "wcag1412", "reflow" })]
    [InlineData("accessibility/cross-page/duplicate-title", Severity.Moderate, new[] { "accessibility", "wcag2a", "wcag242", "cross-page" })]
    [InlineData("accessibility/cross-page/lang-inconsistent", Severity.Moderate, new[] { "accessibility", "wcag2a", "wcag311", "cross-page", "language" })]
    [InlineData("accessibility/cross-page/error-summary-focus", Severity.Serious, new[] { "accessibility", "wcag2a", "wcag331", "wcag243", "cross-page", "forms" })]
    [InlineData("accessibility/cross-page/error-summary-link", Severity.Serious, new[] { "accessibility", "wcag2a", "wcag243", "cross-page", "forms" })]
    [InlineData("accessibility/html/duplicate-id", Severity.Serious, new[] { "accessibility", "wcag2a", "wcag131", "wcag412", "html" })]
    [InlineData("accessibility/content/pointer-cancellation", Severity.Moderate, new[] { "accessibility", "wcag21a", "wcag252", "pointer" })]
    [InlineData("accessibility/content/content-on-hover", Severity.Serious, new[] { "accessibility", "wcag21aa", "wcag1413", "pointer" })]
    public void Rules_have_the_agreed_severity_and_tags(string ruleId, Severity severity, string[] tags)
    {
        var rule = Catalog.Rule(ruleId);
        Assert.Equal(severity, rule.Severity);
        Assert.Equal(tags, rule.Tags);
    }

    [Fact]
    public void Every_text_and_message_is_in_english_and_spanish()
    {
        foreach (var check in Catalog.Checks)
        {
            Assert.True(check.Title.Has("en") && check.Title.Has("es"), check.Id);
            Assert.True(check.Description.Has("en") && check.Description.Has("es"), check.Id);
        }

        foreach (var rule in Catalog.Rules)
        {
            Assert.True(rule.Title.Has("en") && rule.Title.Has("es"), rule.QualifiedId);
            Assert.True(rule.Help.Has("en") && rule.Help.Has("es"), rule.QualifiedId);
            Assert.NotEqual(rule.Help.Get("en"), rule.Help.Get("es"));
            Assert.All(rule.Messages, m => Assert.True(m.Value.Has("en") && m.Value.Has("es"), $"{rule.QualifiedId} {m.Key}"));
        }
    }

    [Fact]
    public void Help_urls_point_at_anchors_that_exist_in_the_docs_and_name_the_rule_id_the_code_emits()
    {
        foreach (var rule in Catalog.Rules)
        {
            // Web rules are documented in docs/checks.md, repository rules with the other code checks.
            var page = rule.CheckId.StartsWith("code/", StringComparison.Ordinal) ? "docs/code-checks.md" : "docs/checks.md";
            Assert.Equal($"https://servicestandard.dev/{page}#{rule.Anchor}", rule.HelpUrl);
            var docs = File.ReadAllText(RepositoryPaths.Combine(page.Split('/')));
            Assert.Contains($"<a id=\"{rule.Anchor}\"></a>", docs, StringComparison.Ordinal);
            Assert.Contains($"`{rule.QualifiedId}`", docs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Act_rule_ids_are_six_character_w3c_ids()
    {
        Assert.Equal(["80af7b", "a1b64e", "ebe86a"], Catalog.Rule("accessibility/keyboard/trap").ActIds);
        Assert.All(Catalog.Rules.SelectMany(r => r.ActIds), id => Assert.Matches(new Regex("^[a-z0-9]{6}$"), id));
    }

    [Fact]
    public void Reports_unknown_criteria_severities_keys_and_placeholder_mismatches_with_positions()
    {
        var yaml = """
            schemaVersion: 1
            checks:
              - id: accessibility/sample
                family: accessibility
                title: { en: Sample, es: Muestra }
                description: { en: Sample, es: Muestra }
                rules:
                  - id: one
                    title: { en: One, es: Uno }
                    help: { en: Fix it, es: Arréglelo }
                    severity: blocker
                    wcag: ["9.9.9", "4.1.1"]
                    colour: red
                    messages:
                      default: { en: "{selector} is wrong", es: "{selektor} está mal" }
            """;
        var result = CheckCatalog.Parse(yaml, "checks.yml");
        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "checks.yml:11:19: error: the severity 'blocker' of rule accessibility/sample/one must be one of: critical, serious, moderate, minor",
                "checks.yml:12:16: error: '9.9.9' in rule accessibility/sample/one is not a WCAG 2.2 success criterion",
                "checks.yml:12:25: error: '4.1.1' in rule accessibility/sample/one is obsolete in WCAG 2.2; map the rule to the criteria it still affects",
                "checks.yml:13:9: error: unknown key 'colour' in rule accessibility/sample/one; expected one of: id, title, help, severity, findings, wcag, tags, actIds, helpUrl, messages",
                "checks.yml:15:20: error: the 'es' text of the message 'default' of rule accessibility/sample/one must use the same placeholders as the 'en' text ({selector})",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Warns_when_a_text_has_no_spanish()
    {
        var yaml = """
            schemaVersion: 1
            checks:
              - id: accessibility/sample
                family: accessibility
                title: Sample
                description: { en: Sample }
                rules: []
            """;
        var result = CheckCatalog.Parse(yaml, "checks.yml");
        Assert.True(result.Succeeded);
        Assert.Equal(
            ["checks.yml:6:18: warning: 'description' of check accessibility/sample has no 'es' text; readers in 'es' will see 'en'"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Check_ids_must_start_with_their_family()
    {
        var yaml = """
            schemaVersion: 1
            checks:
              - id: code/sample
                family: accessibility
                title: { en: Sample, es: Muestra }
                description: { en: Sample, es: Muestra }
                rules: []
            """;
        var result = CheckCatalog.Parse(yaml, "checks.yml");
        Assert.Equal(["checks.yml:3:9: error: the check id 'code/sample' must start with its family 'accessibility/'"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Rule_messages_fill_placeholders_in_the_requested_language()
    {
        var rule = Catalog.Rule("accessibility/keyboard/focus-not-visible");
        Assert.Equal("#email shows no visible change when it receives keyboard focus: neither its own look, nor its parent's, its neighbours' or anything a focus handler changed.", rule.Message("default", "en", ("selector", "#email")));
        Assert.Equal("#email no muestra ningún cambio visible al recibir el foco del teclado: no cambia su aspecto, ni el de su contenedor, ni el de sus vecinos, ni nada que cambie un controlador de foco.", rule.Message("default", "es", ("selector", "#email")));
        Assert.Throws<InvalidOperationException>(() => rule.Message("default", "en"));
        Assert.Throws<KeyNotFoundException>(() => rule.Message("nope", "en"));
    }
}
