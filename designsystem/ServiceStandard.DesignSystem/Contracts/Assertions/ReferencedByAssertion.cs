using ServiceStandard.DesignSystem.Engine;

namespace ServiceStandard.DesignSystem.Contracts.Assertions;

/// <summary>
/// <c>referencedBy: { attribute: aria-describedby, select: "input, textarea, select, fieldset", within: instance }</c>:
/// the element must have an id, and some element (matching <c>select</c>, on the page or inside the
/// instance) must name that id in its attribute. This is how a contract says "the error message is
/// in the input's aria-describedby" or "the hint is announced with its field".
/// </summary>
public sealed class ReferencedByAssertion(string attribute, CompiledSelector? select, ReferenceScope within) : TargetAssertion
{
    public string Attribute { get; } = attribute;

    public CompiledSelector? Select { get; } = select;

    public ReferenceScope Within { get; } = within;

    public override string Kind => "referencedBy";

    public override IReadOnlyCollection<string> Placeholders { get; } = ["attribute", "id"];

    internal override IEnumerable<CompiledSelector> Selectors => Select is null ? [] : [Select];

    internal override IEnumerable<string> ReverseReferenceAttributes => [Attribute];

    public override void Check(RuleEvaluation evaluation, int target)
    {
        var id = evaluation.Index[target].GetAttribute("id");
        if (string.IsNullOrEmpty(id))
        {
            evaluation.Report(target, null, ("attribute", Attribute), ("id", string.Empty));
            return;
        }

        foreach (var referrer in evaluation.Index.Referencing(Attribute, id))
        {
            var inScope = Within == ReferenceScope.Page || evaluation.Instance < 0
                || referrer == evaluation.Instance || evaluation.Index.Contains(evaluation.Instance, referrer);
            if (inScope && (Select is null || Select.Matches(evaluation.Index[referrer])))
            {
                return;
            }
        }

        evaluation.Report(target, null, ("attribute", Attribute), ("id", id));
    }
}
