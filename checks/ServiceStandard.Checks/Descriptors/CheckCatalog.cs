using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.Checks.Descriptors;

/// <summary>
/// Every check's descriptor, read from the shipped <c>Descriptors/checks.yml</c> (an embedded
/// resource). This is what <c>servicestandard checks list</c> prints and where checks take their
/// messages, help, severities and tags from.
/// </summary>
public sealed class CheckCatalog
{
    /// <summary>The manifest resource name of the shipped catalogue.</summary>
    public const string ResourceName = "descriptors/checks.yml";

    private static readonly Lazy<CheckCatalog> ShippedCatalog = new(LoadShipped);
    private readonly Dictionary<string, CheckDescriptor> _checks;
    private readonly Dictionary<string, RuleDescriptor> _rules;

    public CheckCatalog(IReadOnlyList<CheckDescriptor> checks)
    {
        Checks = checks;
        _checks = checks.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _rules = checks.SelectMany(c => c.Rules).ToDictionary(r => r.QualifiedId, StringComparer.Ordinal);
    }

    /// <summary>The catalogue that ships inside the assembly. Shipped data that does not load is a bug, so this throws.</summary>
    public static CheckCatalog Shipped => ShippedCatalog.Value;

    public IReadOnlyList<CheckDescriptor> Checks { get; }

    public IEnumerable<RuleDescriptor> Rules => Checks.SelectMany(c => c.Rules);

    public CheckDescriptor? FindCheck(string checkId) => _checks.GetValueOrDefault(checkId);

    /// <summary>A rule by its qualified id (<c>accessibility/keyboard/trap</c>), or null.</summary>
    public RuleDescriptor? FindRule(string qualifiedRuleId) => _rules.GetValueOrDefault(qualifiedRuleId);

    /// <summary>A rule a check depends on; a missing one means checks.yml and the code disagree, a bug.</summary>
    public RuleDescriptor Rule(string qualifiedRuleId) =>
        FindRule(qualifiedRuleId) ?? throw new KeyNotFoundException($"checks.yml has no rule '{qualifiedRuleId}'.");

    /// <summary>A check a caller depends on; a missing one is a bug.</summary>
    public CheckDescriptor Check(string checkId) =>
        FindCheck(checkId) ?? throw new KeyNotFoundException($"checks.yml has no check '{checkId}'.");

    /// <summary>Reads a catalogue, reporting every problem with its line and column.</summary>
    public static LoadResult<CheckCatalog> Parse(string text, string fileName) => CheckCatalogReader.Parse(text, fileName);

    private static CheckCatalog LoadShipped()
    {
        using var stream = typeof(CheckCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The check catalogue '{ResourceName}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var result = Parse(reader.ReadToEnd(), ResourceName);
        return result.Succeeded
            ? result.Value!
            : throw new InvalidOperationException($"The shipped check catalogue is invalid: {string.Join("; ", result.Errors)}");
    }
}
