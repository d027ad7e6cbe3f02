using ServiceStandard.DesignSystem.Contracts;

namespace ServiceStandard.DesignSystem.Engine;

/// <summary>What an assertion sees while it checks one rule on one document: the index, the instance, and where to report.</summary>
public sealed class RuleEvaluation
{
    private readonly List<ContractViolation> _violations;

    internal RuleEvaluation(DocumentIndex index, ContractRule rule, List<ContractViolation> violations)
    {
        Index = index;
        Rule = rule;
        _violations = violations;
    }

    public DocumentIndex Index { get; }

    public ContractRule Rule { get; }

    /// <summary>The position of the instance being checked; -1 for a page rule.</summary>
    public int Instance { get; internal set; } = -1;

    /// <summary>Reports the element at <paramref name="position"/> (or the page, when null) as breaking the rule.</summary>
    public void Report(int? position, string? discriminator, params ReadOnlySpan<(string Name, string Value)> arguments)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["component"] = Rule.ComponentId };
        if (position is { } at)
        {
            values["element"] = Index[at].LocalName;
        }

        foreach (var (name, value) in arguments)
        {
            values[name] = value;
        }

        _violations.Add(new ContractViolation(
            Rule,
            position is { } p ? ElementDescription.Selector(Index, p) : null,
            position is { } q ? ElementDescription.Snippet(Index, q) : null,
            values,
            discriminator));
    }
}
