using System.IO.Compression;
using NuGet.Frameworks;
using ServiceStandard.Gathering.Source.Packages;
using ServiceStandard.Gathering.Source.Projects;

namespace ServiceStandard.Checks.Tests.Code;

/// <summary>
/// The versions picked from the packages folder are NuGet's (docs: "NuGet package dependency
/// resolution"): direct dependency wins; otherwise, of the versions asked for across the graph,
/// the highest minimum (cousin dependencies), packages flowing from referenced projects included.
/// A fake packages folder of .nuspec files: no network, no assemblies needed.
/// </summary>
public sealed class PackageVersionSelectionTests : IDisposable
{
    private readonly TempSourceTree _packages = new(("README", "a packages folder"));
    private readonly TempSourceTree _source = new(("README", "the analysed folder"));

    public void Dispose()
    {
        _packages.Dispose();
        _source.Dispose();
    }

    private void Package(string id, string version, params (string Id, string Range)[] dependencies)
    {
        var deps = string.Concat(dependencies.Select(d => $"<dependency id=\"{d.Id}\" version=\"{d.Range}\" />"));
        _packages.Write(
            $"{id.ToLowerInvariant()}/{version}/{id.ToLowerInvariant()}.nuspec",
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
              <metadata><id>{id}</id><version>{version}</version>
                <dependencies><group targetFramework="net8.0">{deps}</group></dependencies>
              </metadata>
            </package>
            """);
    }

    private PackageResolution Resolve(IReadOnlyList<PackageRequest> own, IReadOnlyList<PackageRequest>? flowing = null)
    {
        var project = new EvaluatedProject("src/App/App.csproj", "Microsoft.NET.Sdk", new Dictionary<string, string>(StringComparer.Ordinal), own, [], [], [], [], [], []);
        return new PackageResolver([_packages.Root]).Resolve(own, project, _source.Root, NuGetFramework.Parse("net10.0"), new HashSet<string>(), flowing);
    }

    private static string VersionOf(PackageResolution resolution, string id) => resolution.Resolved.Single(r => r.Id == id).Version;

    [Fact]
    public void Of_two_cousins_asking_for_a_package_the_higher_minimum_wins_whichever_comes_first()
    {
        // TRS: Hangfire.PostgreSql asks for Npgsql >= 8.0.3, Npgsql.DependencyInjection for >= 10.0.3.
        Package("Npgsql", "8.0.3");
        Package("Npgsql", "10.0.3");
        Package("Npgsql", "11.0.0");
        Package("Hangfire.PostgreSql", "1.20.0", ("Npgsql", "8.0.3"));
        Package("Npgsql.DependencyInjection", "10.0.3", ("Npgsql", "10.0.3"));

        var resolution = Resolve([new("Hangfire.PostgreSql", "1.20.0"), new("Npgsql.DependencyInjection", "10.0.3")]);

        Assert.Equal("10.0.3", VersionOf(resolution, "Npgsql"));
    }

    [Fact]
    public void A_higher_version_asked_for_deeper_in_the_graph_raises_one_already_picked()
    {
        // Npgsql is picked at 8.0.3 from the first level, then a second-level package asks for more.
        Package("Npgsql", "8.0.3");
        Package("Npgsql", "10.0.3");
        Package("Npgsql.EntityFrameworkCore.PostgreSQL", "10.0.3", ("Npgsql", "10.0.3"));
        Package("Data", "1.0.0", ("Npgsql.EntityFrameworkCore.PostgreSQL", "10.0.3"));
        Package("Health", "9.0.0", ("Npgsql", "8.0.3"));

        var resolution = Resolve([new("Health", "9.0.0"), new("Data", "1.0.0")]);

        Assert.Equal("10.0.3", VersionOf(resolution, "Npgsql"));
    }

    [Fact]
    public void The_projects_own_reference_wins_over_a_transitive_one()
    {
        Package("Logging", "8.0.0");
        Package("Logging", "9.0.0");
        Package("Client", "1.0.0", ("Logging", "9.0.0"));

        var resolution = Resolve([new("Logging", "[8.0.0]"), new("Client", "1.0.0")]);

        Assert.Equal("8.0.0", VersionOf(resolution, "Logging"));
    }

    [Fact]
    public void A_package_flowing_from_a_referenced_project_is_transitive_so_a_higher_version_asked_for_wins()
    {
        Package("EntityFrameworkCore", "8.0.0");
        Package("EntityFrameworkCore", "10.0.0");
        Package("Provider", "10.0.0", ("EntityFrameworkCore", "10.0.0"));

        var resolution = Resolve([new("Provider", "10.0.0")], [new("EntityFrameworkCore", "8.0.0"), new("Missing.From.Reference", "1.0.0")]);

        Assert.Equal("10.0.0", VersionOf(resolution, "EntityFrameworkCore"));
        Assert.Contains(resolution.Unresolved, u => u.Id == "Missing.From.Reference");
    }

    [Fact]
    public void The_teams_lock_file_gives_every_package_its_version_transitive_ones_included()
    {
        // RestorePackagesWithLockFile (EBIS, TRS): NuGet's own answer, which the nuspecs alone would not give here.
        Package("Npgsql", "8.0.3");
        Package("Npgsql", "9.0.1");
        Package("Npgsql", "10.0.3");
        Package("Health", "9.0.0", ("Npgsql", "8.0.3"));
        _source.Write("src/App/packages.lock.json", """
            {
              "version": 2,
              "dependencies": {
                "net10.0": {
                  "Health": { "type": "Direct", "requested": "[9.0.0, )", "resolved": "9.0.0" },
                  "Npgsql": { "type": "Transitive", "resolved": "9.0.1" },
                  "shared": { "type": "Project" }
                },
                "net10.0/win-x64": {
                  "Npgsql": { "type": "Transitive", "resolved": "10.0.3" }
                }
              }
            }
            """);

        var resolution = Resolve([new("Health", "9.0.0")]);

        Assert.Equal("9.0.1", VersionOf(resolution, "Npgsql"));
        Assert.DoesNotContain(resolution.Resolved, r => r.Id == "shared");
    }

    [Fact]
    public void With_restore_download_the_lowest_version_a_range_allows_is_fetched_when_the_folder_only_has_a_higher_one()
    {
        // The folder holds another service's 3.0.0; NuGet would restore 2.0.8 for ">= 2.0.3", and so do we (a local folder feed).
        Package("System.CommandLine", "3.0.0");
        using var feed = new TempSourceTree(("README", "a NuGet folder feed"));
        foreach (var version in new[] { "2.0.0", "2.0.8", "3.0.0" })
        {
            using var nupkg = ZipFile.Open(Path.Combine(feed.Root, $"system.commandline.{version}.nupkg"), ZipArchiveMode.Create);
            using var writer = new StreamWriter(nupkg.CreateEntry("System.CommandLine.nuspec").Open());
            writer.Write($"""<?xml version="1.0"?><package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd"><metadata><id>System.CommandLine</id><version>{version}</version><authors>x</authors><description>x</description></metadata></package>""");
        }

        var own = new List<PackageRequest> { new("System.CommandLine", "2.0.3") };
        var project = new EvaluatedProject("src/App/App.csproj", "Microsoft.NET.Sdk", new Dictionary<string, string>(StringComparer.Ordinal), own, [], [], [], [], [], []);
        var downloader = new PackageDownloader([feed.Root], Path.Combine(_packages.Root, "cache"));
        var resolution = new PackageResolver([_packages.Root], downloader).Resolve(own, project, _source.Root, NuGetFramework.Parse("net10.0"), new HashSet<string>());

        Assert.Equal("2.0.8", VersionOf(resolution, "System.CommandLine"));
    }

    [Fact]
    public void A_packages_build_files_add_their_using_items_when_their_conditions_hold_for_the_project()
    {
        // Sentry's buildTransitive/Sentry.targets: SentrySdk with no using in the file, as TRS writes it.
        Package("Sentry", "6.9.0");
        Package("Sentry.AspNetCore", "6.9.0", ("Sentry", "6.9.0"));
        _packages.Write("sentry/6.9.0/buildTransitive/Sentry.targets", """
            <Project ToolsVersion="4.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
              <ItemGroup Condition="$(Language) == 'C#' and $(SentryImplicitUsings) != 'false' and ($(ImplicitUsings) == 'enable' or $(ImplicitUsings) == 'true')">
                <Using Include="Sentry" />
              </ItemGroup>
              <Target Name="WriteSentryAttributes"><Exec Command="never run" /></Target>
            </Project>
            """);
        var own = new List<PackageRequest> { new("Sentry.AspNetCore", "6.9.0") };
        EvaluatedProject Project(string implicitUsings) =>
            new("src/App/App.csproj", "Microsoft.NET.Sdk", new Dictionary<string, string>(StringComparer.Ordinal) { ["ImplicitUsings"] = implicitUsings }, own, [], [], [], [], [], []);

        var resolution = new PackageResolver([_packages.Root]).Resolve(own, Project("enable"), _source.Root, NuGetFramework.Parse("net10.0"), new HashSet<string>());

        Assert.Equal(["Sentry"], PackageBuildUsings.Read(resolution.BuildFiles, Project("enable")).Select(u => u.Namespace));
        Assert.Empty(PackageBuildUsings.Read(resolution.BuildFiles, Project("disable")));
    }
}
