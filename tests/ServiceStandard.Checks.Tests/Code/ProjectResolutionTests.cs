using ServiceStandard.Checks.Code;
using ServiceStandard.Gathering.Source;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Findings;
using ServiceStandard.Testing;

namespace ServiceStandard.Checks.Tests.Code;

/// <summary>
/// The code checks see a multi-project service as its build does (tests/fixtures/code/permits-platform,
/// which ServiceStandard.sln builds with zero errors): settings from Directory.Build.props, versions
/// from Directory.Packages.props, packages from the team's restore or the NuGet packages folder, and
/// a shared project's code with the app that calls it. When packages cannot be found, the report
/// says which, and which rules could not check which calls.
/// </summary>
public sealed class ProjectResolutionTests
{
    private static readonly string Fixture = RepositoryPaths.Combine("tests", "fixtures", "code", "permits-platform");

    private static readonly string[] Planted =
    [
        "SS0002 src/Permits.Data/PermitRepository.cs:11",
        "SS0002 src/Permits.Data/PermitRepository.cs:20",
        "SS0002 src/Permits.Data/PermitRepository.cs:36",
        "SS0002 src/Permits.Legacy/LegacyPermitLookup.cs:11",
        "SS0011 src/Permits.Data/PermitRepository.cs:29",
    ];

    private static Task<CodeCheckResult> AnalyseAsync(string root, IReadOnlyList<string>? packageFolders = null) =>
        CodeAssessment.RunAsync(new SourceRequest(root, RunRepositoryChecks: false, PackageFolders: packageFolders), CancellationToken.None);

    private static IEnumerable<string> CodeFindings(CodeCheckResult result) =>
        result.Findings
            .Where(f => f.CheckId == CodeRules.CheckId)
            .Select(f => (SourceLocationSpan)f.Location is var at ? $"{f.RuleId} {at.Path}:{at.StartLine}" : string.Empty)
            .Order(StringComparer.Ordinal);

    private static string Describe(AnalysedProject project) =>
        $"{project.Path}: {project.CompileErrors} compile errors, {project.RazorErrors} Razor errors: " +
        string.Join("; ", project.FirstCompileErrors.Concat(project.FirstRazorErrors).Select(e => $"{e.Path}:{e.Line} {e.Id} {e.Message}"));

    /// <summary>The fixture without its build output, as a clean clone is.</summary>
    private static TempSourceTree CleanCopy()
    {
        var tree = new TempSourceTree();
        foreach (var file in Directory.EnumerateFiles(Fixture, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Fixture, file).Replace('\\', '/');
            if (!relative.Split('/').Any(part => part is "bin" or "obj"))
            {
                tree.Write(relative, File.ReadAllText(file));
            }
        }

        return tree;
    }

    [Fact]
    public async Task After_the_teams_restore_every_package_resolves_nothing_fails_to_compile_and_the_planted_defects_in_package_apis_are_found()
    {
        var result = await AnalyseAsync(Fixture);

        var scope = Assert.IsType<CodeScope>(result.Scope);
        Assert.Equal(
            ["src/Permits.Data/Permits.Data.csproj net10.0", "src/Permits.Legacy/Permits.Legacy.csproj net48", "src/Permits.ServiceDefaults/Permits.ServiceDefaults.csproj net10.0", "src/Permits.Web/Permits.Web.csproj net10.0"],
            scope.Projects.Select(p => $"{p.Path} {p.TargetFramework}").Order(StringComparer.Ordinal));
        Assert.All(scope.Projects, p =>
        {
            Assert.Empty(p.PackagesUnresolved);
            Assert.True(p.CompileErrors == 0 && p.RazorErrors == 0, Describe(p));
        });
        Assert.True(scope.Projects.Single(p => p.Path.EndsWith("Permits.Data.csproj", StringComparison.Ordinal)).PackagesResolved >= 3);
        Assert.Empty(scope.Gaps);
        Assert.Equal(Planted, CodeFindings(result));
    }

    [Fact]
    public async Task A_clean_clone_resolves_its_packages_from_the_nuget_packages_folder_with_the_central_versions()
    {
        using var copy = CleanCopy();

        var result = await AnalyseAsync(copy.Root);

        var scope = Assert.IsType<CodeScope>(result.Scope);
        Assert.All(scope.Projects, p => Assert.True(p.CompileErrors == 0, Describe(p)));
        var data = scope.Projects.Single(p => p.Path.EndsWith("Permits.Data.csproj", StringComparison.Ordinal));
        Assert.Empty(data.PackagesUnresolved);
        Assert.Equal(Planted, CodeFindings(result));
    }

    [Fact]
    public async Task Without_the_packages_the_report_names_them_and_the_calls_the_rules_could_not_check()
    {
        using var copy = CleanCopy();
        using var empty = new TempSourceTree(("README", "no packages here"));

        var result = await AnalyseAsync(copy.Root, [empty.Root]);

        var scope = Assert.IsType<CodeScope>(result.Scope);
        var data = scope.Projects.Single(p => p.Path.EndsWith("Permits.Data.csproj", StringComparison.Ordinal));
        Assert.Equal(
            ["Dapper", "Microsoft.EntityFrameworkCore.Relational", "Microsoft.Extensions.Logging.Abstractions"],
            data.PackagesUnresolved.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.All(data.PackagesUnresolved, p => Assert.Contains("not in the NuGet packages folder", p.Reason, StringComparison.Ordinal));
        Assert.True(data.CompileErrors > 0);
        Assert.NotEmpty(data.FirstCompileErrors);

        var sql = Assert.Single(scope.Gaps, g => g.RuleId == "code/SS0002");
        Assert.Equal(5, sql.CallSites);
        Assert.Equal(["Execute", "FromSqlRaw", "Query", "QueryFirstOrDefault"], sql.Members);
        Assert.Contains("Dapper", sql.Message, StringComparison.Ordinal);
        var logs = Assert.Single(scope.Gaps, g => g.RuleId == "code/SS0011");
        Assert.Equal(2, logs.CallSites);
        Assert.DoesNotContain(CodeFindings(result), f => f.StartsWith("SS0002", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_razor_generator_gets_the_roslyn_tokenizer_that_the_sdk_passes_from_dotnet_10()
    {
        using var copy = CleanCopy();
        var project = Path.Combine(copy.Root, "src", "Permits.Web", "Permits.Web.csproj");

        var withTokenizer = await AnalyseAsync(copy.Root);
        File.WriteAllText(project, File.ReadAllText(project).Replace(
            "<ItemGroup>",
            "<PropertyGroup><_RazorUseRoslynTokenizer>false</_RazorUseRoslynTokenizer></PropertyGroup><ItemGroup>",
            StringComparison.Ordinal));
        var without = await AnalyseAsync(copy.Root);

        static AnalysedProject Web(CodeCheckResult r) => r.Scope!.Projects.Single(p => p.Path.EndsWith("Permits.Web.csproj", StringComparison.Ordinal));
        Assert.True(Web(withTokenizer).Razor == "generator", withTokenizer.Scope!.RazorFrom);
        Assert.Equal(0, Web(withTokenizer).RazorErrors + Web(withTokenizer).CompileErrors);
        Assert.True(Web(without).RazorErrors + Web(without).CompileErrors > 0, "the raw string literal should break Razor's own tokenizer");
    }

    [Fact]
    public async Task An_old_style_dotnet_framework_project_is_compiled_against_the_framework_and_its_vendored_assemblies()
    {
        // The shape of Juliet's and many legacy government projects: no SDK, TargetFrameworkVersion, Reference items, a lib/ folder.
        using var tree = new TempSourceTree(
            ("src/Legacy/Legacy.csproj", """
                <?xml version="1.0" encoding="utf-8"?>
                <Project ToolsVersion="14.0" DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
                  <Import Project="$(MSBuildExtensionsPath)\$(MSBuildToolsVersion)\Microsoft.Common.props" Condition="Exists('$(MSBuildExtensionsPath)\$(MSBuildToolsVersion)\Microsoft.Common.props')" />
                  <PropertyGroup>
                    <OutputType>Library</OutputType>
                    <TargetFrameworkVersion>v4.8</TargetFrameworkVersion>
                  </PropertyGroup>
                  <PropertyGroup Condition=" '$(Configuration)|$(Platform)' == 'Debug|AnyCPU' ">
                    <DefineConstants>DEBUG;TRACE</DefineConstants>
                  </PropertyGroup>
                  <PropertyGroup Condition=" '$(Configuration)|$(Platform)' == 'Release|AnyCPU' ">
                    <DefineConstants>TRACE</DefineConstants>
                  </PropertyGroup>
                  <ItemGroup>
                    <Reference Include="System" />
                    <Reference Include="System.Data" />
                    <Reference Include="System.Web" />
                  </ItemGroup>
                  <ItemGroup>
                    <Compile Include="Lookup.cs" />
                  </ItemGroup>
                  <Import Project="$(MSBuildToolsPath)\Microsoft.CSharp.targets" />
                </Project>
                """),
            ("src/Legacy/Lookup.cs", """
                using System.Data.SqlClient;
                using System.Web;

                namespace Legacy
                {
                    public static class Lookup
                    {
                        public static SqlCommand ByName(SqlConnection connection)
                        {
                            var name = HttpContext.Current.Request.QueryString["name"];
                            var command = new SqlCommand("SELECT * FROM people WHERE name = '" + name + "'", connection);
                            return command;
                        }
                    }
                }
                """));

        var result = await AnalyseAsync(tree.Root);

        var project = Assert.Single(result.Scope!.Projects);
        Assert.Equal("net48", project.TargetFramework);
        Assert.True(project.CompileErrors == 0, Describe(project));
        Assert.Empty(project.PackagesUnresolved);
        Assert.Equal(["SS0002 src/Legacy/Lookup.cs:11"], CodeFindings(result));
    }

    [Fact]
    public async Task A_vendored_library_built_for_a_portable_profile_binds_to_the_frameworks_mscorlib_as_csc_binds_it()
    {
        // Juliet's lib/NLog.dll and many vendored dlls reference mscorlib 2.0.5.0 (retargetable, Silverlight's key):
        // csc unifies it with .NET Framework's mscorlib; without that every use is CS0012.
        using var tree = new TempSourceTree(
            ("src/Legacy/Legacy.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net48</TargetFramework></PropertyGroup>
                  <ItemGroup>
                    <Reference Include="Portable"><HintPath>..\..\lib\Portable.dll</HintPath></Reference>
                  </ItemGroup>
                </Project>
                """),
            ("src/Legacy/Use.cs", """
                namespace Legacy
                {
                    public static class Use
                    {
                        public static string Describe() => new Portable.Thing().ToString();
                    }
                }
                """));
        Directory.CreateDirectory(Path.Combine(tree.Root, "lib"));
        File.WriteAllBytes(Path.Combine(tree.Root, "lib", "Portable.dll"), PortableLibrary.Build("Portable", "Thing"));

        var result = await AnalyseAsync(tree.Root);

        var project = Assert.Single(result.Scope!.Projects);
        Assert.True(project.CompileErrors == 0, Describe(project));
    }

    [Fact]
    public async Task A_project_reference_and_an_import_written_on_windows_in_another_case_still_find_their_files()
    {
        // Juliet's shape: ..\..\TestCaseSupport\TestCaseSupport.csproj for the folder testcasesupport/TestCaseSupport.
        using var tree = new TempSourceTree(
            ("src/App/App.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="..\..\Build\Common.props" />
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                  <ItemGroup><ProjectReference Include="..\TestCaseSupport\TestCaseSupport\TestCaseSupport.csproj" /></ItemGroup>
                </Project>
                """),
            ("build/common.props", """
                <Project>
                  <ItemGroup><Using Include="TestCaseSupport" /></ItemGroup>
                </Project>
                """),
            ("src/App/Case.cs", """
                namespace App;

                public static class Case
                {
                    public static string Run() => IO.WriteLine("bad");
                }
                """),
            ("src/testcasesupport/TestCaseSupport/TestCaseSupport.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                </Project>
                """),
            ("src/testcasesupport/TestCaseSupport/IO.cs", """
                namespace TestCaseSupport;

                public static class IO
                {
                    public static string WriteLine(string text) => text;
                }
                """));

        var result = await AnalyseAsync(tree.Root);

        var app = result.Scope!.Projects.Single(p => p.Path == "src/App/App.csproj");
        Assert.True(app.CompileErrors == 0, Describe(app));
    }

    [Fact]
    public async Task Implicit_usings_are_added_only_when_the_project_turns_them_on_as_the_sdk_spells_it()
    {
        // The SDK's props: '$(ImplicitUsings)' == 'true' or 'enable'. EBIS's Functions projects say "enabled" (none added);
        // Unset beside a Directory.Build.props that does not set it: none either.
        using var tree = new TempSourceTree(
            ("Directory.Build.props", "<Project><PropertyGroup><Nullable>enable</Nullable></PropertyGroup></Project>"),
            ("src/Unset/Unset.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                </Project>
                """),
            ("src/Unset/Timer.cs", """
                using System.Timers;

                namespace Unset;

                public static class Clock
                {
                    public static Timer Every(double milliseconds) => new(milliseconds);
                }
                """),
            ("src/Off/Off.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enabled</ImplicitUsings></PropertyGroup>
                </Project>
                """),
            ("src/Off/Timer.cs", """
                using System.Timers;

                namespace Off;

                public static class Clock
                {
                    public static Timer Every(double milliseconds) => new(milliseconds);
                }
                """),
            ("src/On/On.csproj", """
                <Project Sdk="Microsoft.NET.Sdk.Web">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><OutputType>Library</OutputType></PropertyGroup>
                </Project>
                """),
            ("src/On/Names.cs", """
                namespace On;

                public static class Names
                {
                    public static List<string> Of(IEnumerable<string> names) => names.ToList();

                    public static string Environment(IHostEnvironment host) => host.EnvironmentName;
                }
                """));

        var result = await AnalyseAsync(tree.Root);

        foreach (var project in result.Scope!.Projects)
        {
            Assert.True(project.CompileErrors == 0, Describe(project));
        }
    }

    [Fact]
    public async Task A_project_sees_the_projects_its_references_reference_as_the_sdk_passes_them_transitively()
    {
        // EBIS: Platform.Orchestrator -> Platform.Functions -> Platform.Domain, and the Orchestrator uses Platform.Domain's types.
        using var tree = new TempSourceTree(
            ("src/Orchestrator/Orchestrator.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                  <ItemGroup><ProjectReference Include="..\Functions\Functions.csproj" /></ItemGroup>
                </Project>
                """),
            ("src/Orchestrator/Run.cs", "namespace Orchestrator;\n\npublic static class Run\n{\n    public static string Name => Domain.Pipeline.Name;\n}\n"),
            ("src/Functions/Functions.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                  <ItemGroup><ProjectReference Include="..\Domain\Domain.csproj" /></ItemGroup>
                </Project>
                """),
            ("src/Functions/Host.cs", "namespace Functions;\n\npublic static class Host\n{\n}\n"),
            ("src/Domain/Domain.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                </Project>
                """),
            ("src/Domain/Pipeline.cs", "namespace Domain;\n\npublic static class Pipeline\n{\n    public const string Name = \"pipeline\";\n}\n"));

        var result = await AnalyseAsync(tree.Root);

        var orchestrator = result.Scope!.Projects.Single(p => p.Path == "src/Orchestrator/Orchestrator.csproj");
        Assert.True(orchestrator.CompileErrors == 0, Describe(orchestrator));
    }

    [Fact]
    public async Task Generated_regex_and_logger_message_methods_get_the_implementation_the_sdks_generators_write()
    {
        // CS8795 in all three services: the SDK runs the reference packs' generators; so do we.
        using var tree = new TempSourceTree(
            ("src/Web/Web.csproj", """
                <Project Sdk="Microsoft.NET.Sdk.Web">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><OutputType>Library</OutputType></PropertyGroup>
                </Project>
                """),
            ("src/Web/Patterns.cs", """
                using System.Text.RegularExpressions;

                namespace Web;

                public static partial class Patterns
                {
                    [GeneratedRegex("^[a-z]+$")]
                    public static partial Regex Word();

                    [LoggerMessage(Level = LogLevel.Information, Message = "Matched {Text}")]
                    public static partial void Matched(ILogger logger, string text);

                    public static bool Check(ILogger logger, string text)
                    {
                        var match = Word().IsMatch(text);
                        Matched(logger, text);
                        return match;
                    }
                }
                """));

        var result = await AnalyseAsync(tree.Root);

        var web = Assert.Single(result.Scope!.Projects);
        Assert.True(web.CompileErrors == 0, Describe(web));
        Assert.Equal(1, web.CSharpFiles);
    }

    [Fact]
    public async Task With_restore_download_a_package_in_no_folder_is_fetched_from_the_feed_and_its_calls_are_checked()
    {
        // A local folder feed holding the real Dapper package: the test never leaves the machine.
        using var copy = CleanCopy();
        using var feed = new TempSourceTree(("README", "a NuGet folder feed"));
        using var empty = new TempSourceTree(("README", "no packages here"));
        var nupkg = Path.Combine(PackageResolverFolder(), "dapper", "2.1.66", "dapper.2.1.66.nupkg");
        File.Copy(nupkg, Path.Combine(feed.Root, "dapper.2.1.66.nupkg"));
        var cache = Path.Combine(empty.Root, "cache");

        var request = new SourceRequest(copy.Root, RunRepositoryChecks: false, PackageFolders: [empty.Root]) { DownloadFeeds = [feed.Root], DownloadCache = cache };
        var result = await CodeAssessment.RunAsync(request, CancellationToken.None);

        var data = result.Scope!.Projects.Single(p => p.Path.EndsWith("Permits.Data.csproj", StringComparison.Ordinal));
        Assert.DoesNotContain(data.PackagesUnresolved, p => p.Id == "Dapper");
        Assert.Contains(data.PackagesUnresolved, p => p.Id == "Microsoft.EntityFrameworkCore.Relational" && p.Reason.EndsWith("not on the configured feeds either", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(cache, "dapper", "2.1.66", "dapper.nuspec")));
        Assert.Empty(Directory.EnumerateFiles(cache, "*.targets", SearchOption.AllDirectories));
        Assert.Contains("SS0002 src/Permits.Data/PermitRepository.cs:11", CodeFindings(result));
        Assert.Contains("SS0002 src/Permits.Data/PermitRepository.cs:36", CodeFindings(result));
    }

    private static string PackageResolverFolder() => ServiceStandard.Gathering.Source.Packages.PackageResolver.GlobalPackagesFolder();
}
