using ServiceStandard.Checks.Code;
using ServiceStandard.Checks.DesignSystem;
using ServiceStandard.DesignSystem.Contracts;
using ServiceStandard.Kernel;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Descriptors;

/// <summary>
/// Every rule a run can emit, each kind from its one source: checks.yml (our web and repository
/// checks), axe-core's rule metadata (axe-rules.json), the analyzers' own descriptors, and the
/// contracts of the design-system pack the run uses. This is what <c>checks list</c> prints and what
/// <c>--checks</c> and <c>checks.enable</c> are validated against.
/// </summary>
public static class CompleteCatalog
{
    /// <summary>The catalogue for a run with <paramref name="pack"/> (null: no design-system contract rules listed).</summary>
    public static CheckCatalog Build(DesignSystemPack? pack) =>
        new([
            .. CheckCatalog.Shipped.Checks.Select(check => check.Id switch
            {
                AxeRules.CheckId => check with { Rules = AxeRules.All },
                ContractCheck.CheckId when pack is not null => check with { Rules = ContractRules(pack) },
                _ => check,
            }),
            CodeRules.Descriptor(),
        ]);

    /// <summary>
    /// The pack's contract rules as rules of <c>design-system/contract</c>: <c>design-system/contract/button/unknown-modifier</c>;
    /// every edition's, each rule once (the default edition's wording first).
    /// </summary>
    public static IReadOnlyList<RuleDescriptor> ContractRules(DesignSystemPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return [.. pack.Libraries
            .SelectMany(library => library.Components.SelectMany(component => component.Contract.Rules.Select(rule => (component.Name, Rule: rule))))
            .DistinctBy(r => r.Rule.QualifiedId, StringComparer.Ordinal)
            .Select(r => Describe(r.Name, r.Rule))];
    }

    private static RuleDescriptor Describe(LocalizedText component, ContractRule rule)
    {
        var help = rule.Help ?? rule.Message;
        var title = new LocalizedText(component.DefaultLanguage, component.Values.ToDictionary(
            name => name.Key,
            name => $"{name.Value}: {help.Get(name.Key)}",
            StringComparer.OrdinalIgnoreCase));
        return new RuleDescriptor(
            ContractCheck.CheckId,
            rule.QualifiedId,
            title,
            help,
            (Severity)(int)rule.Severity,
            rule.Wcag,
            [DesignSystemChecks.Family, .. ContractCheck.WcagTagsOf(rule.Wcag)],
            [],
            rule.HelpUrl,
            new Dictionary<string, LocalizedText> { ["default"] = rule.Message });
    }
}
