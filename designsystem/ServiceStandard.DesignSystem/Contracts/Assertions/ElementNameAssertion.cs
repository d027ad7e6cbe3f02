using ServiceStandard.DesignSystem.Engine;

namespace ServiceStandard.DesignSystem.Contracts.Assertions;

/// <summary><c>element: [button, a]</c>: the element must be one of these HTML elements.</summary>
public sealed class ElementNameAssertion(IReadOnlyList<string> allowed) : TargetAssertion
{
    private readonly HashSet<string> _allowed = new(allowed, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Allowed { get; } = allowed;

    public override string Kind => "element";

    public override IReadOnlyCollection<string> Placeholders { get; } = ["allowed"];

    public override void Check(RuleEvaluation evaluation, int target)
    {
        if (!_allowed.Contains(evaluation.Index[target].LocalName))
        {
            evaluation.Report(target, null, ("allowed", string.Join(", ", Allowed)));
        }
    }
}
