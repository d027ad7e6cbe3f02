using System.Globalization;
using Microsoft.CodeAnalysis;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Source;

namespace ServiceStandard.Checks.Code;

/// <summary>
/// Turns analyzer diagnostics into <see cref="Finding"/>s: locations mapped through <c>#line</c>
/// (so Razor code points at the .cshtml/.razor file) and made relative to the source root;
/// severities and kinds from <see cref="CodeRules"/>, adjusted by .editorconfig; suppressed ones
/// (pragma, attribute, .editorconfig none/silent) listed apart with how and why.
/// </summary>
public sealed class CodeFindingFactory(SourceSnapshot snapshot, EditorConfigSeverities severities)
{
    private readonly Dictionary<string, string[]> _lines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceFile> _sources = snapshot.Sources.ToDictionary(s => s.RelativePath, StringComparer.Ordinal);

    public (List<Finding> Findings, List<InSourceSuppression> Suppressed) Create(IEnumerable<(Diagnostic Diagnostic, Compilation Compilation)> diagnostics)
    {
        var located = new List<(Diagnostic Diagnostic, Compilation Compilation, SourceLocationSpan Span, string FullPath, string Text)>();
        foreach (var (diagnostic, compilation) in diagnostics)
        {
            if (Locate(diagnostic) is { } where)
            {
                located.Add((diagnostic, compilation, where.Span, where.FullPath, where.Text));
            }
        }

        var findings = new List<Finding>();
        var suppressed = new List<InSourceSuppression>();
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in located
            .OrderBy(i => i.Span.Path, StringComparer.Ordinal)
            .ThenBy(i => i.Span.StartLine)
            .ThenBy(i => i.Span.StartColumn)
            .ThenBy(i => i.Diagnostic.Id, StringComparer.Ordinal))
        {
            var descriptor = item.Diagnostic.Descriptor;
            var key = $"{descriptor.Id}\u001f{item.Span.Path}\u001f{Normalise(item.Text)}";
            var occurrence = occurrences.TryGetValue(key, out var seen) ? seen : 0;
            occurrences[key] = occurrence + 1;

            var configured = severities.For(item.FullPath, descriptor);
            var severity = CodeRules.SeverityOf(descriptor);
            if (configured == ReportDiagnostic.Info)
            {
                severity = Severity.Minor;
            }
            else if (configured == ReportDiagnostic.Error && severity < Severity.Serious)
            {
                severity = Severity.Serious;
            }

            var finding = new Finding(
                CodeRules.CheckId,
                descriptor.Id,
                severity,
                CodeRules.KindOf(descriptor),
                item.Diagnostic.GetMessage(CultureInfo.InvariantCulture),
                descriptor.Description.ToString(CultureInfo.InvariantCulture),
                descriptor.HelpLinkUri,
                CodeRules.TagsOf(descriptor),
                item.Span,
                Fingerprints.ForSource(CodeRules.CheckId, descriptor.Id, item.Span.Path, item.Text, occurrence));

            if (item.Diagnostic.IsSuppressed)
            {
                var info = item.Diagnostic.GetSuppressionInfo(item.Compilation);
                var justification = info?.Attribute?.NamedArguments.FirstOrDefault(a => a.Key == "Justification").Value.Value as string;
                suppressed.Add(new InSourceSuppression(finding, info?.Attribute is null ? "#pragma" : "[SuppressMessage]", justification));
            }
            else if (configured is ReportDiagnostic.Suppress or ReportDiagnostic.Hidden)
            {
                suppressed.Add(new InSourceSuppression(finding, ".editorconfig", null));
            }
            else
            {
                findings.Add(finding);
            }
        }

        return (findings, suppressed);
    }

    /// <summary>The finding's span (1-based, in the file the user wrote) and the text of the flagged lines.</summary>
    private (SourceLocationSpan Span, string FullPath, string Text)? Locate(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        if (!location.IsInSource)
        {
            return null;
        }

        var mapped = location.GetMappedLineSpan();
        string fullPath;
        if (mapped.HasMappedPath)
        {
            // Razor code: #line names the Razor file by its repository-relative path.
            fullPath = Path.GetFullPath(Path.Combine(snapshot.RootPath, mapped.Path));
        }
        else if (location.SourceTree!.FilePath.EndsWith(".razor-code.cs", StringComparison.Ordinal) || !Path.IsPathRooted(location.SourceTree.FilePath))
        {
            // The scaffolding around Razor code (#line hidden) or a synthetic file: nothing a team wrote.
            return null;
        }
        else
        {
            fullPath = location.SourceTree.FilePath;
        }

        var relative = Path.GetRelativePath(snapshot.RootPath, fullPath).Replace('\\', '/');
        if (!_sources.ContainsKey(relative))
        {
            // Mapped somewhere that is no file the team wrote (generated code, a file outside the tree).
            return null;
        }

        var span = new SourceLocationSpan(
            relative,
            mapped.StartLinePosition.Line + 1,
            mapped.StartLinePosition.Character + 1,
            mapped.EndLinePosition.Line + 1,
            mapped.EndLinePosition.Character + 1);
        var lines = LinesOf(relative);
        var first = Math.Clamp(span.StartLine - 1, 0, Math.Max(0, lines.Length - 1));
        var last = Math.Clamp(span.EndLine - 1, first, Math.Max(0, lines.Length - 1));
        var text = lines.Length == 0 ? string.Empty : string.Join('\n', lines[first..(last + 1)]);
        return (span, fullPath, text);
    }

    private string[] LinesOf(string relative)
    {
        if (!_lines.TryGetValue(relative, out var lines))
        {
            lines = (_sources.TryGetValue(relative, out var source) ? source.Text : string.Empty).Split('\n');
            _lines[relative] = lines;
        }

        return lines;
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
