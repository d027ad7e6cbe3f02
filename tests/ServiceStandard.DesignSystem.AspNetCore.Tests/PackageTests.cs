using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using ServiceStandard.Testing;

namespace ServiceStandard.DesignSystem.AspNetCore.Tests;

/// <summary>
/// The tag helpers' NuGet package as a team gets it: the design system's one version (package.json)
/// and the README, LICENSE and changelogs the other two packages carry.
/// </summary>
public sealed class PackageTests
{
    [Fact]
    public async Task The_package_has_the_design_system_version_readme_licence_and_changelogs()
    {
        var root = RepositoryPaths.Combine("designsystem");
        var project = Path.Combine(root, "ServiceStandard.DesignSystem.AspNetCore", "ServiceStandard.DesignSystem.AspNetCore.csproj");
        var output = Directory.CreateTempSubdirectory("ds-aspnetcore-nupkg-").FullName;
        try
        {
            // Packs what the test run already built (this test project references the library).
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
            var start = new ProcessStartInfo(dotnet) { WorkingDirectory = root };
            foreach (var argument in new[] { "pack", project, "--no-build", "-c", configuration, "-o", output, "-v", "quiet", "-nologo" })
            {
                start.ArgumentList.Add(argument);
            }

            var pack = await ChildProcess.RunAsync(start);
            Assert.True(pack.ExitCode == 0, pack.Stdout + pack.Stderr);

            using var packageJson = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(root, "package.json")));
            var version = packageJson.RootElement.GetProperty("version").GetString();
            var package = Path.Combine(output, $"ServiceStandard.DesignSystem.AspNetCore.{version}.nupkg");
            Assert.True(File.Exists(package), $"expected {package}; found {string.Join(", ", Directory.GetFiles(output))}");

            using var zip = ZipFile.OpenRead(package);
            foreach (var document in new[] { "README.md", "README.es.md", "LICENSE", "CHANGELOG.md", "CHANGELOG.es.md" })
            {
                var entry = zip.GetEntry(document);
                Assert.True(entry is not null, $"the package has no {document}");
                using var reader = new StreamReader(entry.Open());
                Assert.Equal(await File.ReadAllTextAsync(Path.Combine(root, document)), await reader.ReadToEndAsync());
            }

            using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            Assert.Contains("<readme>README.md</readme>", await nuspec.ReadToEndAsync(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
