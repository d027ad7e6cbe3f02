using System.Xml.Linq;
using ServiceStandard.Testing;

namespace ServiceStandard.Architecture.Tests;

/// <summary>
/// Every product project references only what ARCHITECTURE.md allows it, so the shape (renderers read
/// only the model, the model depends on nothing heavier than the kernel) cannot drift back.
/// </summary>
public sealed class ProjectReferenceTests
{
    public static TheoryData<string> ProductProjects()
    {
        var data = new TheoryData<string>();
        foreach (var project in ProductProjectFiles().Keys.Order(StringComparer.Ordinal))
        {
            data.Add(project);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProductProjects))]
    public void A_project_references_only_what_the_codemap_allows(string project)
    {
        var table = ReferenceTable.Load();
        Assert.True(table.TryGetValue(project, out var allowed), $"{project} is not in ARCHITECTURE.md's table of allowed references: add its row");
        var file = ProductProjectFiles()[project];
        var document = XDocument.Load(file);

        var projects = document.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        var packages = document.Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value).ToList();

        var strayProjects = projects.Where(p => !allowed.Projects.Contains(p)).ToList();
        var strayPackages = packages.Where(p => !allowed.Packages.Contains(p)).ToList();
        Assert.True(strayProjects.Count == 0 && strayPackages.Count == 0,
            $"{Path.GetRelativePath(RepositoryPaths.Root, file)} references what ARCHITECTURE.md does not allow {project}:" +
            (strayProjects.Count > 0 ? $" projects {string.Join(", ", strayProjects)};" : string.Empty) +
            (strayPackages.Count > 0 ? $" packages {string.Join(", ", strayPackages)};" : string.Empty) +
            " change the code, or the table if the arrow is intended.");
    }

    [Fact]
    public void Every_row_of_the_table_is_a_project_that_exists()
    {
        var missing = ReferenceTable.Load().Keys.Where(p => !ProductProjectFiles().ContainsKey(p)).ToList();
        Assert.True(missing.Count == 0, "ARCHITECTURE.md lists projects that do not exist: " + string.Join(", ", missing));
    }

    /// <summary>The solution's product projects (not tests, not benchmarks, not the sample service), by name.</summary>
    private static Dictionary<string, string> ProductProjectFiles() =>
        Directory.EnumerateFiles(RepositoryPaths.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(f => !IsUnder(f, "tests") && !IsUnder(f, "bench") && !IsUnder(f, "artifacts") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f)!, f => f);

    private static bool IsUnder(string file, string folder) =>
        Path.GetRelativePath(RepositoryPaths.Root, file).StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
