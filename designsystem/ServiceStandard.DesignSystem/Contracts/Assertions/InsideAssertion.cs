using ServiceStandard.DesignSystem.Engine;

namespace ServiceStandard.DesignSystem.Contracts.Assertions;

/// <summary><c>inside: "fieldset.ds-fieldset"</c>: some ancestor of the element must match the selector.</summary>
public sealed class InsideAssertion(CompiledSelector select) : TargetAssertion
{
    public CompiledSelector Select { get; } = select;

    public override string Kind => "inside";

    public override IReadOnlyCollection<string> Placeholders { get; } = ["select"];

    internal override IEnumerable<CompiledSelector> Selectors => [Select];

    public override void Check(RuleEvaluation evaluation, int target)
    {
        for (var ancestor = evaluation.Index[target].ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (Select.Matches(ancestor))
            {
                return;
            }
        }

        evaluation.Report(target, null, ("select", Select.Text));
    }
}
