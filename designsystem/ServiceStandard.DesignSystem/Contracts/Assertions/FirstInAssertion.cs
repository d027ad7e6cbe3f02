using ServiceStandard.DesignSystem.Engine;

namespace ServiceStandard.DesignSystem.Contracts.Assertions;

/// <summary>
/// <c>firstIn: main</c>: the element must be inside the nearest ancestor matching the selector and
/// come before any of its content: no text, image or control may precede it there (wrappers such as
/// grid rows may). An error summary must be the first thing in <c>main</c>.
/// </summary>
public sealed class FirstInAssertion(CompiledSelector container) : TargetAssertion
{
    public CompiledSelector Container { get; } = container;

    public override string Kind => "firstIn";

    public override IReadOnlyCollection<string> Placeholders { get; } = ["container"];

    internal override IEnumerable<CompiledSelector> Selectors => [Container];

    public override void Check(RuleEvaluation evaluation, int target)
    {
        var index = evaluation.Index;
        for (var ancestor = index.Parent(target); ancestor >= 0; ancestor = index.Parent(ancestor))
        {
            if (Container.Matches(index[ancestor]))
            {
                if (index.HasContentBetween(ancestor, target))
                {
                    evaluation.Report(target, null, ("container", Container.Text));
                }

                return;
            }
        }

        evaluation.Report(target, null, ("container", Container.Text));
    }
}
