using AngleSharp.Dom;
using ServiceStandard.DesignSystem.Engine;

namespace ServiceStandard.DesignSystem.Contracts.Assertions;

/// <summary>
/// <c>text: required</c>: the element must have text a person can read or hear: text content, an
/// <c>aria-label</c>, an <c>aria-labelledby</c>, an image's <c>alt</c>, or an input button's <c>value</c>.
/// </summary>
public sealed class TextAssertion : TargetAssertion
{
    public override string Kind => "text";

    public override IReadOnlyCollection<string> Placeholders { get; } = [];

    public override void Check(RuleEvaluation evaluation, int target)
    {
        var element = evaluation.Index[target];
        var hasText = HasText(element)
            || !string.IsNullOrWhiteSpace(element.GetAttribute("aria-label"))
            || !string.IsNullOrWhiteSpace(element.GetAttribute("aria-labelledby"))
            || (element.LocalName == "input" && !string.IsNullOrWhiteSpace(element.GetAttribute("value")))
            || element.QuerySelector("img[alt]:not([alt=''])") is not null;
        if (!hasText)
        {
            evaluation.Report(target, null);
        }
    }

    /// <summary>Whether any text node under <paramref name="node"/> has more than white space (without building the whole text).</summary>
    private static bool HasText(INode node)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child.NodeType == NodeType.Text ? !string.IsNullOrWhiteSpace(child.TextContent) : child is IElement && HasText(child))
            {
                return true;
            }
        }

        return false;
    }
}
