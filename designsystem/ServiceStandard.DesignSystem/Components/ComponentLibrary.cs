using ServiceStandard.DesignSystem.Contracts;
using ServiceStandard.DesignSystem.Engine;
using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.DesignSystem.Components;

/// <summary>
/// Every component of a design system, read from a folder of <c>&lt;id&gt;/component.yml</c>
/// (designsystem/components). Its contracts make a <see cref="ContractEngine"/>.
/// </summary>
public sealed class ComponentLibrary
{
    private ComponentLibrary(string directory, IReadOnlyList<ComponentDefinition> components)
    {
        Directory = directory;
        Components = components;
    }

    public string Directory { get; }

    /// <summary>The components, by id.</summary>
    public IReadOnlyList<ComponentDefinition> Components { get; }

    public IEnumerable<Contract> Contracts => Components.Select(c => c.Contract);

    public ComponentDefinition? Find(string id) => Components.FirstOrDefault(c => c.Id == id);

    public ContractEngine CreateEngine() => new(Contracts);

    /// <summary>Loads every <c>component.yml</c> one folder below <paramref name="directory"/>; all problems of all files are reported together.</summary>
    public static LoadResult<ComponentLibrary> Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return LoadResult<ComponentLibrary>.Failed([Diagnostic.Error(new SourceLocation(directory, 1, 1), "the components folder does not exist")]);
        }

        var files = System.IO.Directory.EnumerateDirectories(directory)
            .Select(d => Path.Combine(d, ComponentLoader.FileName))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .ToList();
        var ids = files.Select(f => Path.GetFileName(Path.GetDirectoryName(f)!)).ToHashSet(StringComparer.Ordinal);

        var diagnostics = new List<Diagnostic>();
        var components = new List<ComponentDefinition>();
        foreach (var file in files)
        {
            var result = ComponentLoader.LoadFile(file, ids);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Succeeded)
            {
                components.Add(result.Value!);
            }
        }

        if (files.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(directory, 1, 1), $"no <id>/{ComponentLoader.FileName} files in this folder"));
        }

        return diagnostics.Any(d => d.IsError)
            ? LoadResult<ComponentLibrary>.Failed(diagnostics)
            : new LoadResult<ComponentLibrary>(new ComponentLibrary(directory, components), diagnostics);
    }
}
