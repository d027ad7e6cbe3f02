using ServiceStandard.DesignSystem.Contracts;
using ServiceStandard.Standard;
using ServiceStandard.Kernel;

namespace ServiceStandard.DesignSystem.Components;

/// <summary>Whether teams should build with a component.</summary>
public enum ComponentStatus
{
    /// <summary>Researched and in use: build with it.</summary>
    Stable,

    /// <summary>Usable, but its markup or contract may still change.</summary>
    Experimental,

    /// <summary>Being removed: use <see cref="ComponentDefinition.Replacement"/> instead.</summary>
    Deprecated,
}

/// <summary>Guidance for people, in every language the design system is written in.</summary>
/// <param name="Research">What research found and the known issues and gaps, when written.</param>
public sealed record ComponentGuidance(
    LocalizedText WhenToUse,
    LocalizedText WhenNotToUse,
    LocalizedText HowItWorks,
    LocalizedText Accessibility,
    LocalizedText? Research = null);

/// <summary>One entry of a component's own changelog.</summary>
/// <param name="Version">The design-system version (MAJOR.MINOR.PATCH), or <see cref="Unreleased"/>.</param>
public sealed record ComponentChange(string Version, LocalizedText Text)
{
    public const string Unreleased = "unreleased";
}

/// <summary>An example of correct markup: a fragment of HTML, or a whole page (starts with a doctype or &lt;html&gt;).</summary>
/// <param name="File">The path relative to the component's folder: <c>examples/default.html</c>.</param>
public sealed record ComponentExample(string Id, LocalizedText Title, string File);

/// <summary>
/// One component of the design system, from its <c>component.yml</c>: what it is for people
/// (name, guidance, status, examples) and for machines (the contract).
/// </summary>
/// <param name="Since">The design-system version that introduced it (semantic version).</param>
/// <param name="Replacement">The component to use instead, when deprecated.</param>
/// <param name="Source">The file it was read from.</param>
public sealed record ComponentDefinition(
    string Id,
    LocalizedText Name,
    ComponentStatus Status,
    string? Replacement,
    string Since,
    ComponentGuidance? Guidance,
    IReadOnlyList<ComponentExample> Examples,
    Contract Contract,
    string Source)
{
    /// <summary>The folder the component's files are in (examples and fixtures are relative to it).</summary>
    public string Directory => Path.GetDirectoryName(Path.GetFullPath(Source)) ?? ".";

    public string ExamplePath(ComponentExample example) => Path.Combine(Directory, example.File);

    /// <summary>What changed in this component, newest first, as its <c>changelog</c> lists it (empty when it lists nothing).</summary>
    public IReadOnlyList<ComponentChange> Changelog { get; init; } = [];
}
