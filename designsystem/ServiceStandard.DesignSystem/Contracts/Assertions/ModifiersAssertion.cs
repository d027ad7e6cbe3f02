using ServiceStandard.DesignSystem.Engine;

namespace ServiceStandard.DesignSystem.Contracts.Assertions;

/// <summary>
/// <c>modifiers: [secondary, warning, start]</c>: the only <c>block--modifier</c> classes the element
/// may carry, the block being the first class of the rule's selector (the root's, or <c>on</c>'s).
/// Classes a <c>deprecated</c> rule of the same contract names are known too (that rule reports
/// them). Each unknown class (<c>ds-button--huge</c>) is reported once.
/// </summary>
public sealed class ModifiersAssertion(string block, IReadOnlyList<string> allowed, IReadOnlyCollection<string> deprecated) : TargetAssertion
{
    private readonly HashSet<string> _known = new([.. allowed.Select(m => $"{block}--{m}"), .. deprecated], StringComparer.Ordinal);

    private readonly string _prefix = block + "--";

    public string Block { get; } = block;

    public IReadOnlyList<string> Allowed { get; } = allowed;

    public override string Kind => "modifiers";

    public override IReadOnlyCollection<string> Placeholders { get; } = ["class", "allowed"];

    public override void Check(RuleEvaluation evaluation, int target)
    {
        var classes = evaluation.Index[target].GetAttribute("class");
        if (classes is null)
        {
            return;
        }

        var prefix = _prefix;
        if (!classes.Contains(prefix, StringComparison.Ordinal))
        {
            return;
        }

        var known = _known.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = classes.AsSpan();
        foreach (var range in span.SplitAny(" \t\n\f\r"))
        {
            var name = span[range];
            if (name.StartsWith(prefix, StringComparison.Ordinal) && !known.Contains(name))
            {
                var text = name.ToString();
                evaluation.Report(target, text, ("class", text), ("allowed", Allowed.Count == 0 ? "none" : string.Join(", ", Allowed.Select(m => prefix + m))));
            }
        }
    }
}
