using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using ServiceStandard.DesignSystem.Assets;
using ServiceStandard.Testing;

namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>
/// The two ways the design system is distributed: the Razor Class Library (NuGet, static web
/// assets under _content/ServiceStandard.DesignSystem.Assets/) and the npm tarball. Both ship the
/// checked-in dist/ files and the JavaScript, and carry the version of designsystem/package.json.
/// Both keep the layout of the sources (js/, components/&lt;id&gt;/&lt;id&gt;.js), so the modules'
/// relative imports resolve in either.
/// </summary>
public sealed class DistributionTests
{
    private static JsonElement PackageJson()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(DesignSystemPaths.Root, "package.json")));
        return document.RootElement.Clone();
    }

    /// <summary>The components' own files, relative to designsystem/ with '/': components/&lt;id&gt;/&lt;id&gt;.css or .js.</summary>
    private static List<string> ComponentFiles(string extension) =>
        Directory.GetDirectories(DesignSystemPaths.Components)
            .Select(Path.GetFileName)
            .Select(id => $"components/{id}/{id}{extension}")
            .Where(f => File.Exists(Path.Combine(DesignSystemPaths.Root, f)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The documents both packages carry at their root, as they are in designsystem/.</summary>
    private static readonly string[] PackageDocuments = ["README.md", "README.es.md", "LICENSE", "CHANGELOG.md", "CHANGELOG.es.md"];

    [Fact]
    public void The_design_system_is_under_the_repository_licence_and_its_readmes_use_the_package_paths()
    {
        Assert.Equal(File.ReadAllText(RepositoryPaths.Combine("LICENSE")), File.ReadAllText(Path.Combine(DesignSystemPaths.Root, "LICENSE")));
        Assert.Equal("MIT", PackageJson().GetProperty("license").GetString());
        var exports = PackageJson().GetProperty("exports").EnumerateObject().Select(e => e.Name).ToList();
        foreach (var readme in new[] { "README.md", "README.es.md" })
        {
            var text = File.ReadAllText(Path.Combine(DesignSystemPaths.Root, readme));
            // Every file a README tells a team to link is one the package has.
            foreach (Match link in Regex.Matches(text, @"@servicestandard/design-system/(?<path>[A-Za-z0-9_./-]+\.(?:css|js))"))
            {
                var path = link.Groups["path"].Value;
                Assert.True(File.Exists(Path.Combine(DesignSystemPaths.Root, path)) || exports.Contains("./" + path), $"{readme} names @servicestandard/design-system/{path}, which the package does not have");
            }

            Assert.Contains("_content/ServiceStandard.DesignSystem.Assets/", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_razor_class_library_has_the_package_json_version()
    {
        var version = PackageJson().GetProperty("version").GetString();

        Assert.Equal(version, DesignSystemAssets.Version);
        Assert.Equal($"<meta name=\"ds-version\" content=\"{version}\">", DesignSystemAssets.VersionMetaElement);
        Assert.Equal("_content/ServiceStandard.DesignSystem.Assets/ds.min.css", DesignSystemAssets.Stylesheet);
        Assert.StartsWith(version + "+", typeof(DesignSystemAssets).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion + "+", StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_nuget_package_serves_the_built_css_and_javascript_as_static_web_assets()
    {
        var project = Path.Combine(DesignSystemPaths.Root, "ServiceStandard.DesignSystem.Assets", "ServiceStandard.DesignSystem.Assets.csproj");
        var output = Directory.CreateTempSubdirectory("ds-nupkg-").FullName;
        try
        {
            // Packs what the test run already built (this test project references the library).
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
            var pack = await ProcessRunner.RunAsync(dotnet, ["pack", project, "--no-build", "-c", configuration, "-o", output, "-v", "quiet", "-nologo"], DesignSystemPaths.Root, TimeSpan.FromMinutes(3));
            Assert.True(pack.ExitCode == 0, pack.Output + pack.Error);

            var version = PackageJson().GetProperty("version").GetString();
            var package = Path.Combine(output, $"ServiceStandard.DesignSystem.Assets.{version}.nupkg");
            Assert.True(File.Exists(package), $"expected {package}; found {string.Join(", ", Directory.GetFiles(output))}");

            using var zip = ZipFile.OpenRead(package);
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
            var scripts = ComponentFiles(".js");
            Assert.Contains("components/error-summary/error-summary.js", scripts);
            foreach (var asset in new[] { "ds.css", "ds.min.css", "tokens.css", "tokens.json", "js/all.js", "js/init.js", "js/init-modules.js", "js/breakpoints.js", "js/conditional-reveal.js" }.Concat(scripts))
            {
                Assert.Contains("staticwebassets/" + asset, entries);
            }

            // Every module the browser is given imports only modules the package serves beside it.
            var modules = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("staticwebassets/", StringComparison.Ordinal) && e.FullName.EndsWith(".js", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                modules[entry.FullName["staticwebassets/".Length..]] = await reader.ReadToEndAsync();
            }

            Assert.True(ModuleImports.Count(modules) > scripts.Count, "expected all.js to import every component's script");
            Assert.Empty(ModuleImports.Unresolved(modules));

            using var css = new StreamReader(zip.GetEntry("staticwebassets/ds.css")!.Open());
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(DesignSystemPaths.Dist, "ds.css")), await css.ReadToEndAsync());

            // What a team reads before it adopts the package: the README nuget.org shows, the licence, the changelogs.
            foreach (var document in PackageDocuments)
            {
                using var reader = new StreamReader(zip.GetEntry(document)!.Open());
                Assert.Equal(await File.ReadAllTextAsync(Path.Combine(DesignSystemPaths.Root, document)), await reader.ReadToEndAsync());
            }

            using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            Assert.Contains("<readme>README.md</readme>", await nuspec.ReadToEndAsync(), StringComparison.Ordinal);
            Assert.Contains(entries, e => e.StartsWith("build/", StringComparison.Ordinal) && e.EndsWith("StaticWebAssets.props", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task Npm_pack_makes_a_tarball_with_the_css_javascript_and_tokens()
    {
        var npm = ProcessRunner.Find("npm") ?? throw new InvalidOperationException("npm is needed to check the npm package: install Node.js (apt-get install -y nodejs npm).");
        var output = Directory.CreateTempSubdirectory("ds-npm-").FullName;
        try
        {
            var pack = await ProcessRunner.RunAsync(npm, ["pack", "--pack-destination", output, "--ignore-scripts", "--json", "--silent"], DesignSystemPaths.Root, TimeSpan.FromMinutes(2));
            Assert.True(pack.ExitCode == 0, pack.Output + pack.Error);

            var tarball = Assert.Single(Directory.GetFiles(output, "*.tgz"));
            Assert.Equal($"servicestandard-design-system-{PackageJson().GetProperty("version").GetString()}.tgz", Path.GetFileName(tarball));
            var files = await ReadTarballAsync(tarball);

            var stylesheets = ComponentFiles(".css");
            Assert.Contains("components/button/button.css", stylesheets);
            foreach (var file in new[] { "package.json", "dist/ds.css", "dist/ds.min.css", "dist/tokens.css", "dist/tokens.json", "js/all.js", "js/init.js", "js/init-modules.js", "tokens/color.tokens.json", "css/index.css", "css/core/template.css" }.Concat(stylesheets).Concat(ComponentFiles(".js")))
            {
                Assert.Contains("package/" + file, files.Keys);
            }

            // A component folder ships its stylesheet and script, not its contract, examples or fixtures.
            Assert.DoesNotContain(files.Keys, f => f.Contains("ServiceStandard.DesignSystem", StringComparison.Ordinal) || f.EndsWith("component.yml", StringComparison.Ordinal) || f.Contains("/examples/", StringComparison.Ordinal) || f.Contains("/fixtures/", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal));
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(DesignSystemPaths.Dist, "ds.min.css")), files["package/dist/ds.min.css"]);
            foreach (var document in PackageDocuments)
            {
                Assert.Equal(await File.ReadAllTextAsync(Path.Combine(DesignSystemPaths.Root, document)), files["package/" + document]);
            }

            // css/index.css and js/all.js reach every file they name inside the package.
            var inPackage = files.ToDictionary(f => f.Key["package/".Length..], f => f.Value, StringComparer.Ordinal);
            Assert.Empty(ModuleImports.Unresolved(inPackage));
            var imported = Regex.Matches(inPackage["css/index.css"], @"@import url\(""(?<path>[^""]+)""\);").Select(m => Path.GetFullPath(Path.Combine("/package/css", m.Groups["path"].Value))["/package/".Length..]).ToList();
            Assert.Equal(File.ReadAllLines(DesignSystemPaths.StylesheetList).Count(l => l.StartsWith("  - ", StringComparison.Ordinal)), imported.Count);
            Assert.All(imported, f => Assert.True(inPackage.ContainsKey(f), $"css/index.css imports {f}, which the tarball does not have"));

            // Nothing was written into the repository.
            Assert.Empty(Directory.GetFiles(DesignSystemPaths.Root, "*.tgz"));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Package_json_lists_its_files_and_points_at_existing_entry_points()
    {
        var package = PackageJson();

        var files = package.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Contains("dist/ds.css", files);
        Assert.Contains("js/", files);
        Assert.Contains("components/*/*.js", files);
        Assert.Contains("components/*/*.css", files);
        Assert.Contains("tokens/", files);
        foreach (var entry in new[] { package.GetProperty("main").GetString()!, package.GetProperty("style").GetString()! }
            .Concat(package.GetProperty("exports").EnumerateObject().Select(e => e.Value.GetString()!).Where(e => !e.Contains('*', StringComparison.Ordinal))))
        {
            Assert.True(File.Exists(Path.Combine(DesignSystemPaths.Root, entry)), $"package.json points at {entry}, which does not exist");
        }
    }

    private static async Task<Dictionary<string, string>> ReadTarballAsync(string path)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var file = File.OpenRead(path);
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        await using var tar = new TarReader(gzip);
        while (await tar.GetNextEntryAsync() is { } entry)
        {
            if (entry.DataStream is null)
            {
                continue;
            }

            using var reader = new StreamReader(entry.DataStream);
            files[entry.Name] = await reader.ReadToEndAsync();
        }

        return files;
    }
}
