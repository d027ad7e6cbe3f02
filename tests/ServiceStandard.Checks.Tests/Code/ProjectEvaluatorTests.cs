using ServiceStandard.Gathering.Source.Projects;

namespace ServiceStandard.Checks.Tests.Code;

/// <summary>
/// The static project evaluation: what the SDK would read from Directory.Build.props, the project,
/// Directory.Packages.props and Directory.Build.targets, for the parts a compilation needs.
/// </summary>
public sealed class ProjectEvaluatorTests
{
    private static EvaluatedProject Evaluate(string project, params (string Path, string Text)[] files)
    {
        var all = files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        return new ProjectEvaluator(path => all.TryGetValue(path, out var text) ? text : null).Evaluate(project);
    }

    [Fact]
    public void Directory_build_props_central_versions_usings_and_release_conditions_apply_to_the_project()
    {
        var project = Evaluate(
            "src/App/App.csproj",
            ("Directory.Build.props", """
                <Project>
                  <PropertyGroup>
                    <TargetFramework>net8.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                  </PropertyGroup>
                  <PropertyGroup Condition="'$(Configuration)|$(Platform)' == 'Release|AnyCPU'">
                    <DefineConstants>$(DefineConstants);AUDIT</DefineConstants>
                  </PropertyGroup>
                  <PropertyGroup Condition=" '$(Configuration)' == 'Debug' ">
                    <DefineConstants>$(DefineConstants);VERBOSE</DefineConstants>
                  </PropertyGroup>
                  <ItemGroup>
                    <Using Include="System.Text" />
                    <Using Include="System.Math" Static="true" />
                  </ItemGroup>
                </Project>
                """),
            ("Directory.Packages.props", """
                <Project>
                  <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>
                  <ItemGroup>
                    <PackageVersion Include="Dapper" Version="2.1.66" />
                    <PackageVersion Include="Serilog" Version="4.0.0" />
                  </ItemGroup>
                </Project>
                """),
            ("src/App/App.csproj", """
                <Project Sdk="Microsoft.NET.Sdk.Web">
                  <ItemGroup>
                    <PackageReference Include="Dapper" />
                    <PackageReference Include="Serilog" VersionOverride="3.1.1" />
                    <PackageReference Include="Npgsql" Condition="'$(TargetFramework)' == 'net8.0'" Version="8.0.3" />
                    <PackageReference Include="Legacy.Client" Condition="'$(TargetFramework)' == 'net472'" Version="1.0.0" />
                    <ProjectReference Include="..\Shared\Shared.csproj" />
                    <Using Include="Dapper" />
                    <Using Remove="System.Net.Http" />
                  </ItemGroup>
                </Project>
                """),
            ("src/Directory.Build.targets", """
                <Project>
                  <ItemGroup>
                    <PackageReference Update="Npgsql" Version="8.0.4" />
                  </ItemGroup>
                </Project>
                """));

        Assert.Equal("Microsoft.NET.Sdk.Web", project.Sdk);
        Assert.Equal("net8.0", project.TargetFramework);
        Assert.True(project.IsTrue("ImplicitUsings"));
        Assert.Equal(";AUDIT", project.Property("DefineConstants"));
        Assert.Equal(
            ["Dapper 2.1.66", "Serilog 3.1.1", "Npgsql 8.0.4"],
            project.Packages.Select(p => $"{p.Id} {p.Version}"));
        Assert.Equal(["src/Shared/Shared.csproj"], project.ProjectReferences);
        Assert.Equal(["System.Text", "System.Math (static)", "Dapper"], project.Usings.Select(u => u.Static ? $"{u.Namespace} (static)" : u.Namespace));
        Assert.Equal(["System.Net.Http"], project.UsingRemovals);
        Assert.Equal(["Directory.Build.props", "Directory.Packages.props", "src/App/App.csproj", "src/Directory.Build.targets"], project.Imported);
    }

    [Fact]
    public void A_nested_directory_build_props_that_imports_the_one_above_sees_both()
    {
        var project = Evaluate(
            "src/Api/Api.csproj",
            ("Directory.Build.props", "<Project><PropertyGroup><TargetFramework>net9.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup></Project>"),
            ("src/Directory.Build.props", """
                <Project>
                  <Import Project="$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))" />
                  <PropertyGroup><RootNamespace>Agency.$(MSBuildProjectName)</RootNamespace></PropertyGroup>
                </Project>
                """),
            ("src/Api/Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>"));

        Assert.Equal("net9.0", project.TargetFramework);
        Assert.Equal("enable", project.Property("Nullable"));
        Assert.Equal("Agency.Api", project.Property("RootNamespace"));
        Assert.Equal(["src/Directory.Build.props", "Directory.Build.props", "src/Api/Api.csproj"], project.Imported);
    }

    [Fact]
    public void A_multi_targeting_project_is_evaluated_for_its_newest_dotnet_framework()
    {
        var project = Evaluate(
            "Lib/Lib.csproj",
            ("Lib/Lib.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFrameworks>netstandard2.0;net8.0;net472;net9.0-windows</TargetFrameworks></PropertyGroup>
                  <ItemGroup Condition="'$([MSBuild]::GetTargetFrameworkIdentifier($(TargetFramework)))' == '.NETCoreApp'">
                    <PackageReference Include="Modern" Version="1.0.0" />
                  </ItemGroup>
                  <ItemGroup Condition="'$(TargetFramework)' == 'netstandard2.0'">
                    <PackageReference Include="Polyfill" Version="1.0.0" />
                  </ItemGroup>
                </Project>
                """));

        Assert.Equal("net8.0", project.TargetFramework);
        Assert.Equal(["Modern"], project.Packages.Select(p => p.Id));
    }

    [Fact]
    public void What_cannot_be_decided_statically_or_lies_outside_the_folder_is_not_read()
    {
        var project = Evaluate(
            "App/App.csproj",
            ("App/App.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="../../outside/Evil.props" />
                  <Import Project="/etc/passwd" />
                  <Import Project="$(MSBuildThisFileDirectory)Local.props" Condition="Exists('$(MSBuildThisFileDirectory)Local.props')" />
                  <Import Project="Missing.props" Condition="Exists('Missing.props')" />
                  <PropertyGroup>
                    <Computed>$([System.IO.File]::ReadAllText('/etc/hostname'))</Computed>
                    <Stamp>$([System.DateTime]::Now.Ticks)</Stamp>
                  </PropertyGroup>
                  <ItemGroup Condition="$([System.OperatingSystem]::IsWindows())">
                    <PackageReference Include="WindowsOnly" Version="1.0.0" />
                  </ItemGroup>
                </Project>
                """),
            ("App/Local.props", "<Project><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>"));

        Assert.Equal(["App/App.csproj", "App/Local.props"], project.Imported);
        Assert.Equal("net10.0", project.TargetFramework);
        Assert.Null(project.Property("Computed"));
        Assert.Null(project.Property("Stamp"));
        Assert.Empty(project.Packages);
    }

    [Fact]
    public void A_project_file_with_a_dtd_is_refused_with_where()
    {
        var project = Evaluate(
            "App.csproj",
            ("App.csproj", "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<Project><PropertyGroup><A>&x;</A></PropertyGroup></Project>"));

        Assert.Null(project.Property("A"));
        var problem = Assert.Single(project.Problems);
        Assert.True(problem.StartsWith("App.csproj:2:", StringComparison.Ordinal), problem);
    }

    [Theory]
    [InlineData("'$(Configuration)' == 'Release'", true)]
    [InlineData("'$(Configuration)' != 'Release' or '$(OS)' == 'Unix'", true)]
    [InlineData("!('$(Configuration)' == 'Release')", false)]
    [InlineData("'$(TargetFramework)' == '' and '$(Missing)' == ''", true)]
    [InlineData("$([MSBuild]::VersionGreaterThanOrEquals('8.0', '6.0'))", true)]
    [InlineData("$([MSBuild]::IsTargetFrameworkCompatible('net8.0', 'netstandard2.0'))", true)]
    [InlineData("$(SomeTask.Invoke())", false)]
    [InlineData("'$(Configuration)' ==", false)]
    public void Conditions(string condition, bool expected)
    {
        var project = Evaluate(
            "A.csproj",
            ("A.csproj", $"<Project><PropertyGroup Condition=\"{System.Security.SecurityElement.Escape(condition)}\"><Hit>yes</Hit></PropertyGroup></Project>"));

        Assert.Equal(expected, project.Property("Hit") == "yes");
    }

    [Fact]
    public void A_project_reference_that_does_not_reference_the_output_assembly_is_no_compile_reference()
    {
        // EBIS: <ProjectReference Include="..\Platform.Generators\Platform.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
        var project = Evaluate(
            "src/App/App.csproj",
            ("src/App/App.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <ItemGroup>
                    <ProjectReference Include="..\Generators\Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                    <ProjectReference Include="..\Domain\Domain.csproj" />
                  </ItemGroup>
                </Project>
                """));

        Assert.Equal(["src/Domain/Domain.csproj"], project.ProjectReferences);
    }
}
