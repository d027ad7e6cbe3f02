using ServiceStandard.DesignSystem.Engine;

namespace ServiceStandard.DesignSystem.Contracts.Assertions;

/// <summary>
/// <c>firstFocusable: true</c>: the element (or something inside it) must be the first thing the Tab
/// key reaches on the page, as a skip link must be. Tab order is judged from markup: links with
/// href, enabled form controls, <c>tabindex="0"</c>, outside <c>hidden</c> and <c>inert</c> subtrees.
/// </summary>
public sealed class FirstFocusableAssertion : TargetAssertion
{
    public override string Kind => "firstFocusable";

    public override IReadOnlyCollection<string> Placeholders { get; } = ["first"];

    public override void Check(RuleEvaluation evaluation, int target)
    {
        var first = evaluation.Index.FirstTabbable;
        if (first == target || (first >= 0 && evaluation.Index.Contains(target, first)))
        {
            return;
        }

        var description = first < 0 ? "nothing" : ElementDescription.StartTag(evaluation.Index[first]);
        evaluation.Report(target, null, ("first", description));
    }
}
