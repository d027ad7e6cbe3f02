using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.DesignSystem.Contracts;

/// <summary>
/// What a component's markup must be, as data: the selector that identifies an instance, the
/// block class its modifiers extend (<c>ds-button</c> → <c>ds-button--secondary</c>) and its rules.
/// </summary>
/// <param name="ComponentId">The component the contract belongs to: <c>button</c>.</param>
/// <param name="Root">Selects every instance of the component; its rightmost compound has a class.</param>
/// <param name="Block">The root's first class, whose <c>--</c> modifiers the <c>modifiers</c> rules check.</param>
public sealed record Contract(
    string ComponentId,
    CompiledSelector Root,
    string Block,
    IReadOnlyList<ContractRule> Rules,
    SourceLocation Source);
