using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Configuration;

/// <summary>Where a service is in its life: the phases of a government service.</summary>
public enum ServicePhase
{
    Discovery,
    Alpha,
    Beta,
    Live,
}

/// <summary>The WCAG conformance target the accessibility checks test against.</summary>
public enum AccessibilityLevel
{
    Wcag2A,
    Wcag2AA,
    Wcag21A,
    Wcag21AA,
    Wcag22AA,
}

/// <summary>How the code checks find NuGet packages missing from the machine: not at all, or downloaded from <c>source.feeds</c>.</summary>
public enum PackageRestore
{
    None,
    Download,
}

/// <summary>
/// <c>source.threatModels</c>: which untrusted data the taint rules start from, named as CodeQL's threat
/// models: the HTTP request and the network (always), local data (environment, console, files,
/// arguments), stored data (values read from a database).
/// </summary>
public enum ThreatModel
{
    Remote,
    Local,
    Stored,
}

/// <summary>The lowest finding severity that fails the run (exit code 1); <see cref="None"/> never fails.</summary>
public enum FailThreshold
{
    Critical,
    Serious,
    Moderate,
    Minor,
    None,
}

/// <summary>The words a config may use for an enumerated value, and the value each one means.</summary>
public sealed class KeywordSet<T>
    where T : struct, Enum
{
    private readonly (string Name, T Value)[] _entries;

    public KeywordSet(params (string Name, T Value)[] entries) => _entries = entries;

    public IReadOnlyList<string> Names => [.. _entries.Select(e => e.Name)];

    /// <summary>Keywords are matched exactly (lowercase), as the JSON Schema's enums are.</summary>
    public bool TryParse(string text, out T value)
    {
        foreach (var (name, candidate) in _entries)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public string NameOf(T value) => _entries.First(e => EqualityComparer<T>.Default.Equals(e.Value, value)).Name;
}

/// <summary>Every enumerated word of <c>servicestandard.yml</c>, in one place (the schema lists the same).</summary>
public static class ConfigKeywords
{
    public static KeywordSet<ServicePhase> Phases { get; } = new(
        ("discovery", ServicePhase.Discovery),
        ("alpha", ServicePhase.Alpha),
        ("beta", ServicePhase.Beta),
        ("live", ServicePhase.Live));

    public static KeywordSet<AccessibilityLevel> AccessibilityLevels { get; } = new(
        ("wcag2a", AccessibilityLevel.Wcag2A),
        ("wcag2aa", AccessibilityLevel.Wcag2AA),
        ("wcag21a", AccessibilityLevel.Wcag21A),
        ("wcag21aa", AccessibilityLevel.Wcag21AA),
        ("wcag22aa", AccessibilityLevel.Wcag22AA));

    public static KeywordSet<PackageRestore> PackageRestores { get; } = new(
        ("none", PackageRestore.None),
        ("download", PackageRestore.Download));

    public static KeywordSet<ThreatModel> ThreatModels { get; } = new(
        ("remote", ThreatModel.Remote),
        ("local", ThreatModel.Local),
        ("stored", ThreatModel.Stored));

    public static KeywordSet<FailThreshold> FailThresholds { get; } = new(
        ("critical", FailThreshold.Critical),
        ("serious", FailThreshold.Serious),
        ("moderate", FailThreshold.Moderate),
        ("minor", FailThreshold.Minor),
        ("none", FailThreshold.None));

    /// <summary>The languages a report can be written in.</summary>
    public static IReadOnlyList<string> ReportLanguages { get; } = ["en", "es"];

    /// <summary>Check families that <c>checks.enable</c>/<c>checks.disable</c> may name instead of single check ids.</summary>
    public static IReadOnlyList<string> CheckFamilies { get; } = ["accessibility", "design-system", "code"];

    /// <summary>Design-system contract packs that ship with the tool; anything else is a path to a pack folder.</summary>
    public static IReadOnlyList<string> DesignSystemPacks { get; } = ["servicestandard", "govuk-frontend", "nhsuk-frontend"];

    /// <summary>The palette word meaning "the colours of the pack's design tokens"; anything else is a path to a tokens file.</summary>
    public const string TokensPalette = "tokens";

    public static IReadOnlyList<string> StepKinds { get; } = ["goto", "click", "fill", "select", "check", "press", "waitFor", "expect"];

    /// <summary>The axe-core tags a level runs: each level includes the levels below it.</summary>
    public static IReadOnlyList<string> AxeTags(AccessibilityLevel level) => level switch
    {
        AccessibilityLevel.Wcag2A => ["wcag2a"],
        AccessibilityLevel.Wcag2AA => ["wcag2a", "wcag2aa"],
        AccessibilityLevel.Wcag21A => ["wcag2a", "wcag21a"],
        AccessibilityLevel.Wcag21AA => ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
        AccessibilityLevel.Wcag22AA => ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
