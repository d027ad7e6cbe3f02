using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ServiceStandard.Analyzers.Tests;

public sealed class DescriptorTests
{
    private static readonly string[] CriterionTags = ["security", "privacy", "reliability", "operability", "open-source", "testing"];

    private static readonly List<DiagnosticDescriptor> All =
    [
        .. typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!),
    ];

    [Fact]
    public void Every_rule_has_a_unique_id_a_doc_page_and_a_criterion_tag()
    {
        Assert.Equal(25, All.Count);
        Assert.Equal(All.Count, All.Select(d => d.Id).Distinct().Count());
        var root = RepositoryRoot();
        Assert.All(All, d =>
        {
            Assert.Matches("^SS[0-9]{4}$", d.Id);
            Assert.Equal($"docs/rules/{d.Id}.md", d.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(root, d.HelpLinkUri)), $"{d.HelpLinkUri} is missing");
            Assert.Contains(d.CustomTags, CriterionTags.Contains);
            // Its weight in a report travels with it: exactly one severity, a word ServiceStandard knows.
            var severity = Assert.Single(d.CustomTags, t => t.StartsWith(Descriptors.SeverityTagPrefix, StringComparison.Ordinal));
            Assert.Contains(severity[Descriptors.SeverityTagPrefix.Length..], new[] { "critical", "serious", "moderate", "minor" });
            Assert.False(string.IsNullOrWhiteSpace(d.Description.ToString()));
        });
    }

    [Fact]
    public void Every_rule_is_reported_by_an_analyzer_and_listed_in_the_release_notes()
    {
        var analyzers = typeof(Descriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToList();
        var supported = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
        var unshipped = File.ReadAllText(Path.Combine(RepositoryRoot(), "checks", "ServiceStandard.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.All(All, d =>
        {
            Assert.Contains(d.Id, supported);
            Assert.Contains(d.Id + " |", unshipped, StringComparison.Ordinal);
        });
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ServiceStandard.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Tests must run inside the repository.");
    }
}
