using ServiceStandard.Kernel.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ServiceStandard.Kernel.Yaml;

/// <summary>Collects every problem found while reading one file, so all are reported together.</summary>
public sealed class YamlReadContext(string fileName)
{
    private readonly List<Diagnostic> _diagnostics = [];

    public string FileName { get; } = fileName;

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public bool HasErrors => _diagnostics.Any(d => d.IsError);

    public SourceLocation Locate(YamlNode node) => YamlDocumentParser.Locate(node, FileName);

    public void Error(YamlNode node, string message) => _diagnostics.Add(Diagnostic.Error(Locate(node), message));

    public void Warning(YamlNode node, string message) => _diagnostics.Add(Diagnostic.Warning(Locate(node), message));

    public void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public IReadOnlyList<Diagnostic> SortedDiagnostics() =>
        [.. _diagnostics.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column)];
}
