using ServiceStandard.Checks.Code;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Source;

namespace ServiceStandard.Checks.Tests.Code;

public sealed class CodeAssessmentTests
{
    private const string WebProject = """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""";

    private const string Tokens = """
        namespace App;

        public static class Tokens
        {
            public static string CreateResetToken() => System.Random.Shared.Next().ToString();
        }
        """;

    [Fact]
    public async Task Razor_code_blocks_are_analysed_and_findings_point_into_the_razor_file()
    {
        using var tree = new TempSourceTree(
            ("App.csproj", WebProject),
            ("Pages/_ViewImports.cshtml", "@using Microsoft.Extensions.Logging\n@namespace App.Pages\n"),
            ("Pages/Apply.cshtml", """
                @page
                @inject ILogger<object> Logger
                <h1>Apply</h1>
                @{
                    var email = "someone@example.gov";
                    <p>We'll write to you at @email.</p>
                    Logger.LogInformation("Application from {Email}", email);
                }
                <p>Don't forget: "quotes" and {braces} in markup are fine.</p>
                @functions {
                    public string CreateSessionId() => System.Random.Shared.Next().ToString();
                }
                """),
            ("Components/Counter.razor", """
                <button @onclick="Increment">Count</button>
                @code {
                    private void Increment()
                    {
                        var ticketId = System.Random.Shared.Next();
                    }
                }
                """));

        var result = await RunAsync(tree);

        Assert.Empty(result.Errors);
        var found = result.Findings.Where(f => f.CheckId == "code").Select(Where).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            "SS0005 Components/Counter.razor:5:24",
            "SS0005 Pages/Apply.cshtml:11:40",
            "SS0011 Pages/Apply.cshtml:7:27",
        ], found);
    }

    [Fact]
    public async Task Pragma_suppress_message_and_editorconfig_are_honoured_and_listed()
    {
        using var tree = new TempSourceTree(
            ("App.csproj", WebProject),
            (".editorconfig", "root = true\n[Quiet/*.cs]\ndotnet_diagnostic.SS0005.severity = none\n[Mild/*.cs]\ndotnet_diagnostic.SS0005.severity = suggestion\n"),
            ("Pragma.cs", """
                namespace App;

                public static class Pragma
                {
                #pragma warning disable SS0005 // Demo tokens only.
                    public static string CreateToken() => System.Random.Shared.Next().ToString();
                #pragma warning restore SS0005
                }
                """),
            ("Attributed.cs", """
                using System.Diagnostics.CodeAnalysis;

                namespace App;

                public static class Attributed
                {
                    [SuppressMessage("Security", "SS0005", Justification = "Only used in the demo")]
                    public static string CreateToken() => System.Random.Shared.Next().ToString();
                }
                """),
            ("Quiet/Tokens.cs", Tokens),
            ("Mild/Tokens.cs", Tokens),
            ("Loud/Tokens.cs", Tokens));

        var result = await RunAsync(tree);

        var suppressed = result.Suppressed.Select(s => $"{Where(s.Finding)} {s.How} {s.Justification}".TrimEnd()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            "SS0005 Attributed.cs:8:43 [SuppressMessage] Only used in the demo",
            "SS0005 Pragma.cs:6:43 #pragma",
            "SS0005 Quiet/Tokens.cs:5:48 .editorconfig",
        ], suppressed);
        var reported = result.Findings.Where(f => f.CheckId == "code").ToList();
        Assert.Equal(["Loud/Tokens.cs", "Mild/Tokens.cs"], reported.Select(f => ((SourceLocationSpan)f.Location).Path).Order(StringComparer.Ordinal));
        Assert.Equal(Severity.Minor, reported.Single(f => ((SourceLocationSpan)f.Location).Path == "Mild/Tokens.cs").Severity);
        Assert.Equal(Severity.Serious, reported.Single(f => ((SourceLocationSpan)f.Location).Path == "Loud/Tokens.cs").Severity);
    }

    [Fact]
    public async Task Fingerprints_survive_unrelated_line_moves_but_not_a_changed_line()
    {
        using var tree = new TempSourceTree(("App.csproj", WebProject), ("Tokens.cs", Tokens));
        var before = (await RunAsync(tree)).Findings.Single(f => f.CheckId == "code");

        tree.Write("Tokens.cs", "// A comment added above.\n\nusing System.Text;\n" + Tokens + "\n// And one below.\n");
        var moved = (await RunAsync(tree)).Findings.Single(f => f.CheckId == "code");
        Assert.NotEqual(((SourceLocationSpan)before.Location).StartLine, ((SourceLocationSpan)moved.Location).StartLine);
        Assert.Equal(before.Fingerprint, moved.Fingerprint);

        tree.Write("Tokens.cs", Tokens.Replace("Next()", "Next(1000)", StringComparison.Ordinal));
        var changed = (await RunAsync(tree)).Findings.Single(f => f.CheckId == "code");
        Assert.NotEqual(before.Fingerprint, changed.Fingerprint);
    }

    [Fact]
    public async Task Build_output_dependencies_generated_and_test_code_are_left_out_by_default()
    {
        using var tree = new TempSourceTree(
            ("src/App/App.csproj", WebProject),
            ("src/App/Tokens.cs", Tokens),
            ("src/App/obj/Debug/Tokens.cs", Tokens.Replace("class Tokens", "class ObjTokens", StringComparison.Ordinal)),
            ("src/App/bin/Tokens.cs", Tokens.Replace("class Tokens", "class BinTokens", StringComparison.Ordinal)),
            ("src/App/node_modules/x/Tokens.cs", Tokens.Replace("class Tokens", "class NodeTokens", StringComparison.Ordinal)),
            ("src/App/Tokens.g.cs", Tokens.Replace("class Tokens", "class GeneratedTokens", StringComparison.Ordinal)),
            ("tests/App.Tests/App.Tests.csproj", """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" /></ItemGroup></Project>"""),
            ("tests/App.Tests/TokenTests.cs", Tokens.Replace("class Tokens", "class TokenTests", StringComparison.Ordinal)));

        var result = await RunAsync(tree);

        Assert.Equal(["src/App/Tokens.cs"], result.Findings.Where(f => f.CheckId == "code").Select(f => ((SourceLocationSpan)f.Location).Path));
        Assert.Equal(1, result.Statistics.TestFiles);
        Assert.Equal(1, result.Statistics.CSharpFiles);

        var custom = await CodeAssessment.RunAsync(new SourceRequest(tree.Root, Exclude: ["**/src/**"]), CancellationToken.None);
        Assert.DoesNotContain(custom.Findings, f => f.CheckId == "code");
    }

    [Fact]
    public async Task Project_references_let_one_project_see_anothers_types()
    {
        using var tree = new TempSourceTree(
            ("src/Core/Core.csproj", """<Project Sdk="Microsoft.NET.Sdk"></Project>"""),
            ("src/Core/Tokens.cs", "namespace Core;\npublic static class TokenMaker { public static System.Random Source { get; } = new(); }\n"),
            ("src/Web/Web.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><ProjectReference Include="..\Core\Core.csproj" /></ItemGroup></Project>"""),
            ("src/Web/Program.cs", "var token = Core.TokenMaker.Source.Next();\nSystem.Console.WriteLine(token);\n"));

        var result = await RunAsync(tree);

        Assert.Equal(2, result.Statistics.Projects);
        Assert.Equal(["SS0005 src/Web/Program.cs:1:13"], result.Findings.Where(f => f.CheckId == "code").Select(Where));
    }

    [Fact]
    public async Task The_threat_models_reach_the_analyzers_so_local_data_is_a_source_only_when_named()
    {
        using var tree = new TempSourceTree(
            ("App.csproj", WebProject),
            ("Startup.cs", """
                using Microsoft.Extensions.Logging;

                namespace App;

                public sealed class Startup(ILogger<Startup> logger)
                {
                    public void Log() => logger.LogInformation("Region " + System.Environment.GetEnvironmentVariable("REGION"));
                }
                """));

        var remote = await CodeAssessment.RunAsync(new SourceRequest(tree.Root, RunRepositoryChecks: false), CancellationToken.None);
        var local = await CodeAssessment.RunAsync(new SourceRequest(tree.Root, RunRepositoryChecks: false) { ThreatModels = ["remote", "local"] }, CancellationToken.None);

        Assert.DoesNotContain(remote.Findings, f => f.RuleId == "SS0016");
        Assert.Equal(["SS0016 Startup.cs:7:48"], local.Findings.Where(f => f.RuleId == "SS0016").Select(Where));
    }

    private static Task<CodeCheckResult> RunAsync(TempSourceTree tree) =>
        CodeAssessment.RunAsync(new SourceRequest(tree.Root, RunRepositoryChecks: false), CancellationToken.None);

    private static string Where(Finding finding) =>
        finding.Location is SourceLocationSpan span ? $"{finding.RuleId} {span.Path}:{span.StartLine}:{span.StartColumn}" : finding.RuleId;
}
