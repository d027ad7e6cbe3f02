using ServiceStandard.DesignSystem.Engine;

namespace ServiceStandard.DesignSystem.Contracts.Assertions;

/// <summary><c>matches: ".ds-form-group--error"</c>: the element itself must match the selector.</summary>
public sealed class MatchesAssertion(CompiledSelector select) : TargetAssertion
{
    public CompiledSelector Select { get; } = select;

    public override string Kind => "matches";

    public override IReadOnlyCollection<string> Placeholders { get; } = ["select"];

    internal override IEnumerable<CompiledSelector> Selectors => [Select];

    public override void Check(RuleEvaluation evaluation, int target)
    {
        var scope = evaluation.Instance >= 0 ? evaluation.Index[evaluation.Instance] : null;
        if (!Select.Matches(evaluation.Index[target], scope))
        {
            evaluation.Report(target, null, ("select", Select.Text));
        }
    }
}
