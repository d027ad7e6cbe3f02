using ServiceStandard.Checks.Code;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Source;

namespace ServiceStandard.Checks.Tests.Code;

public sealed class RepositoryChecksTests
{
    private const string Mit = "MIT License\n\nCopyright (c) 2025\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software...";

    private static readonly string LongReadme = "# Apply for a fishing permit\n\n" + string.Concat(Enumerable.Repeat("This service lets people apply for a permit to fish in public rivers and lakes. ", 6)) +
        "\n\n## Reporting a vulnerability\n\nEmail security@example.gov.\n";

    [Fact]
    public async Task A_well_kept_repository_has_no_findings()
    {
        using var tree = new TempSourceTree(
            ("LICENSE", Mit),
            ("README.md", LongReadme),
            ("src/App/App.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="Serilog" Version="4.2.0" /></ItemGroup></Project>"""),
            ("src/App/Program.cs", "System.Console.WriteLine(1);\n"),
            ("tests/App.Tests/App.Tests.csproj", """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" /></ItemGroup></Project>"""),
            ("tests/App.Tests/ProgramTests.cs", "public class ProgramTests\n{\n    public void Runs()\n    {\n    }\n}\n"));

        var result = await RunAsync(tree);

        Assert.DoesNotContain(result.Findings, f => f.CheckId == RepositoryChecks.CheckId);
    }

    [Fact]
    public async Task Missing_and_weak_repository_evidence_is_reported_with_repository_locations()
    {
        using var tree = new TempSourceTree(
            ("LICENSE.txt", "All rights reserved. Do not copy."),
            ("README.md", "# App\n\nTODO\n"),
            ("App.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="Serilog" Version="4.*" /><PackageReference Include="Dapper" Version="[2.0,3.0)" /></ItemGroup></Project>"""),
            ("package.json", """{ "dependencies": { "govuk-frontend": "^5.7.0", "htmx.org": "2.0.4" } }"""),
            ("Program.cs", "System.Console.WriteLine(1);\n"));

        var result = await RunAsync(tree);

        var findings = result.Findings.Where(f => f.CheckId == RepositoryChecks.CheckId).ToList();
        Assert.Equal(
        [
            "licence LICENSE.txt NeedsReview",
            "pinned-dependencies App.csproj Violation",
            "pinned-dependencies package.json Violation",
            "readme README.md Violation",
            "security-policy . Violation",
            "tests . Violation",
        ], findings.Select(f => $"{f.RuleId} {((RepositoryLocation)f.Location).Path} {f.Kind}").Order(StringComparer.Ordinal));
        Assert.Contains("Serilog 4.*", findings.Single(f => ((RepositoryLocation)f.Location).Path == "App.csproj").Message, StringComparison.Ordinal);
        Assert.Contains("open-source", findings.Single(f => f.RuleId == "licence").Tags);
        Assert.Contains("testing", findings.Single(f => f.RuleId == "tests").Tags);
        Assert.Contains("security", findings.Single(f => f.RuleId == "security-policy").Tags);
    }

    [Fact]
    public async Task A_low_test_ratio_is_for_an_assessor_to_review()
    {
        var production = string.Concat(Enumerable.Range(0, 200).Select(i => $"public static class C{i} {{ public static int V => {i}; }}\n"));
        using var tree = new TempSourceTree(
            ("LICENSE", Mit),
            ("README.md", LongReadme),
            ("src/Big.cs", production),
            ("src/BigTests.cs", "public class BigTests\n{\n}\n"));

        var result = await RunAsync(tree);

        var ratio = Assert.Single(result.Findings, f => f.RuleId == "test-ratio");
        Assert.Equal(FindingKind.NeedsReview, ratio.Kind);
        Assert.Contains("1%", ratio.Message, StringComparison.Ordinal);
    }

    private static Task<CodeCheckResult> RunAsync(TempSourceTree tree) =>
        CodeAssessment.RunAsync(new SourceRequest(tree.Root), CancellationToken.None);
}
