using ServiceStandard.DesignSystem.Contracts.Assertions;
using ServiceStandard.Standard;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Kernel;

namespace ServiceStandard.DesignSystem.Contracts;

/// <summary>
/// One rule of a contract: on each instance of the component (when <see cref="When"/> holds),
/// for the root or each element <see cref="On"/> selects inside it, <see cref="Assertion"/> must
/// hold. A page rule (<see cref="Assertions.PageAssertion"/>) is checked once per document.
/// </summary>
/// <param name="Id">Unique within the contract: <c>unknown-modifier</c>.</param>
/// <param name="Message">What is wrong, with {placeholders} the assertion fills in; en and es.</param>
/// <param name="Help">How to fix it, when the message does not already say.</param>
/// <param name="Wcag">WCAG success criteria the rule tests, by number (<c>4.1.2</c>).</param>
/// <param name="HelpUrl">The rule's guidance link, or the Understanding page of its first WCAG criterion.</param>
public sealed record ContractRule(
    string ComponentId,
    string Id,
    ContractSeverity Severity,
    LocalizedText Message,
    LocalizedText? Help,
    IReadOnlyList<string> Wcag,
    string HelpUrl,
    RuleCondition? When,
    CompiledSelector? On,
    Assertion Assertion,
    SourceLocation Source)
{
    /// <summary>The id findings carry: <c>button/unknown-modifier</c>.</summary>
    public string QualifiedId => $"{ComponentId}/{Id}";

    public bool IsPageRule => Assertion is PageAssertion;
}
