using ServiceStandard.Checks.Code;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Tests.DesignSystem;
using ServiceStandard.Model.Findings;
using ServiceStandard.Standard;
using ServiceStandard.Testing;
using YamlDotNet.RepresentationModel;
using ServiceStandard.Gathering.Source;

namespace ServiceStandard.Checks.Tests.Descriptors;

/// <summary>
/// The one catalogue (checks.yml, axe-core's rules, the analyzers, the repository checks and the pack's
/// contract rules) holds every rule a run emits, and its rules reach the standard's criteria.
/// </summary>
public sealed class CompleteCatalogTests
{
    private static readonly CheckCatalog Catalog = CompleteCatalog.Build(DesignPages.Pack);

    [Fact]
    public void Every_rule_the_sample_services_oracle_expects_is_in_the_catalogue()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(RepositoryPaths.Combine("tests", "SampleService", "expected-findings.yml"))));
        var findings = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode)["findings"];
        var ids = findings.Cast<YamlMappingNode>().Select(f => $"{f["check"]}/{f["rule"]}").Distinct().ToList();

        Assert.True(ids.Count >= 30, $"only {ids.Count} rule ids read");
        var missing = ids.Where(id => Catalog.FindRule(id) is null).ToList();
        Assert.True(missing.Count == 0, "not in the catalogue: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_repository_finding_is_a_rule_of_the_catalogue_in_both_languages()
    {
        // An empty repository: no licence, README, tests or security policy.
        var snapshot = new SourceSnapshot(Path.GetTempPath(), [], [], [], [], [], []);
        foreach (var language in new[] { "en", "es" })
        {
            var findings = RepositoryChecks.Run(snapshot, new CodeStatistics(0, 0, 0, 0, 0, 0, "none", 0, 0), language);

            Assert.Equal(["code/repository/licence", "code/repository/readme", "code/repository/tests", "code/repository/security-policy"], findings.Select(f => f.QualifiedRuleId));
            Assert.All(findings, f =>
            {
                var rule = Catalog.FindRule(f.QualifiedRuleId)!;
                Assert.Equal(rule.Tags, f.Tags);
                Assert.Equal(rule.HelpUrl, f.HelpUrl);
                Assert.Equal(rule.Help.Get(language), f.Help);
            });
        }

        Assert.Equal(
            "El repositorio no tiene archivo LICENSE, así que nadie puede reutilizar el código.",
            RepositoryChecks.Run(snapshot, new CodeStatistics(0, 0, 0, 0, 0, 0, "none", 0, 0), "es")[0].Message);
    }

    [Fact]
    public void Lists_axe_code_repository_and_contract_rules_as_well_as_our_web_checks()
    {
        Assert.NotNull(Catalog.FindRule("accessibility/axe/image-alt"));
        Assert.NotNull(Catalog.FindRule("accessibility/keyboard/trap"));
        Assert.NotNull(Catalog.FindRule("code/SS0001"));
        Assert.NotNull(Catalog.FindRule("code/repository/pinned-dependencies"));
        var contract = Assert.Single(Catalog.Checks, c => c.Id == "design-system/contract");
        Assert.Equal(DesignPages.Pack.Library.Components.Sum(c => c.Contract.Rules.Count), contract.Rules.Count);
        Assert.NotNull(Catalog.FindRule("design-system/contract/button/unknown-modifier"));
        Assert.Empty(CompleteCatalog.Build(pack: null).Checks.Single(c => c.Id == "design-system/contract").Rules);
    }

    [Fact]
    public void Analyzer_rules_carry_their_severity_and_kind_on_their_descriptors()
    {
        var code = Catalog.Checks.Single(c => c.Id == CodeRules.CheckId);
        Assert.Equal(25, code.Rules.Count);
        Assert.Equal(Severity.Critical, code.FindRule("SS0001")!.Severity);
        Assert.Equal(Severity.Moderate, code.FindRule("SS0006")!.Severity);
        var review = CodeRules.Rules.Where(d => CodeRules.KindOf(d) == FindingKind.NeedsReview).Select(d => d.Id);
        Assert.Equal(["SS0013", "SS0014", "SS0018", "SS0022", "SS0025"], review);
        // Our markers are not evidence tags.
        Assert.All(code.Rules, r => Assert.DoesNotContain(r.Tags, t => t.StartsWith("ServiceStandard.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_rule_is_evidence_for_some_criterion_of_a_shipped_standard()
    {
        var evidenceTags = ShippedStandards.Ids.SelectMany(id => ShippedStandards.Load(id).Value!.Criteria).SelectMany(c => c.EvidenceTags).ToHashSet(StringComparer.Ordinal);

        var unreached = Catalog.Rules.Where(r => !r.Tags.Any(evidenceTags.Contains)).Select(r => r.QualifiedId).ToList();

        Assert.True(unreached.Count == 0, "rules whose findings count for no criterion: " + string.Join(", ", unreached));
    }

    [Fact]
    public void Every_evidence_tag_of_the_shipped_standards_comes_from_where_the_vocabulary_says()
    {
        var produced = Catalog.Rules.SelectMany(r => r.Tags).ToHashSet(StringComparer.Ordinal);

        var criterionTags = ShippedStandards.Ids.SelectMany(id => ShippedStandards.Load(id).Value!.Criteria).SelectMany(c => c.EvidenceTags).Distinct(StringComparer.Ordinal).ToList();
        Assert.All(criterionTags, t => Assert.True(EvidenceTags.Find(t) is not null, $"the standard names '{t}', which evidence-tags.yml does not list"));
        var fromChecks = EvidenceTags.All.Values.Where(t => t.Source == EvidenceSource.Checks).Select(t => t.Tag).ToList();
        Assert.True(fromChecks.All(produced.Contains), "evidence-tags.yml says checks produce tags no rule carries: " + string.Join(", ", fromChecks.Where(t => !produced.Contains(t))));
        var fromAssessors = EvidenceTags.All.Values.Where(t => t.Source == EvidenceSource.Assessor).Select(t => t.Tag).ToList();
        Assert.True(!fromAssessors.Any(produced.Contains), "evidence-tags.yml says only assessors give evidence for tags some rule carries: " + string.Join(", ", fromAssessors.Where(produced.Contains)));
    }

    [Fact]
    public void The_public_code_checks_reach_only_the_public_code_standard()
    {
        var publicCode = ShippedStandards.Load("public-code").Value!.Criteria.SelectMany(c => c.EvidenceTags).ToHashSet(StringComparer.Ordinal);
        var digital = ShippedStandards.Load(ShippedStandards.DefaultId).Value!.Criteria.SelectMany(c => c.EvidenceTags).ToHashSet(StringComparer.Ordinal);
        var rules = Catalog.Rules.Where(r => r.CheckId == ServiceStandard.Checks.Code.PublicCode.PublicCodeChecks.CheckId).ToList();

        Assert.Equal(10, rules.Count);
        Assert.All(rules, r => Assert.True(r.Tags.Any(publicCode.Contains) && !r.Tags.Any(digital.Contains), r.QualifiedId));
    }
}
