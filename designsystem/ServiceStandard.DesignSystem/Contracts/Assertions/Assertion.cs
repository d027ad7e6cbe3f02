using ServiceStandard.DesignSystem.Engine;

namespace ServiceStandard.DesignSystem.Contracts.Assertions;

/// <summary>
/// What a rule asserts, named by its key in the contract YAML (<c>children</c>, <c>reference</c>, …).
/// Each kind is one small class; the engine never knows a component by name.
/// </summary>
public abstract class Assertion
{
    /// <summary>Placeholders every message may use: the component's id and the element's name.</summary>
    public static IReadOnlyCollection<string> CommonPlaceholders { get; } = ["component", "element"];

    /// <summary>The key that introduces the assertion in a rule.</summary>
    public abstract string Kind { get; }

    /// <summary>The placeholders this assertion fills in, beyond <see cref="CommonPlaceholders"/>.</summary>
    public abstract IReadOnlyCollection<string> Placeholders { get; }

    /// <summary>Selectors the assertion uses, so the engine can check them once when it starts.</summary>
    internal virtual IEnumerable<CompiledSelector> Selectors => [];

    /// <summary>Classes the assertion looks up in the document index, beyond its selectors' keys.</summary>
    internal virtual IEnumerable<string> IndexedClasses => [];

    /// <summary>Attributes whose id references the document index must hold in reverse.</summary>
    internal virtual IEnumerable<string> ReverseReferenceAttributes => [];
}

/// <summary>Checked on an element of each instance: the root, or each element the rule's <c>on</c> selects.</summary>
public abstract class TargetAssertion : Assertion
{
    public abstract void Check(RuleEvaluation evaluation, int target);
}

/// <summary>Checked once per document, whether or not the component is on the page.</summary>
public abstract class PageAssertion : Assertion
{
    public abstract void Check(RuleEvaluation evaluation);
}
