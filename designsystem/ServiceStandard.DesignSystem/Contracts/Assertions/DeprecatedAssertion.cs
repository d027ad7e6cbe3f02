using ServiceStandard.DesignSystem.Engine;

namespace ServiceStandard.DesignSystem.Contracts.Assertions;

/// <summary>
/// <c>deprecated: { classes: [ds-tag--inactive], replacement: ds-tag--grey }</c>, a page rule: each
/// element anywhere on the page that still uses one of these classes, with what to use instead.
/// </summary>
public sealed class DeprecatedAssertion(IReadOnlyList<string> classes, string? replacement) : PageAssertion
{
    public IReadOnlyList<string> Classes { get; } = classes;

    public string? Replacement { get; } = replacement;

    public override string Kind => "deprecated";

    public override IReadOnlyCollection<string> Placeholders { get; } = ["class", "replacement"];

    internal override IEnumerable<string> IndexedClasses => Classes;

    public override void Check(RuleEvaluation evaluation)
    {
        foreach (var name in Classes)
        {
            foreach (var position in evaluation.Index.WithClass(name))
            {
                evaluation.Report(position, name, ("class", name), ("replacement", Replacement ?? string.Empty));
            }
        }
    }
}
