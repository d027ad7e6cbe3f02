using ServiceStandard.DesignSystem.Engine;

namespace ServiceStandard.DesignSystem.Contracts.Assertions;

/// <summary>
/// <c>reference: { attribute: for, target: "input, select, textarea", within: page }</c>: every id
/// the element's attribute names (<c>for</c>, <c>aria-describedby</c>, <c>aria-controls</c>, a
/// <c>href="#id"</c> fragment, …) must be an element on the page (or inside the instance), matching
/// <c>target</c> when given. An absent attribute is not checked (require it with <c>attributes</c>);
/// a present one that names nothing (<c>""</c>, <c>"#"</c>) is reported. Each bad id is reported once.
/// </summary>
public sealed class ReferenceAssertion(string attribute, CompiledSelector? target, ReferenceScope within) : TargetAssertion
{
    public string Attribute { get; } = attribute;

    public CompiledSelector? Target { get; } = target;

    public ReferenceScope Within { get; } = within;

    public override string Kind => "reference";

    public override IReadOnlyCollection<string> Placeholders { get; } = ["attribute", "id"];

    internal override IEnumerable<CompiledSelector> Selectors => Target is null ? [] : [Target];

    public override void Check(RuleEvaluation evaluation, int target)
    {
        var element = evaluation.Index[target];
        var value = element.GetAttribute(Attribute);
        if (value is null)
        {
            return;
        }

        if (Attribute == "href")
        {
            // Only a fragment link refers to an element of the page; other links are not checked.
            if (!value.StartsWith('#'))
            {
                return;
            }

            CheckId(evaluation, target, value.Length > 1 ? Uri.UnescapeDataString(value[1..]) : string.Empty);
            return;
        }

        var span = value.AsSpan();
        var any = false;
        foreach (var range in span.SplitAny(" \t\n\f\r"))
        {
            var id = span[range];
            if (id.IsEmpty)
            {
                continue;
            }

            any = true;
            if (!Resolves(evaluation, evaluation.Index.WithId(id)))
            {
                var text = id.ToString();
                evaluation.Report(target, $"{Attribute}={text}", ("attribute", Attribute), ("id", text));
            }
        }

        if (!any)
        {
            evaluation.Report(target, Attribute, ("attribute", Attribute), ("id", string.Empty));
        }
    }

    private void CheckId(RuleEvaluation evaluation, int target, string id)
    {
        if (id.Length == 0 || !Resolves(evaluation, evaluation.Index.WithId(id)))
        {
            evaluation.Report(target, id.Length == 0 ? Attribute : $"{Attribute}={id}", ("attribute", Attribute), ("id", id));
        }
    }

    /// <summary>
    /// Whether one of the elements with the id is where the rule wants it and is what it wants. With
    /// duplicate ids (a page repeating a component) each copy is considered, so an instance whose own
    /// copy is right is not blamed for another instance's.
    /// </summary>
    private bool Resolves(RuleEvaluation evaluation, IReadOnlyList<int> matches)
    {
        for (var i = 0; i < matches.Count; i++)
        {
            var referenced = matches[i];
            var inScope = Within == ReferenceScope.Page || evaluation.Instance < 0
                || referenced == evaluation.Instance || evaluation.Index.Contains(evaluation.Instance, referenced);
            if (inScope && (Target is null || Target.Matches(evaluation.Index[referenced])))
            {
                return true;
            }
        }

        return false;
    }
}
