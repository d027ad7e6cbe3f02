using ServiceStandard.Kernel;

namespace ServiceStandard.Standard.Wcag;

/// <summary>How much of a success criterion automation can test.</summary>
public enum MachineTestability
{
    /// <summary>Tools can detect some failures; a person still confirms a pass.</summary>
    Partial,

    /// <summary>Only a person can test it.</summary>
    None,
}

public sealed record WcagPrinciple(string Number, string Id, LocalizedText Title);

public sealed record WcagGuideline(string Number, LocalizedText Title);

/// <summary>A WCAG success criterion, e.g. 1.4.3 Contrast (Minimum), level AA.</summary>
public sealed record SuccessCriterion(
    string Number,
    WcagLevel Level,
    LocalizedText Title,
    MachineTestability Testability,
    bool Obsolete,
    Uri Url)
{
    /// <summary>The tag axe-core uses for this criterion: 1.4.3 → wcag143.</summary>
    public string AxeTag => "wcag" + Number.Replace(".", string.Empty, StringComparison.Ordinal);

    public string GuidelineNumber => Number[..Number.LastIndexOf('.')];

    public string PrincipleNumber => Number[..Number.IndexOf('.')];
}
