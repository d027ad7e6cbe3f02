using System.Globalization;
using ServiceStandard.DesignSystem.Engine;

namespace ServiceStandard.DesignSystem.Contracts.Assertions;

/// <summary>
/// <c>count: { select: h1, max: 1 }</c>, a page rule: how many elements on the whole page match.
/// Too many reports each element past the maximum; too few reports the page.
/// </summary>
public sealed class CountAssertion(CompiledSelector select, int? min, int? max) : PageAssertion
{
    public CompiledSelector Select { get; } = select;

    public int? Min { get; } = min;

    public int? Max { get; } = max;

    public override string Kind => "count";

    public override IReadOnlyCollection<string> Placeholders { get; } = ["select", "count", "min", "max"];

    internal override IEnumerable<CompiledSelector> Selectors => [Select];

    public override void Check(RuleEvaluation evaluation)
    {
        var matches = new List<int>();
        foreach (var position in Selection.InDocument(Select, evaluation.Index))
        {
            matches.Add(position);
        }

        var arguments = new (string, string)[]
        {
            ("select", Select.Text),
            ("count", matches.Count.ToString(CultureInfo.InvariantCulture)),
            ("min", Min?.ToString(CultureInfo.InvariantCulture) ?? "0"),
            ("max", Max?.ToString(CultureInfo.InvariantCulture) ?? "any"),
        };

        if (Min is { } min && matches.Count < min)
        {
            evaluation.Report(null, null, arguments);
        }

        if (Max is { } max)
        {
            foreach (var position in matches.Skip(max))
            {
                evaluation.Report(position, null, arguments);
            }
        }
    }
}
