using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ServiceStandard.Gathering.Source;

namespace ServiceStandard.Checks.Code;

/// <summary>
/// What the candidate's .editorconfig and .globalconfig files say about each rule's severity:
/// <c>dotnet_diagnostic.SS0005.severity</c>, then <c>dotnet_analyzer_diagnostic.category-Security.severity</c>,
/// then <c>dotnet_analyzer_diagnostic.severity</c>. Only files inside the analysed folder are read.
/// </summary>
public sealed class EditorConfigSeverities
{
    private readonly AnalyzerConfigSet? _set;

    public EditorConfigSeverities(IEnumerable<RepositoryFile> files)
    {
        var configs = files.Select(f => AnalyzerConfig.Parse(f.Text, f.FullPath)).ToList();
        _set = configs.Count == 0 ? null : AnalyzerConfigSet.Create(configs);
    }

    /// <summary>The configured severity of <paramref name="descriptor"/> for the file, or null when nothing is configured.</summary>
    public ReportDiagnostic? For(string fullPath, DiagnosticDescriptor descriptor)
    {
        if (_set is null)
        {
            return null;
        }

        var options = _set.GetOptionsForSourcePath(fullPath);
        if (options.TreeOptions.TryGetValue(descriptor.Id, out var severity) && severity != ReportDiagnostic.Default)
        {
            return severity;
        }

        foreach (var key in new[] { $"dotnet_analyzer_diagnostic.category-{descriptor.Category}.severity", "dotnet_analyzer_diagnostic.severity" })
        {
            if ((options.AnalyzerOptions.TryGetValue(key, out var value) || _set.GlobalConfigOptions.AnalyzerOptions.TryGetValue(key, out value)) &&
                Parse(value) is { } parsed)
            {
                return parsed;
            }
        }

        return _set.GlobalConfigOptions.TreeOptions.TryGetValue(descriptor.Id, out var global) && global != ReportDiagnostic.Default ? global : null;
    }

    private static ReportDiagnostic? Parse(string value) =>
        value.Trim().ToLowerInvariant() switch
        {
            "none" => ReportDiagnostic.Suppress,
            "silent" or "refactoring" => ReportDiagnostic.Hidden,
            "suggestion" => ReportDiagnostic.Info,
            "warning" => ReportDiagnostic.Warn,
            "error" => ReportDiagnostic.Error,
            _ => null,
        };
}
