using ServiceStandard.Checks.Code;
using ServiceStandard.Checks.Code.PublicCode;
using ServiceStandard.Gathering.Source;
using ServiceStandard.Model.Findings;
using ServiceStandard.Testing;

namespace ServiceStandard.Checks.Tests.Code.PublicCode;

/// <summary>
/// code/public-code over repositories written for each test: the findings a user sees (rule, where, kind,
/// message), a well-kept twin that must stay silent, and this repository itself.
/// </summary>
public sealed class PublicCodeChecksTests
{
    internal const string Mit = "MIT License\n\nCopyright (c) 2026 The Town of Example\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software...";

    internal const string Readme = "# Permit applications\n\n[![build](https://ci.example/badge.svg)](https://ci.example)\n\nThis codebase lets a town publish its permit applications online and handle them from one place, so residents apply without queueing.\n";

    internal const string ValidPubliccode = """
        publiccodeYmlVersion: "0.4"
        name: Permit applications
        url: "https://git.example.org/town/permits.git"
        platforms: [web]
        categories: [online-booking]
        developmentStatus: stable
        softwareType: standalone/web
        description:
          en:
            shortDescription: Online permit applications for a town.
            longDescription: >
              Residents apply for permits online and follow their application; staff handle every
              application from one place, ask for missing documents and decide, with a record of each step.
            features:
              - Online applications
        legal:
          license: MIT
        maintenance:
          type: internal
          contacts:
            - name: Ana Example
        localisation:
          localisationReady: true
          availableLanguages: [en]
        """;

    [Fact]
    public async Task A_well_kept_repository_has_no_findings()
    {
        using var tree = WellKept();

        var findings = await RunAsync(tree);

        Assert.Empty(findings);
    }

    [Fact]
    public async Task A_repository_without_licence_or_publiccode_yml_gets_those_findings_with_paths()
    {
        using var tree = new TempSourceTree(
            ("README.md", "# app\n"),
            ("src/App.csproj", """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Serilog" Version="4.2.0" /></ItemGroup></Project>"""),
            ("src/Program.cs", "System.Console.WriteLine(1);\n"));

        var findings = await RunAsync(tree);

        Assert.Equal(
        [
            "changelog . Violation Serious? False",
            "code-of-conduct . NeedsReview Serious? False",
            "contributing . Violation Serious? True",
            "dependency-licences src/App.csproj Violation Serious? False",
            "licence . Violation Serious? True",
            "publiccode-yml . Violation Serious? False",
            "readme-purpose README.md NeedsReview Serious? False",
            "release-tags . NeedsReview Serious? False",
        ], findings.Select(f => $"{f.RuleId} {PathOf(f)} {f.Kind} Serious? {f.Severity >= Severity.Serious}").Order(StringComparer.Ordinal));
        Assert.Equal("The repository has no licence file (LICENSE, LICENCE, COPYING or LICENSES/) at its root.", findings.Single(f => f.RuleId == "licence").Message);
        Assert.Equal("The repository has no publiccode.yml at its root.", findings.Single(f => f.RuleId == "publiccode-yml").Message);
        Assert.All(findings, f => Assert.Equal(PublicCodeChecks.CheckId, f.CheckId));
        Assert.Contains("open-license", findings.Single(f => f.RuleId == "licence").Tags);
    }

    [Fact]
    public async Task A_readme_section_on_contributing_counts_as_the_guidelines()
    {
        using var tree = WellKept();
        File.Delete(Path.Combine(tree.Root, "CONTRIBUTING.md"));
        Assert.Equal(["contributing"], (await RunAsync(tree)).Select(f => f.RuleId));

        tree.Write("README.md", Readme + "\n## Come contribuire\n\nApri una issue o una pull request.\n");
        Assert.Empty(await RunAsync(tree));
    }

    [Fact]
    public async Task Findings_are_in_spanish_when_the_run_is()
    {
        using var tree = new TempSourceTree(("README.md", Readme));

        var findings = await RunAsync(tree, "es");

        Assert.Equal("El repositorio no tiene publiccode.yml en su raíz.", findings.Single(f => f.RuleId == "publiccode-yml").Message);
        Assert.StartsWith("La base de código DEBE incluir pautas de contribución", findings.Single(f => f.RuleId == "contributing").Help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_publiccode_yml_is_reported_at_each_problem_s_line_and_column()
    {
        using var tree = WellKept();
        tree.Write("publiccode.yml", """
            publiccodeYmlVersion: "0.4"
            name: Permit applications
            url: not a url
            platforms: [web]
            categories: [permits]
            developmentStatus: finished
            softwareType: standalone/web
            description:
              en:
                shortDescription: Online permit applications for a town.
                features: [Online applications]
            legal:
              license: MIT OR Proprietary
            maintenance:
              type: community
            localisation:
              localisationReady: yes
              availableLanguages: [en]
            """);

        var findings = await RunAsync(tree);

        Assert.Equal(
        [
            "publiccode.yml:3:6: url must be an absolute URL.",
            "publiccode.yml:5:14: categories is 'permits'; allowed: the publiccode.yml categories list.",
            "publiccode.yml:6:20: developmentStatus is 'finished'; allowed: concept, development, beta, stable, obsolete.",
            "publiccode.yml:9:3: description/[lang]/longDescription must be present for at least one language.",
            "publiccode.yml:13:12: legal/license 'MIT OR Proprietary' is not a valid SPDX expression ('Proprietary' is not on the SPDX License List).",
            "publiccode.yml:15:3: maintenance/contacts is mandatory when maintenance/type is community.",
            "publiccode.yml:17:22: localisation/localisationReady must be true or false.",
        ], findings.Select(f => f.Message));
        var url = Assert.IsType<SourceLocationSpan>(findings[0].Location);
        Assert.Equal(("publiccode.yml", 3, 6), (url.Path, url.StartLine, url.StartColumn));
        Assert.All(findings, f => Assert.Equal(("publiccode-yml", FindingKind.Violation), (f.RuleId, f.Kind)));
    }

    [Fact]
    public async Task A_publiccode_yml_that_is_not_yaml_is_one_located_finding()
    {
        using var tree = WellKept();
        tree.Write("publiccode.yml", "name: [unclosed\n");

        var finding = Assert.Single(await RunAsync(tree));

        Assert.StartsWith("publiccode.yml:", finding.Message, StringComparison.Ordinal);
        Assert.Contains("not valid YAML", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SPDX-License-Identifier: EUPL-1.2\n", null)]
    [InlineData("SPDX-License-Identifier: GPL-3.0-or-later OR LicenseRef-Town\n", null)]
    [InlineData("SPDX-License-Identifier: CC-BY-4.0\n", "not-osi")]
    [InlineData("SPDX-License-Identifier: Town-Licence\n", "unknown-id")]
    [InlineData("All rights reserved. Do not copy.\n", "unrecognised")]
    [InlineData("                    GNU AFFERO GENERAL PUBLIC LICENSE\n                       Version 3, 19 November 2007\n", null)]
    [InlineData("Open Government Licence\nversion 3.0\n", "not-osi")]
    public async Task The_licence_is_read_from_its_identifier_or_text_and_must_be_osi_approved(string licence, string? expected)
    {
        using var tree = WellKept();
        tree.Write("LICENSE", licence);

        var findings = (await RunAsync(tree)).Where(f => f.RuleId == OpenLicenceRule.RuleId).ToList();

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => MessageKeyOf(f)));
    }

    [Fact]
    public async Task A_reuse_licenses_folder_counts_as_the_licence_file()
    {
        using var tree = WellKept();
        File.Delete(Path.Combine(tree.Root, "LICENSE"));
        tree.Write("LICENSES/EUPL-1.2.txt", "EUROPEAN UNION PUBLIC LICENCE v. 1.2\n");

        Assert.DoesNotContain(await RunAsync(tree), f => f.RuleId == OpenLicenceRule.RuleId);
    }

    [Fact]
    public async Task Secrets_in_the_working_tree_are_violations_at_their_line_and_in_tests_for_review()
    {
        const string Key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx4Ug5vJ3Zc0ExampleKeyMaterialAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n-----END RSA PRIVATE KEY-----\n";
        using var tree = WellKept();
        tree.Write("deploy/id_rsa", Key);
        tree.Write("scripts/release.sh", "#!/bin/sh\n\nexport GITHUB_TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ0123456789\n");
        tree.Write("tests/fixtures/key.pem", Key);
        tree.Write("docs/keys.md", "A key file starts with `-----BEGIN RSA PRIVATE KEY-----` and is never committed.\nAWS's example key AKIAIOSFODNN7EXAMPLE is not a secret.\n");

        var findings = (await RunAsync(tree)).Where(f => f.RuleId == WorkingTreeSecretsRule.RuleId).OrderBy(PathOf, StringComparer.Ordinal).ToList();

        Assert.Equal(
        [
            "deploy/id_rsa 1 Violation deploy/id_rsa line 1: a private key is committed to the repository (value not shown).",
            "scripts/release.sh 3 Violation scripts/release.sh line 3: a GitHub token is committed to the repository (value not shown).",
            "tests/fixtures/key.pem 1 NeedsReview tests/fixtures/key.pem line 1: a private key in test code; an assessor should check it is a throw-away fixture (value not shown).",
        ], findings.Select(f => $"{PathOf(f)} {((SourceLocationSpan)f.Location).StartLine} {f.Kind} {f.Message}"));
        Assert.All(findings, f => Assert.DoesNotContain("ghp_0123", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tags_are_read_from_the_git_directory_without_git()
    {
        using var untagged = WellKept(tags: false);
        Assert.Equal("none", MessageKeyOf(Assert.Single(await RunAsync(untagged))));

        using var packed = WellKept(tags: false);
        packed.Write(".git/packed-refs", "# pack-refs with: peeled fully-peeled sorted\n0123456789abcdef0123456789abcdef01234567 refs/heads/main\n89abcdef0123456789abcdef0123456789abcdef refs/tags/v1.0.0\n^0123456789abcdef0123456789abcdef01234567\n");
        Assert.Empty(await RunAsync(packed));

        using var worktree = WellKept(tags: false);
        Directory.Delete(Path.Combine(worktree.Root, ".git"), recursive: true);
        worktree.Write("../" + Path.GetFileName(worktree.Root) + "-git/worktrees/wt/commondir", "../..\n");
        worktree.Write("../" + Path.GetFileName(worktree.Root) + "-git/refs/tags/release-2026-01", "0123456789abcdef0123456789abcdef01234567\n");
        worktree.Write(".git", $"gitdir: ../{Path.GetFileName(worktree.Root)}-git/worktrees/wt\n");
        try
        {
            Assert.Equal(["release-2026-01"], GitTagReader.Read(worktree.Root));
        }
        finally
        {
            Directory.Delete(worktree.Root + "-git", recursive: true);
        }
    }

    [Fact]
    public async Task Dependencies_must_be_locked_and_npm_licences_open()
    {
        using var tree = WellKept();
        tree.Write("web/package.json", """{ "dependencies": { "left-pad": "1.3.0" } }""");
        tree.Write("tools/package.json", """{ "devDependencies": { "a": "1.0.0" } }""");
        tree.Write("tools/workspace/package.json", """{ "dependencies": { "b": "2.0.0" } }""");
        tree.Write("tools/package-lock.json", """
            { "lockfileVersion": 3, "packages": {
              "": { "name": "tools" },
              "workspace": { "name": "workspace" },
              "node_modules/a": { "version": "1.0.0", "license": "MIT" },
              "node_modules/b": { "version": "2.0.0", "license": "(MIT OR CC0-1.0)" },
              "node_modules/caniuse-lite": { "version": "1.0.1", "license": "CC-BY-4.0" },
              "node_modules/a/node_modules/secret-sdk": { "version": "0.1.0" } } }
            """);

        var findings = (await RunAsync(tree)).Where(f => f.RuleId == DependencyLicencesRule.RuleId).OrderBy(PathOf, StringComparer.Ordinal).ToList();

        Assert.Equal(
        [
            "tools/package-lock.json NeedsReview tools/package-lock.json locks 1 packages whose licence is not OSI-approved: caniuse-lite (CC-BY-4.0); an assessor should check them.",
            "tools/package-lock.json NeedsReview tools/package-lock.json locks 1 packages whose licence it does not record (older npm versions record none); an assessor should check them.",
            "web/package.json Violation web/package.json declares dependencies but no package-lock.json or npm-shrinkwrap.json beside it fixes them.",
        ], findings.Select(f => $"{PathOf(f)} {f.Kind} {f.Message}"));
    }

    [Fact]
    public async Task An_http_api_without_an_openapi_description_is_for_review_at_its_first_endpoint()
    {
        using var tree = WellKept();
        tree.Write("src/Api/Program.cs", "var app = WebApplication.Create();\n// app.MapGet(\"/old\", () => 1);\napp.MapGet(\"/permits\", () => Results.Ok());\napp.Run();\n");

        var finding = Assert.Single(await RunAsync(tree));

        Assert.Equal(("api-documentation", FindingKind.NeedsReview), (finding.RuleId, finding.Kind));
        Assert.Equal("src/Api/Program.cs line 3 serves an HTTP API (MapGet), and the repository has no OpenAPI description or generator; an assessor should check the API is documented.", finding.Message);

        tree.Write("src/Api/Api.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="Microsoft.AspNetCore.OpenApi" /></ItemGroup></Project>""");
        tree.Write("Directory.Packages.props", """<Project><ItemGroup><PackageVersion Include="Microsoft.AspNetCore.OpenApi" Version="10.0.0" /></ItemGroup></Project>""");
        Assert.Empty(await RunAsync(tree));
    }

    [Fact]
    public async Task This_repository_passes_every_automated_check_of_the_standard()
    {
        var findings = await RunAsync(RepositoryPaths.Root);
        var tags = GitTagReader.Read(RepositoryPaths.Root);

        // The one thing the repository cannot show by its files: a release tag, until the first release is tagged.
        var violations = findings.Where(f => f.Kind == FindingKind.Violation).Select(f => $"{f.RuleId}: {f.Message}").ToList();
        Assert.Equal(tags is { Count: 0 } ? ["release-tags: " + findings.Single(f => f.RuleId == "release-tags").Message] : [], violations);
        Assert.DoesNotContain(findings, f => f.RuleId is "licence" or "readme-purpose" or "publiccode-yml" or "contributing" or "code-of-conduct" or "changelog");
    }

    internal static TempSourceTree WellKept(bool tags = true)
    {
        var tree = new TempSourceTree(
            ("LICENSE", Mit),
            ("README.md", Readme),
            ("publiccode.yml", ValidPubliccode),
            ("CONTRIBUTING.md", "# Contributing\n\nOpen an issue or a pull request.\n"),
            (".github/CODE_OF_CONDUCT.md", "# Code of conduct\n\nBe kind.\n"),
            ("CHANGELOG.md", "# Changelog\n\n## 1.0.0\n\nFirst release.\n"),
            (".git/HEAD", "ref: refs/heads/main\n"));
        if (tags)
        {
            tree.Write(".git/refs/tags/v1.0.0", "0123456789abcdef0123456789abcdef01234567\n");
        }

        return tree;
    }

    internal static async Task<List<Finding>> RunAsync(TempSourceTree tree, string language = "en") => await RunAsync(tree.Root, language);

    private static async Task<List<Finding>> RunAsync(string root, string language = "en")
    {
        var request = new SourceRequest(root, RunRepositoryChecks: false, Language: language) { RunAnalyzers = false, RunPublicCodeChecks = true };
        var result = await CodeAssessment.RunAsync(request, CancellationToken.None);
        return [.. result.Findings];
    }

    private static string PathOf(Finding finding) => finding.Location switch
    {
        RepositoryLocation repository => repository.Path,
        SourceLocationSpan source => source.Path,
        _ => "?",
    };

    /// <summary>The message key a finding was built from, found by its text in the rule's messages.</summary>
    private static string MessageKeyOf(Finding finding)
    {
        var rule = PublicCodeChecks.Descriptor.FindRule(finding.RuleId)!;
        return rule.Messages.Single(m => Prefix(m.Value.Get("en")) is var prefix && finding.Message.Contains(prefix, StringComparison.Ordinal)).Key;

        static string Prefix(string template)
        {
            var parts = template.Split('{', '}');
            return parts.Where((_, i) => i % 2 == 0).OrderByDescending(p => p.Length).First();
        }
    }
}
