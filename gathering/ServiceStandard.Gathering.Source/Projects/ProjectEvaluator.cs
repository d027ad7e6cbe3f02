using System.Xml;
using System.Xml.Linq;
using NuGet.Frameworks;

namespace ServiceStandard.Gathering.Source.Projects;

/// <summary>A package the project asks for: its id and the version (or range) it names, after central package management.</summary>
public sealed record PackageRequest(string Id, string? Version);

/// <summary>A <c>&lt;Reference&gt;</c> item: a framework assembly by name, or a file in the repository (<c>HintPath</c>, relative to the analysed folder).</summary>
public sealed record AssemblyReference(string Name, string? HintPath);

/// <summary>A <c>&lt;Using&gt;</c> item: a global using the SDK writes into the compilation.</summary>
public sealed record ProjectUsing(string Namespace, string? Alias, bool Static);

/// <summary>
/// A project as the SDK would see it after evaluation, for what the compilation needs: properties
/// (target framework, implicit usings, language version, root namespace…), the packages with their
/// versions, project and framework references, and global usings. <see cref="Imported"/> lists the
/// files the evaluation read; <see cref="Problems"/> what it could not read.
/// </summary>
public sealed record EvaluatedProject(
    string Path,
    string Sdk,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<PackageRequest> Packages,
    IReadOnlyList<string> ProjectReferences,
    IReadOnlyList<string> FrameworkReferences,
    IReadOnlyList<ProjectUsing> Usings,
    IReadOnlyList<string> UsingRemovals,
    IReadOnlyList<string> Imported,
    IReadOnlyList<string> Problems)
{
    /// <summary>The project's <c>&lt;Reference&gt;</c> items (mostly old-style .NET Framework projects).</summary>
    public IReadOnlyList<AssemblyReference> AssemblyReferences { get; init; } = [];

    public string Folder => ProjectPaths.Parent(Path) ?? string.Empty;

    public string? Property(string name) => Properties.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public bool IsTrue(string name) => Property(name) is { } value && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("enable", StringComparison.OrdinalIgnoreCase));

    public bool IsFalse(string name) => Property(name) is { } value && (value.Equals("false", StringComparison.OrdinalIgnoreCase) || value.Equals("disable", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The target framework evaluated (for a multi-targeting project, the one chosen), or null; an
    /// old-style project's <c>TargetFrameworkVersion</c> (<c>v4.8</c>) as its moniker (<c>net48</c>).
    /// </summary>
    public string? TargetFramework => Property("TargetFramework") ??
        (Property("TargetFrameworkVersion") is { } version && (Property("TargetFrameworkIdentifier") ?? ".NETFramework") == ".NETFramework" &&
         version.TrimStart('v', 'V').Replace(".", string.Empty, StringComparison.Ordinal) is { Length: > 0 } digits && digits.All(char.IsDigit)
            ? "net" + digits
            : null);
}

/// <summary>
/// Evaluates a project file the way MSBuild would for the parts a compilation needs, statically:
/// <c>Directory.Build.props</c>, <c>Directory.Packages.props</c>, the project, and
/// <c>Directory.Build.targets</c> (the nearest at or above the project, inside the analysed folder),
/// explicit <c>&lt;Import&gt;</c>s of files in the folder, properties in document order, then items
/// with the final properties, as MSBuild's two passes do. Conditions on <c>Configuration</c>
/// (<c>Release</c>), <c>TargetFramework</c>, <c>OS</c> and paths are decided; others are not (false).
/// No task, target or property function that could run code is evaluated; nothing outside the
/// analysed folder is read.
/// </summary>
public sealed class ProjectEvaluator(Func<string, string?> readFile)
{
    private const int MaxImports = 64;
    private const int MaxElements = 50_000;

    /// <summary>Evaluates <paramref name="projectPath"/> (relative to the analysed folder).</summary>
    public EvaluatedProject Evaluate(string projectPath, string? preferredFramework = null)
    {
        ArgumentNullException.ThrowIfNull(projectPath);
        var first = EvaluateWith(projectPath, null);
        if (first.TargetFramework is not null)
        {
            return first;
        }

        var frameworks = (first.Property("TargetFrameworks") ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return frameworks.Length == 0 ? first : EvaluateWith(projectPath, ChooseFramework(frameworks, preferredFramework));
    }

    /// <summary>
    /// Of a multi-targeting project's frameworks, the one whose references we can best stand in
    /// for: the newest .NET (Core) one, else the newest of any.
    /// </summary>
    public static string ChooseFramework(IReadOnlyList<string> frameworks, string? preferred = null)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        if (preferred is not null && frameworks.Contains(preferred, StringComparer.OrdinalIgnoreCase))
        {
            return preferred;
        }

        return frameworks
            .Select(f => (Moniker: f, Framework: NuGetFramework.Parse(f)))
            .OrderByDescending(f => f.Framework.Framework == FrameworkConstants.FrameworkIdentifiers.NetCoreApp)
            .ThenBy(f => f.Framework.HasPlatform)
            .ThenByDescending(f => f.Framework.Version)
            .First().Moniker;
    }

    private EvaluatedProject EvaluateWith(string projectPath, string? targetFramework)
    {
        var state = new State(projectPath, readFile);
        var folder = ProjectPaths.Parent(projectPath) ?? string.Empty;
        var fileName = System.IO.Path.GetFileName(projectPath);
        state.Global["Configuration"] = "Release";
        state.Global["Platform"] = "AnyCPU";
        state.Global["OS"] = "Unix";
        state.Global["MSBuildRuntimeType"] = "Core";
        state.Global["MSBuildProjectDirectory"] = ProjectPaths.Anchored(folder);
        state.Global["MSBuildProjectFile"] = fileName;
        state.Global["MSBuildProjectName"] = System.IO.Path.GetFileNameWithoutExtension(fileName);
        state.Global["MSBuildProjectExtension"] = System.IO.Path.GetExtension(fileName);
        state.Global["MSBuildProjectFullPath"] = ProjectPaths.Anchored(projectPath);
        if (targetFramework is not null)
        {
            state.Global["TargetFramework"] = targetFramework;
        }

        var projectText = readFile(projectPath);
        var project = projectText is null ? null : state.Parse(projectPath, projectText);
        var sdk = project is null ? string.Empty : SdkOf(project);

        // The SDK's own order: Directory.Build.props, then NuGet's Directory.Packages.props, the project, Directory.Build.targets.
        state.ImportNearest("Directory.Build.props", folder);
        state.ImportNearest("Directory.Packages.props", folder);
        if (project is not null)
        {
            state.Import(projectPath, project);
        }

        state.ImportNearest("Directory.Build.targets", folder);
        state.EvaluateItems();

        return new EvaluatedProject(
            projectPath,
            sdk,
            state.FinalProperties(),
            state.Packages(),
            [.. state.ProjectReferences.Distinct(StringComparer.Ordinal)],
            [.. state.FrameworkReferences.Distinct(StringComparer.OrdinalIgnoreCase)],
            [.. state.Usings.DistinctBy(u => (u.Namespace, u.Alias, u.Static))],
            [.. state.UsingRemovals.Distinct(StringComparer.Ordinal)],
            [.. state.Imported],
            [.. state.Problems])
        {
            AssemblyReferences = [.. state.AssemblyReferences.DistinctBy(r => r.Name, StringComparer.OrdinalIgnoreCase)],
        };
    }

    private static string SdkOf(XElement project)
    {
        var sdk = project.Attribute("Sdk")?.Value
            ?? project.Elements().FirstOrDefault(e => e.Name.LocalName == "Sdk")?.Attribute("Name")?.Value
            ?? project.Elements().FirstOrDefault(e => e.Name.LocalName == "Import" && e.Attribute("Sdk") is not null)?.Attribute("Sdk")?.Value
            ?? string.Empty;
        return sdk.Split('/')[0].Trim();
    }

    /// <summary>One evaluation: the properties so far, the elements to read for items, what was imported.</summary>
    private sealed class State(string path, Func<string, string?> readFile)
    {
        private readonly string _projectPath = path;
        private readonly Dictionary<string, string> _properties = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<(XElement Element, string File)> _itemGroups = [];
        private readonly Dictionary<string, (string? Version, string? Override)> _packages = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> _packageOrder = [];
        private readonly Dictionary<string, string?> _versions = new(StringComparer.OrdinalIgnoreCase);
        private string _currentFile = path;
        private int _elements;

        public Dictionary<string, string> Global { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<string> Imported { get; } = [];

        public List<string> Problems { get; } = [];

        public List<string> ProjectReferences { get; } = [];

        public List<string> FrameworkReferences { get; } = [];

        public List<ProjectUsing> Usings { get; } = [];

        public List<string> UsingRemovals { get; } = [];

        public List<AssemblyReference> AssemblyReferences { get; } = [];

        private MsBuildExpressions Expressions => new(Property, path => readFile(path) is not null, ProjectPaths.Parent(_currentFile) ?? string.Empty);

        public XElement? Parse(string path, string text)
        {
            // No DTD, no external entities: the file is the candidate's.
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            try
            {
                return XDocument.Load(reader, LoadOptions.SetLineInfo).Root;
            }
            catch (XmlException exception)
            {
                // A refused DTD carries no position: it is where the DOCTYPE starts.
                var (line, column) = exception.LineNumber > 0 ? (exception.LineNumber, exception.LinePosition) : PositionOf(text, "<!DOCTYPE");
                Problems.Add($"{path}:{line}:{column}: {exception.Message}");
                return null;
            }
        }

        private static (int Line, int Column) PositionOf(string text, string what)
        {
            var index = text.IndexOf(what, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return (1, 1);
            }

            var line = text.AsSpan(0, index).Count('\n') + 1;
            return (line, index - text.LastIndexOf('\n', Math.Max(0, index - 1)));
        }

        public void ImportNearest(string fileName, string folder)
        {
            for (var current = folder; current is not null; current = ProjectPaths.Parent(current))
            {
                var candidate = ProjectPaths.Combine(current, fileName);
                if (candidate is not null && readFile(candidate) is { } text)
                {
                    if (Parse(candidate, text) is { } root)
                    {
                        Import(candidate, root);
                    }

                    return;
                }
            }
        }

        public void Import(string path, XElement root)
        {
            if (Imported.Count >= MaxImports || Imported.Contains(path, StringComparer.Ordinal))
            {
                return;
            }

            Imported.Add(path);
            var previous = _currentFile;
            _currentFile = path;
            ReadProperties(root.Elements());
            _currentFile = previous;
        }

        private string? Property(string name)
        {
            if (name.Equals("MSBuildThisFileDirectory", StringComparison.OrdinalIgnoreCase))
            {
                return ProjectPaths.AsDirectory(ProjectPaths.Parent(_currentFile) ?? string.Empty);
            }

            if (name.Equals("MSBuildThisFile", StringComparison.OrdinalIgnoreCase))
            {
                return System.IO.Path.GetFileName(_currentFile);
            }

            if (name.Equals("MSBuildThisFileFullPath", StringComparison.OrdinalIgnoreCase))
            {
                return ProjectPaths.Anchored(_currentFile);
            }

            return Global.TryGetValue(name, out var global) ? global : _properties.TryGetValue(name, out var value) ? value : null;
        }

        private bool Holds(XElement element) =>
            element.Attribute("Condition")?.Value is not { } condition || Expressions.Condition(condition) == true;

        private void ReadProperties(IEnumerable<XElement> elements)
        {
            foreach (var element in elements)
            {
                if (++_elements > MaxElements)
                {
                    Problems.Add($"{_currentFile}: more than {MaxElements} elements; the rest was not read");
                    return;
                }

                switch (element.Name.LocalName)
                {
                    case "PropertyGroup" when Holds(element):
                        foreach (var property in element.Elements())
                        {
                            if (Holds(property) && !Global.ContainsKey(property.Name.LocalName))
                            {
                                var value = Expressions.Expand(property.Value.Trim());
                                if (value is null)
                                {
                                    _properties.Remove(property.Name.LocalName);
                                }
                                else
                                {
                                    _properties[property.Name.LocalName] = value;
                                }
                            }
                        }

                        break;
                    case "ItemGroup":
                        _itemGroups.Add((element, _currentFile));
                        break;
                    case "Choose":
                        var branch = element.Elements().FirstOrDefault(e => e.Name.LocalName == "When" && Holds(e))
                            ?? element.Elements().FirstOrDefault(e => e.Name.LocalName == "Otherwise");
                        if (branch is not null)
                        {
                            ReadProperties(branch.Elements());
                        }

                        break;
                    case "ImportGroup" when Holds(element):
                        ReadProperties(element.Elements());
                        break;
                    case "Import" when element.Attribute("Project")?.Value is { } import && element.Attribute("Sdk") is null && Holds(element):
                        ImportFile(import);
                        break;
                }
            }
        }

        private void ImportFile(string import)
        {
            var expanded = Expressions.Expand(import);
            if (expanded is null || expanded.Contains('*', StringComparison.Ordinal))
            {
                return;
            }

            // Relative imports are relative to the importing file's folder.
            var path = ProjectPaths.Resolve(expanded, ProjectPaths.Parent(_currentFile) ?? string.Empty);
            if (path is not null && readFile(path) is { } text && Parse(path, text) is { } root)
            {
                Import(path, root);
            }
        }

        public void EvaluateItems()
        {
            foreach (var (group, file) in _itemGroups)
            {
                _currentFile = file;
                if (Holds(group))
                {
                    ReadItems(group.Elements());
                }
            }

            _currentFile = _projectPath;
        }

        private void ReadItems(IEnumerable<XElement> items)
        {
            foreach (var item in items)
            {
                if (!Holds(item))
                {
                    continue;
                }

                var include = Attribute(item, "Include");
                var update = Attribute(item, "Update");
                var remove = Attribute(item, "Remove");
                switch (item.Name.LocalName)
                {
                    case "PackageReference" or "GlobalPackageReference":
                        foreach (var id in Split(include))
                        {
                            if (!_packages.ContainsKey(id))
                            {
                                _packageOrder.Add(id);
                            }

                            _packages[id] = (Metadata(item, "Version"), Metadata(item, "VersionOverride"));
                        }

                        foreach (var id in Split(update).Where(_packages.ContainsKey))
                        {
                            var (version, versionOverride) = _packages[id];
                            _packages[id] = (Metadata(item, "Version") ?? version, Metadata(item, "VersionOverride") ?? versionOverride);
                        }

                        foreach (var id in Split(remove))
                        {
                            _packages.Remove(id);
                        }

                        break;
                    case "PackageVersion":
                        foreach (var id in Split(include).Concat(Split(update)))
                        {
                            _versions[id] = Metadata(item, "Version");
                        }

                        break;
                    // ReferenceOutputAssembly=false (a source generator or tool project): built first, never referenced.
                    case "ProjectReference" when !(Metadata(item, "ReferenceOutputAssembly") is { } output && output.Equals("false", StringComparison.OrdinalIgnoreCase)):
                        foreach (var reference in Split(include))
                        {
                            if (ProjectPaths.Resolve(reference, ProjectPaths.Parent(_projectPath) ?? string.Empty) is { } resolved)
                            {
                                ProjectReferences.Add(resolved);
                            }
                        }

                        break;
                    case "FrameworkReference":
                        FrameworkReferences.AddRange(Split(include));
                        break;
                    case "Reference":
                        var hint = Metadata(item, "HintPath") is { } hintPath ? ProjectPaths.Resolve(hintPath, ProjectPaths.Parent(_projectPath) ?? string.Empty) : null;
                        AssemblyReferences.AddRange(Split(include).Select(name => new AssemblyReference(name.Split(',')[0].Trim(), hint)));
                        break;
                    case "Using":
                        var alias = Metadata(item, "Alias");
                        var isStatic = Metadata(item, "Static") is { } s && s.Equals("true", StringComparison.OrdinalIgnoreCase);
                        Usings.AddRange(Split(include).Select(n => new ProjectUsing(n, alias, isStatic)));
                        UsingRemovals.AddRange(Split(remove));
                        break;
                }
            }
        }

        private string? Attribute(XElement item, string name) =>
            item.Attribute(name)?.Value is { } raw ? Expressions.Expand(raw) : null;

        /// <summary>Item metadata: an attribute or a child element of that name.</summary>
        private string? Metadata(XElement item, string name)
        {
            var raw = item.Attribute(name)?.Value ?? item.Elements().LastOrDefault(e => e.Name.LocalName == name && Holds(e))?.Value;
            return raw is null ? null : Expressions.Expand(raw.Trim()) is { Length: > 0 } value ? value : null;
        }

        private static IEnumerable<string> Split(string? value) =>
            value is null ? [] : value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(v => !v.Contains('*', StringComparison.Ordinal));

        public IReadOnlyDictionary<string, string> FinalProperties()
        {
            var all = new Dictionary<string, string>(_properties, StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in Global)
            {
                all[name] = value;
            }

            return all;
        }

        /// <summary>Each package with the version that applies: VersionOverride, else central PackageVersion when managed centrally, else its own Version.</summary>
        public IReadOnlyList<PackageRequest> Packages()
        {
            var central = Property("ManagePackageVersionsCentrally") is { } managed && managed.Equals("true", StringComparison.OrdinalIgnoreCase);
            return [.. _packageOrder.Where(_packages.ContainsKey).Select(id =>
            {
                var (version, versionOverride) = _packages[id];
                var centralVersion = central && _versions.TryGetValue(id, out var v) ? v : null;
                return new PackageRequest(id, versionOverride ?? centralVersion ?? version);
            })];
        }
    }
}
