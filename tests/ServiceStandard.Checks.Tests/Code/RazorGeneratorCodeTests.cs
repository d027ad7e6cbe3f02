using ServiceStandard.Checks.Code;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Source;

namespace ServiceStandard.Checks.Tests.Code;

/// <summary>
/// Razor files through the .NET SDK's Razor source generator: C# in markup (inline expressions,
/// outside any code block) is analysed and reported at the Razor file's line; without the generator
/// the code-block extraction is the fallback, which does not see markup expressions.
/// </summary>
public sealed class RazorGeneratorCodeTests
{
    private const string WebProject = """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""";

    private static TempSourceTree PlantedTree() => new(
        ("App.csproj", WebProject),
        ("Pages/_ViewImports.cshtml", "@namespace App.Pages\n@addTagHelper *, Microsoft.AspNetCore.Mvc.TagHelpers\n"),
        ("Pages/Digest.cshtml", """
            @page
            @{
                var password = new byte[] { 1, 2, 3 };
            }
            <h1>Digest</h1>
            <p>@(System.Security.Cryptography.MD5.HashData(password).Length)</p>
            <a asp-page="/Index">Back</a>
            """),
        ("Components/Checksum.razor", """
            <p>@System.Security.Cryptography.SHA1.HashData(signingKey).Length</p>
            @code {
                private byte[] signingKey = [1, 2, 3];
            }
            """));

    private static bool GeneratorPresent => SdkRazorGenerator.For(null).IsAvailable;

    [Fact]
    public void The_sdk_generator_loads_against_the_running_roslyn()
    {
        var generator = SdkRazorGenerator.For(null);
        if (SdkRazorGenerator.FindFolder(FrameworkReferences.FindDotnetRoot()) is null)
        {
            Assert.False(generator.IsAvailable);
            return;
        }

        Assert.True(generator.IsAvailable, generator.Unavailable);
    }

    [Fact]
    public async Task A_defect_in_a_markup_expression_is_found_at_its_razor_line_with_the_generator()
    {
        if (!GeneratorPresent)
        {
            return; // No SDK Razor generator on this machine: the fallback tests below cover it.
        }

        using var tree = PlantedTree();

        var result = await CodeAssessment.RunAsync(new SourceRequest(tree.Root, RunRepositoryChecks: false), CancellationToken.None);

        Assert.Empty(result.Errors);
        Assert.StartsWith("generator: ", result.Statistics.RazorFrom, StringComparison.Ordinal);
        var found = result.Findings.Where(f => f.CheckId == "code").Select(Where).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["SS0004 Components/Checksum.razor:1", "SS0004 Pages/Digest.cshtml:6"], found);
        Assert.All(result.Findings.Where(f => f.CheckId == "code"), f => Assert.DoesNotContain("razor-generated", ((SourceLocationSpan)f.Location).Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_code_block_fallback_does_not_see_markup_expressions()
    {
        using var tree = PlantedTree();

        var result = await CodeAssessment.RunAsync(new SourceRequest(tree.Root, RunRepositoryChecks: false, UseRazorGenerator: false), CancellationToken.None);

        Assert.Empty(result.Errors);
        Assert.StartsWith("code-blocks", result.Statistics.RazorFrom, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.CheckId == "code");
    }

    [Fact]
    public async Task Without_an_sdk_the_code_blocks_are_used_and_the_reason_recorded()
    {
        using var tree = PlantedTree();
        var emptyRoot = Path.Combine(tree.Root, "no-dotnet");
        Directory.CreateDirectory(emptyRoot);

        var result = await CodeAssessment.RunAsync(new SourceRequest(tree.Root, RunRepositoryChecks: false, DotnetRoot: emptyRoot), CancellationToken.None);

        Assert.Contains("code-blocks (no .NET SDK with a Razor source generator", result.Statistics.RazorFrom, StringComparison.Ordinal);
    }

    private static string Where(Finding finding) =>
        finding.Location is SourceLocationSpan span ? $"{finding.RuleId} {span.Path}:{span.StartLine}" : finding.RuleId;
}
