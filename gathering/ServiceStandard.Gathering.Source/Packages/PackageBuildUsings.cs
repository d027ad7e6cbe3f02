using System.Xml;
using System.Xml.Linq;
using ServiceStandard.Gathering.Source.Projects;

namespace ServiceStandard.Gathering.Source.Packages;

/// <summary>
/// The global usings a package's MSBuild files add to the projects that use it (Sentry's
/// <c>buildTransitive/Sentry.targets</c>: <c>&lt;Using Include="Sentry" /&gt;</c> when implicit usings are
/// on): NuGet imports <c>build/&lt;id&gt;.props|targets</c> (<c>buildTransitive/</c> for packages that
/// flow in) into the project. Only their <c>Using</c> items are read, their conditions decided with
/// the project's properties; no target, task or property function of a package is evaluated.
/// </summary>
public static class PackageBuildUsings
{
    private const long MaxBytes = 1024 * 1024;

    /// <summary>The MSBuild files NuGet imports from <paramref name="packageFolder"/>: buildTransitive's, else build's (a direct reference's).</summary>
    public static IReadOnlyList<string> Files(string packageFolder, string id, bool direct)
    {
        ArgumentNullException.ThrowIfNull(packageFolder);
        ArgumentNullException.ThrowIfNull(id);
        foreach (var kind in direct ? new[] { "buildTransitive", "build" } : ["buildTransitive"])
        {
            var found = new[] { ".props", ".targets" }
                .Select(extension => Path.Combine(packageFolder, kind, id + extension))
                .Select(path => File.Exists(path) ? path : FindIgnoringCase(Path.Combine(packageFolder, kind), Path.GetFileName(path)))
                .OfType<string>()
                .ToList();
            if (found.Count > 0)
            {
                return found;
            }
        }

        return [];
    }

    /// <summary>The <c>Using</c> items of <paramref name="files"/> whose conditions hold for <paramref name="project"/>.</summary>
    public static IReadOnlyList<ProjectUsing> Read(IEnumerable<string> files, EvaluatedProject project)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(project);
        var expressions = new MsBuildExpressions(
            name => name.Equals("Language", StringComparison.OrdinalIgnoreCase) ? "C#" : project.Property(name),
            _ => false,
            project.Folder);
        bool Holds(XElement element) => element.Attribute("Condition")?.Value is not { } condition || expressions.Condition(condition) == true;

        var usings = new List<ProjectUsing>();
        foreach (var file in files)
        {
            var info = new FileInfo(file);
            if (!info.Exists || info.LinkTarget is not null || info.Length > MaxBytes)
            {
                continue;
            }

            XElement? root;
            try
            {
                using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
                root = XDocument.Load(reader).Root;
            }
            catch (Exception exception) when (exception is XmlException or IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var group in root?.Elements().Where(e => e.Name.LocalName == "ItemGroup" && Holds(e)) ?? [])
            {
                foreach (var item in group.Elements().Where(e => e.Name.LocalName == "Using" && Holds(e)))
                {
                    var alias = item.Attribute("Alias")?.Value;
                    var isStatic = item.Attribute("Static")?.Value is { } s && s.Equals("true", StringComparison.OrdinalIgnoreCase);
                    usings.AddRange((item.Attribute("Include")?.Value ?? string.Empty)
                        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Where(n => !n.Contains('$', StringComparison.Ordinal))
                        .Select(n => new ProjectUsing(n, alias, isStatic)));
                }
            }
        }

        return usings;
    }

    private static string? FindIgnoringCase(string folder, string name) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).FirstOrDefault(f => Path.GetFileName(f).Equals(name, StringComparison.OrdinalIgnoreCase))
            : null;
}
