using ServiceStandard.DesignSystem.Engine;

namespace ServiceStandard.DesignSystem.Contracts;

/// <summary>
/// When a rule applies to an instance: every given test must hold. <c>matches</c> tests the root
/// itself (<c>.ds-form-group--error</c>); <c>contains</c> tests for a descendant.
/// </summary>
public sealed record RuleCondition(
    CompiledSelector? Matches,
    CompiledSelector? NotMatches,
    CompiledSelector? Contains,
    CompiledSelector? NotContains)
{
    internal IEnumerable<CompiledSelector> Selectors => new[] { Matches, NotMatches, Contains, NotContains }.OfType<CompiledSelector>();

    internal bool Holds(DocumentIndex index, int instance)
    {
        var root = index[instance];
        return (Matches is null || Matches.Matches(root, root))
            && (NotMatches is null || !NotMatches.Matches(root, root))
            && (Contains is null || Selection.Any(Contains, index, instance))
            && (NotContains is null || !Selection.Any(NotContains, index, instance));
    }
}
