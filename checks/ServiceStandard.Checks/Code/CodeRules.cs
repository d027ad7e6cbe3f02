using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ServiceStandard.Analyzers;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Model.Findings;
using ServiceStandard.Standard;
using ServiceStandard.Kernel;
using ServiceStandard.Gathering.Source;

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

    /// <summary>The severity the rule's descriptor carries (<see cref="ServiceStandard.Analyzers.Descriptors.SeverityTagPrefix"/>); a rule without one is a bug.</summary>
    public static Severity SeverityOf(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var tag = descriptor.CustomTags.FirstOrDefault(t => t.StartsWith(ServiceStandard.Analyzers.Descriptors.SeverityTagPrefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The analyzer rule {descriptor.Id} has no {ServiceStandard.Analyzers.Descriptors.SeverityTagPrefix}… custom tag.");
        return Enum.Parse<Severity>(tag[ServiceStandard.Analyzers.Descriptors.SeverityTagPrefix.Length..], ignoreCase: true);
    }

    /// <summary>Needs review when the descriptor says so (<see cref="ServiceStandard.Analyzers.Descriptors.NeedsReviewTag"/>), else a violation.</summary>
    public static FindingKind KindOf(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return descriptor.CustomTags.Contains(ServiceStandard.Analyzers.Descriptors.NeedsReviewTag) ? FindingKind.NeedsReview : FindingKind.Violation;
    }

    /// <summary>The tags a rule's findings carry: the family, then the rule's criterion tags (not Roslyn's or our own markers).</summary>
    public static IReadOnlyList<string> TagsOf(DiagnosticDescriptor descriptor) =>
        [Family, .. descriptor.CustomTags.Where(t => t != WellKnownDiagnosticTags.CompilationEnd && !t.StartsWith("ServiceStandard.", StringComparison.Ordinal))];

    /// <summary>The analyzer rules as a check descriptor, for the catalogue <c>servicestandard checks list</c> prints.</summary>
    public static CheckDescriptor Descriptor()
    {
        var rules = Rules.Select(d => new RuleDescriptor(
            CheckId,
            d.Id,
            LocalizedText.Of(d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            LocalizedText.Of(d.Description.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            SeverityOf(d),
            [],
            TagsOf(d),
            [],
            d.HelpLinkUri,
            new Dictionary<string, LocalizedText> { ["default"] = LocalizedText.Of(d.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture)) })).ToList();
        return new CheckDescriptor(
            CheckId,
            Family,
            LocalizedText.Of("Code rules (Roslyn analyzers)"),
            LocalizedText.Of("Compiles the service's C# (and the C# in its Razor files) without building it and runs the ServiceStandard analyzers: secrets, injection (SQL, paths, HTML, URLs, XML entities, deserialization), TLS, cryptography, cookies, CORS, antiforgery, redirects, personal data and forged entries in logs, exception details and error pages, HTTPS, health checks and exception handling."),
            rules);
    }
}
