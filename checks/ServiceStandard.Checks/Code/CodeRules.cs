using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ServiceStandard.Analyzers;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Model.Findings;
using ServiceStandard.Standard;
using ServiceStandard.Kernel;

namespace ServiceStandard.Checks.Code;

/// <summary>
/// The code rules as ServiceStandard reports them: every analyzer in ServiceStandard.Analyzers,
/// each rule's severity and kind in a report (the analyzers themselves only know Roslyn's
/// warning/error), and check descriptors for <c>servicestandard checks list</c>.
/// </summary>
public static class CodeRules
{
    /// <summary>The check id of analyzer findings; a finding's qualified id is <c>code/SS0001</c>.</summary>
    public const string CheckId = "code";

    /// <summary>The family tag every code and repository finding carries.</summary>
    public const string Family = "code";

    private static readonly Dictionary<string, (Severity Severity, FindingKind Kind)> Impact = new(StringComparer.Ordinal)
    {
        ["SS0001"] = (Severity.Critical, FindingKind.Violation),
        ["SS0002"] = (Severity.Critical, FindingKind.Violation),
        ["SS0003"] = (Severity.Critical, FindingKind.Violation),
        ["SS0004"] = (Severity.Serious, FindingKind.Violation),
        ["SS0005"] = (Severity.Serious, FindingKind.Violation),
        ["SS0006"] = (Severity.Moderate, FindingKind.Violation),
        ["SS0007"] = (Severity.Serious, FindingKind.Violation),
        ["SS0008"] = (Severity.Serious, FindingKind.Violation),
        ["SS0009"] = (Severity.Serious, FindingKind.Violation),
        ["SS0010"] = (Severity.Serious, FindingKind.Violation),
        ["SS0011"] = (Severity.Serious, FindingKind.Violation),
        ["SS0012"] = (Severity.Serious, FindingKind.Violation),
        // TLS may be terminated (and HSTS sent) by a proxy, and probes may be served by the platform: a person confirms.
        ["SS0013"] = (Severity.Moderate, FindingKind.NeedsReview),
        ["SS0014"] = (Severity.Moderate, FindingKind.NeedsReview),
        ["SS0015"] = (Severity.Moderate, FindingKind.Violation),
    };

    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> AllAnalyzers = new(() =>
        [.. typeof(ServiceStandard.Analyzers.Descriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.IsDefined(typeof(DiagnosticAnalyzerAttribute), false))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)]);

    /// <summary>One instance of every analyzer (they are stateless; per-compilation state lives in their start actions).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers => AllAnalyzers.Value;

    /// <summary>Every rule's descriptor, by id.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Rules =>
        [.. Analyzers.SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal)];

    public static Severity SeverityOf(string ruleId) => Impact.TryGetValue(ruleId, out var impact) ? impact.Severity : Severity.Moderate;

    public static FindingKind KindOf(string ruleId) => Impact.TryGetValue(ruleId, out var impact) ? impact.Kind : FindingKind.Violation;

    /// <summary>The tags a rule's findings carry: the family, then the rule's criterion tags.</summary>
    public static IReadOnlyList<string> TagsOf(DiagnosticDescriptor descriptor) =>
        [Family, .. descriptor.CustomTags.Where(t => t != WellKnownDiagnosticTags.CompilationEnd)];

    /// <summary>The analyzer rules as a check descriptor, for the catalogue <c>servicestandard checks list</c> prints.</summary>
    public static CheckDescriptor Descriptor()
    {
        var rules = Rules.Select(d => new RuleDescriptor(
            CheckId,
            d.Id,
            LocalizedText.Of(d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            LocalizedText.Of(d.Description.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            SeverityOf(d.Id),
            [],
            TagsOf(d),
            [],
            d.HelpLinkUri,
            new Dictionary<string, LocalizedText> { ["default"] = LocalizedText.Of(d.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture)) })).ToList();
        return new CheckDescriptor(
            CheckId,
            Family,
            LocalizedText.Of("Code rules (Roslyn analyzers)"),
            LocalizedText.Of("Compiles the service's C# (and the C# in its Razor files) without building it and runs the ServiceStandard analyzers: secrets, injection, TLS, cryptography, cookies, CORS, antiforgery, redirects, personal data in logs, error pages, HTTPS, health checks and exception handling."),
            rules);
    }
}
