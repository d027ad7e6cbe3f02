using System.Globalization;
using ServiceStandard.DesignSystem.Engine;

namespace ServiceStandard.DesignSystem.Contracts.Assertions;

/// <summary>
/// <c>children: { select: .ds-error-summary__title, min: 1, max: 1 }</c>: how many elements inside
/// the element match. Too few reports the element; too many reports each element past the maximum
/// (so <c>max: 0</c> forbids a pattern and points at each use of it). <c>:scope</c> in the selector
/// is the element itself (<c>:scope &gt; legend</c> for direct children).
/// </summary>
public sealed class ChildrenAssertion(CompiledSelector select, int? min, int? max) : TargetAssertion
{
    public CompiledSelector Select { get; } = select;

    public int? Min { get; } = min;

    public int? Max { get; } = max;

    public override string Kind => "children";

    public override IReadOnlyCollection<string> Placeholders { get; } = ["select", "count", "min", "max"];

    internal override IEnumerable<CompiledSelector> Selectors => [Select];

    public override void Check(RuleEvaluation evaluation, int target)
    {
        var count = 0;
        var limit = Max ?? int.MaxValue;
        List<int>? extra = null;
        foreach (var position in Selection.Within(Select, evaluation.Index, target))
        {
            if (++count > limit)
            {
                (extra ??= []).Add(position);
            }
            else if (Max is null && count >= (Min ?? 0))
            {
                break;
            }
        }

        if (Min is { } min && count < min)
        {
            evaluation.Report(target, null, Arguments(count));
        }

        foreach (var position in extra ?? [])
        {
            evaluation.Report(position, null, Arguments(count));
        }
    }

    private (string, string)[] Arguments(int count) =>
    [
        ("select", Select.Text),
        ("count", count.ToString(CultureInfo.InvariantCulture)),
        ("min", Min?.ToString(CultureInfo.InvariantCulture) ?? "0"),
        ("max", Max?.ToString(CultureInfo.InvariantCulture) ?? "any"),
    ];
}
