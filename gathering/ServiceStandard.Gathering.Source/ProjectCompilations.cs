using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using NuGet.Frameworks;
using ServiceStandard.Gathering.Source.Packages;
using ServiceStandard.Gathering.Source.Projects;

namespace ServiceStandard.Gathering.Source;

/// <summary>One compilation the analyzers run over: a project (or the files under no project).</summary>
/// <param name="Name">The project file's repository-relative path, or <c>(no project)</c>.</param>
/// <param name="Razor">How the project's Razor files became C# (<see cref="RazorCode.None"/> when it has none).</param>
/// <param name="Skipped">The project's files left out of the compilation, and why (<see cref="GuardedParser"/>).</param>
/// <param name="TargetFramework">The framework the project was evaluated for (for multi-targeting, the one chosen), or null.</param>
/// <param name="Packages">The project's NuGet packages: resolved, and not (null for the files under no project).</param>
/// <param name="EvaluationProblems">Project files that could not be read (not well-formed XML), with where.</param>
public sealed record CodeProject(
    string Name,
    CSharpCompilation Compilation,
    RazorCode? Razor = null,
    IReadOnlyList<SkippedSource>? Skipped = null,
    string? TargetFramework = null,
    PackageResolution? Packages = null,
    IReadOnlyList<string>? EvaluationProblems = null);

/// <summary>How a project's Razor files were turned into C# for the analyzers.</summary>
/// <param name="Path"><c>generator</c>, <c>code-blocks</c> or <c>none</c>.</param>
/// <param name="Detail">The generator's folder, or why the code blocks were used instead.</param>
/// <param name="GeneratorErrors">Razor errors the generator reported (the markup it could not parse).</param>
public sealed record RazorCode(string Path, string? Detail, int GeneratorErrors = 0)
{
    /// <summary>The generator's errors, with where (in the Razor files).</summary>
    public IReadOnlyList<Diagnostic> Errors { get; init; } = [];

    public const string GeneratorPath = "generator";
    public const string BlocksPath = "code-blocks";

    public static RazorCode None { get; } = new("none", null);

    public static RazorCode Generator(string folder, IReadOnlyList<Diagnostic> errors) => new(GeneratorPath, folder, errors.Count) { Errors = errors };

    public static RazorCode Blocks(string? reason) => new(BlocksPath, reason);
}

/// <summary>
/// Builds one <see cref="CSharpCompilation"/> per project from the files on disk, the way the SDK
/// would see them but without MSBuild: each source file belongs to the nearest folder above it
/// with a .csproj; the project is evaluated statically (<see cref="ProjectEvaluator"/>: its
/// Directory.Build.props/.targets and Directory.Packages.props included) for its SDK, target
/// framework, output type, usings, packages (<see cref="PackageResolver"/>) and project references
/// (which become compilation references, so a referenced project's source is seen with the code
/// that calls it). The SDK's implicit global usings are added unless the project turns them off.
/// Code is parsed as a Release build (<c>RELEASE</c>, <c>TRACE</c>, the project's
/// <c>DefineConstants</c> and its target framework's <c>NET…</c> symbols; no <c>DEBUG</c>).
/// </summary>
public static class ProjectCompilations
{
    private const string NoProject = "(no project)";

    private static readonly string[] ImplicitUsings =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    ];

    /// <summary>The SDKs' own implicit usings on top of <see cref="ImplicitUsings"/> (<c>Sdk.Server.props</c>, <c>Microsoft.NET.Sdk.Worker.props</c>, BlazorWebAssembly's <c>Sdk.props</c>).</summary>
    private static readonly string[] WebImplicitUsings =
    [
        "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    ];

    private static readonly string[] WorkerImplicitUsings =
    [
        "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    ];

    private static readonly string[] BlazorWebAssemblyImplicitUsings =
    [
        "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Logging",
    ];

    private static readonly Regex SdkAttribute = new("Sdk\\s*=\\s*\"(?<sdk>[^\"]+)\"", RegexOptions.CultureInvariant);

    private sealed record ProjectInfo(
        string Path,
        string Folder,
        bool IsWeb,
        bool IsExe,
        IReadOnlyList<string> ImplicitUsings,
        IReadOnlyList<string> References,
        string RootNamespace,
        EvaluatedProject? Evaluated = null)
    {
        /// <summary>
        /// Compiled against ASP.NET Core: a web project, or one that gets the shared framework from a
        /// project it references or a package it uses (a FrameworkReference flows, as in the SDK).
        /// </summary>
        public bool UsesAspNetCore { get; init; } = IsWeb;

        public NuGetFramework Framework =>
            Evaluated?.TargetFramework is { } moniker && NuGetFramework.Parse(moniker) is { IsUnsupported: false } parsed
                ? parsed
                : NuGetFramework.Parse($"net{Environment.Version.Major}.0");
    }

    public static IReadOnlyList<CodeProject> Build(SourceSnapshot snapshot, FrameworkReferences references, bool excludeTests, CancellationToken cancellationToken) =>
        Build(snapshot, references, excludeTests, null, cancellationToken);

    public static IReadOnlyList<CodeProject> Build(
        SourceSnapshot snapshot,
        FrameworkReferences references,
        bool excludeTests,
        SdkRazorGenerator? razorGenerator,
        CancellationToken cancellationToken) =>
        Build(snapshot, references, excludeTests, razorGenerator, PackageResolver.FromEnvironment(), cancellationToken);

    /// <summary>
    /// As above; with <paramref name="razorGenerator"/> available, each project's Razor files go
    /// through the SDK's Razor source generator, else (or when it fails) through <see cref="RazorCodeExtractor"/>.
    /// </summary>
    public static IReadOnlyList<CodeProject> Build(
        SourceSnapshot snapshot,
        FrameworkReferences references,
        bool excludeTests,
        SdkRazorGenerator? razorGenerator,
        PackageResolver packages,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(packages);
        var buildFiles = snapshot.Projects.Concat(snapshot.BuildFiles)
            .GroupBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        // A path a project names in the wrong letter case (written on Windows) still finds its file, as it did there.
        var spelling = new PathSpelling(buildFiles.Keys);
        var evaluator = new ProjectEvaluator(path => spelling.Find(path) is { } found ? buildFiles[found] : null);
        var packagesConfigs = snapshot.Manifests
            .Where(m => Path.GetFileName(m.RelativePath).Equals("packages.config", StringComparison.OrdinalIgnoreCase))
            .GroupBy(m => SourceTreeReader.FolderOf(m.RelativePath), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        var projects = snapshot.Projects
            .Where(p => !excludeTests || !SourceTreeReader.IsTestProject(p))
            .Select(p => Describe(p, evaluator, spelling, packagesConfigs.GetValueOrDefault(SourceTreeReader.FolderOf(p.RelativePath))))
            .GroupBy(p => p.Folder, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var razorImports = snapshot.Sources
            .Where(f => IsImports(f))
            .ToList();

        var defaultOptions = ParseOptions();
        var optionsByProject = projects.ToDictionary(p => p.Path, p => ParseOptionsFor(p), StringComparer.Ordinal);
        var included = snapshot.Sources.Where(f => !(excludeTests && f.IsTest)).ToList();
        var csharp = included.Where(f => f.Kind == SourceFileKind.CSharp).ToList();
        var trees = new ConcurrentDictionary<SourceFile, SyntaxTree>();
        var skipped = new ConcurrentDictionary<SourceFile, string>();
        LargeStack.ForEach(
            csharp,
            file =>
            {
                var options = OwnerOf(file.RelativePath, projects) is { } owner ? optionsByProject[owner.Path] : defaultOptions;
                var (tree, reason) = GuardedParser.Parse(file.Text, options, file.FullPath, cancellationToken);
                if (tree is null)
                {
                    skipped[file] = reason!;
                }
                else
                {
                    trees[file] = tree;
                }
            },
            cancellationToken);

        var byProject = included
            .GroupBy(f => OwnerOf(f.RelativePath, projects)?.Path ?? NoProject, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        // Referenced projects first, so their compilations can be referenced.
        var built = new Dictionary<string, CSharpCompilation>(StringComparer.Ordinal);
        var byPath = projects.ToDictionary(p => p.Path, StringComparer.Ordinal);
        var effectiveProjects = new Dictionary<string, ProjectInfo>(StringComparer.Ordinal);
        var result = new List<CodeProject>();
        var loose = new ProjectInfo(NoProject, string.Empty, references.Web.Length > 0, false, [.. ImplicitUsings, .. references.Web.Length > 0 ? WebImplicitUsings : []], [], "Candidate");
        foreach (var ordered in Ordered(projects).Append(loose))
        {
            var project = ordered;
            if (!byProject.TryGetValue(project.Path, out var files) || !files.Any(f => f.Kind == SourceFileKind.CSharp || !IsImports(f)))
            {
                continue;
            }

            var parseOptions = optionsByProject.GetValueOrDefault(project.Path, defaultOptions);
            var csharpTrees = files.Where(f => trees.ContainsKey(f)).Select(f => trees[f]).OrderBy(t => t.FilePath, StringComparer.Ordinal).ToList();
            var left = files.Where(skipped.ContainsKey).Select(f => new SkippedSource(f.RelativePath, skipped[f])).ToList();
            var (effective, resolution) = project.Evaluated is null ? (project, null) : Resolve(project, byPath, effectiveProjects, snapshot.RootPath, references, packages);
            project = effective;
            effectiveProjects[project.Path] = project;
            var compilation = Create(project, csharpTrees, references, parseOptions, built, resolution, ReferencedProjects(project, byPath));
            compilation = SdkSourceGenerators.Apply(compilation, parseOptions, references, project.UsesAspNetCore, Path.GetFullPath(Path.Combine(snapshot.RootPath, project.Folder)), cancellationToken);
            var razorFiles = files.Where(f => f.Kind != SourceFileKind.CSharp).ToList();
            var razor = RazorCode.None;
            if (razorFiles.Any(f => !IsImports(f)))
            {
                (compilation, razor) = AddRazor(project, compilation, razorFiles, razorImports, snapshot.RootPath, parseOptions, razorGenerator, left, cancellationToken);
            }

            built[project.Path] = compilation;
            result.Add(new CodeProject(
                project.Path,
                compilation,
                razor,
                [.. left.OrderBy(s => s.Path, StringComparer.Ordinal)],
                project.Evaluated?.TargetFramework,
                resolution,
                project.Evaluated?.Problems));
        }

        return result;
    }

    /// <summary>
    /// The projects whose assemblies the compiler is given: those referenced and, as the SDK does
    /// unless <c>DisableTransitiveProjectReferences</c> is true, those they reference in turn.
    /// </summary>
    private static List<string> ReferencedProjects(ProjectInfo project, Dictionary<string, ProjectInfo> byPath)
    {
        if (project.Evaluated?.IsTrue("DisableTransitiveProjectReferences") == true)
        {
            return [.. project.References];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { project.Path };
        var ordered = new List<string>();
        var queue = new Queue<string>(project.References);
        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            if (!seen.Add(path))
            {
                continue;
            }

            ordered.Add(path);
            foreach (var next in byPath.TryGetValue(path, out var referenced) ? referenced.References : [])
            {
                queue.Enqueue(next);
            }
        }

        return ordered;
    }

    private static bool IsImports(SourceFile file) => Path.GetFileName(file.RelativePath) is "_ViewImports.cshtml" or "_Imports.razor";

    /// <summary>The C# of the project's Razor files: generated by the SDK's generator when it runs, else extracted from the code blocks.</summary>
    private static (CSharpCompilation Compilation, RazorCode How) AddRazor(
        ProjectInfo project,
        CSharpCompilation compilation,
        List<SourceFile> razorFiles,
        List<SourceFile> razorImports,
        string rootPath,
        CSharpParseOptions parseOptions,
        SdkRazorGenerator? generator,
        List<SkippedSource> skipped,
        CancellationToken cancellationToken)
    {
        string? fallbackReason = null;
        if (generator is not null)
        {
            var projectDirectory = Path.GetFullPath(Path.Combine(rootPath, project.Folder));
            var inputs = razorFiles
                .Select(f => new SdkRazorGenerator.RazorInput(f.FullPath, f.Text, Path.GetRelativePath(projectDirectory, f.FullPath)))
                .ToList();
            var output = generator.Run(compilation, parseOptions, inputs, projectDirectory, project.RootNamespace, project.IsWeb, RazorLanguageVersion(project), cancellationToken);
            if (output.Failure is null)
            {
                var generated = new SyntaxTree?[output.Sources.Count];
                var generatedSkips = new SkippedSource?[output.Sources.Count];
                LargeStack.ForEach(
                    [.. Enumerable.Range(0, generated.Length)],
                    i =>
                    {
                        var (hint, text) = output.Sources[i];
                        // Named so that code outside the #line-mapped spans is never taken for a user file.
                        var path = Path.Combine(projectDirectory, "razor-generated", hint) + ".razor-code.cs";
                        (generated[i], var reason) = GuardedParser.Parse(SdkRazorGenerator.ForAnalysis(text), parseOptions, path, cancellationToken);
                        generatedSkips[i] = reason is null ? null : new SkippedSource(hint, reason);
                    },
                    cancellationToken);
                skipped.AddRange(generatedSkips.OfType<SkippedSource>());
                return (compilation.AddSyntaxTrees(generated.OfType<SyntaxTree>()), RazorCode.Generator(generator.Folder, [.. output.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)]));
            }

            fallbackReason = output.Failure;
        }

        var extracted = new ConcurrentBag<SyntaxTree>();
        LargeStack.ForEach(
            [.. razorFiles.Where(f => !IsImports(f))],
            f =>
            {
                var code = RazorCodeExtractor.Extract(f.RelativePath, f.Text, f.Kind, ImportsFor(f, razorImports));
                var (tree, reason) = GuardedParser.Parse(code, parseOptions, f.FullPath + ".razor-code.cs", cancellationToken);
                if (tree is null)
                {
                    lock (skipped)
                    {
                        skipped.Add(new SkippedSource(f.RelativePath, reason!));
                    }
                }
                else
                {
                    extracted.Add(tree);
                }
            },
            cancellationToken);
        return (compilation.AddSyntaxTrees(extracted.OrderBy(t => t.FilePath, StringComparer.Ordinal)), RazorCode.Blocks(fallbackReason));
    }

    /// <summary>
    /// The Razor language version the SDK's targets give the project's framework
    /// (<c>Sdk.Razor.CurrentVersion.targets</c>: .NET 10 → 10.0 … .NET Core 3 → 3.0), unless the project sets <c>RazorLangVersion</c>.
    /// </summary>
    private static string RazorLanguageVersion(ProjectInfo project)
    {
        if (project.Evaluated?.Property("RazorLangVersion") is { } own)
        {
            return own;
        }

        var framework = project.Framework;
        if (framework.Framework != FrameworkConstants.FrameworkIdentifiers.NetCoreApp || project.Evaluated?.TargetFramework is null)
        {
            return "latest";
        }

        return framework.Version.Major >= 5 ? $"{framework.Version.Major}.0" : framework.Version.Major == 3 ? "3.0" : "latest";
    }

    /// <summary>
    /// The compiler <c>Features</c> the SDK passes: for Razor, from .NET 10 on, the targets add
    /// <c>use-roslyn-tokenizer=true</c> (without it, C# such as raw string literals in <c>@code</c> is
    /// tokenized by Razor's own lexer and breaks); a project can turn it off with
    /// <c>_RazorUseRoslynTokenizer</c>, and add its own with <c>Features</c>.
    /// </summary>
    private static CSharpParseOptions WithSdkFeatures(ProjectInfo project, CSharpParseOptions parseOptions)
    {
        var features = new Dictionary<string, string>(parseOptions.Features, StringComparer.Ordinal);
        var explicitTokenizer = project.Evaluated?.Property("_RazorUseRoslynTokenizer");
        var framework = project.Framework;
        var useRoslynTokenizer = explicitTokenizer is not null
            ? explicitTokenizer.Equals("true", StringComparison.OrdinalIgnoreCase)
            : project.Evaluated?.TargetFramework is null || (framework.Framework == FrameworkConstants.FrameworkIdentifiers.NetCoreApp && framework.Version.Major >= 10);
        if (useRoslynTokenizer)
        {
            features["use-roslyn-tokenizer"] = "true";
        }

        foreach (var feature in (project.Evaluated?.Property("Features") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = feature.IndexOf('=', StringComparison.Ordinal);
            features[equals < 0 ? feature : feature[..equals]] = equals < 0 ? "true" : feature[(equals + 1)..];
        }

        return parseOptions.WithFeatures(features);
    }

    /// <summary>The parse options files under no project are read with: the newest C#, a Release build of the running .NET.</summary>
    public static CSharpParseOptions ParseOptions() => ParseOptions(NuGetFramework.Parse($"net{Environment.Version.Major}.0"), []);

    /// <summary>
    /// A Release build for <paramref name="framework"/>: <c>RELEASE</c>, <c>TRACE</c>, the SDK's
    /// framework symbols (<c>NET8_0</c>, <c>NET8_0_OR_GREATER</c>…, <c>NETSTANDARD2_0</c>,
    /// <c>NET48</c>) and the project's own constants; the newest C# (a superset of the project's).
    /// </summary>
    public static CSharpParseOptions ParseOptions(NuGetFramework framework, IEnumerable<string> defineConstants)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var symbols = new List<string> { "RELEASE", "TRACE" };
        var version = framework.Version;
        if (framework.Framework == FrameworkConstants.FrameworkIdentifiers.NetCoreApp)
        {
            symbols.AddRange(["NETCOREAPP", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER"]);
            if (version.Major >= 5)
            {
                symbols.AddRange(["NET", $"NET{version.Major}_{version.Minor}"]);
                for (var major = 5; major <= version.Major; major++)
                {
                    symbols.Add($"NET{major}_0_OR_GREATER");
                }
            }
            else
            {
                symbols.Add($"NETCOREAPP{version.Major}_{version.Minor}");
            }
        }
        else if (framework.Framework == FrameworkConstants.FrameworkIdentifiers.NetStandard)
        {
            symbols.AddRange(["NETSTANDARD", $"NETSTANDARD{version.Major}_{version.Minor}"]);
        }
        else if (framework.Framework == FrameworkConstants.FrameworkIdentifiers.Net)
        {
            symbols.AddRange(["NETFRAMEWORK", framework.GetShortFolderName().ToUpperInvariant()]);
        }

        symbols.AddRange(defineConstants.Select(c => c.Trim()).Where(c => c.Length > 0 && c != "DEBUG" && SyntaxFacts.IsValidIdentifier(c)));
        return new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None, SourceCodeKind.Regular, symbols.Distinct(StringComparer.Ordinal));
    }

    /// <summary>The project's parse options, with the features the SDK passes the whole compilation (every tree must share them).</summary>
    private static CSharpParseOptions ParseOptionsFor(ProjectInfo project) =>
        WithSdkFeatures(project, ParseOptions(project.Framework, (project.Evaluated?.Property("DefineConstants") ?? string.Empty).Split(';')));

    /// <summary>
    /// The project's packages with those that flow to it from the projects it references
    /// (transitively, its own version first), and ASP.NET Core when a referenced project or a
    /// package brings the shared framework, as the SDK lets PackageReference and FrameworkReference flow.
    /// </summary>
    private static (ProjectInfo Project, PackageResolution Resolution) Resolve(
        ProjectInfo project,
        Dictionary<string, ProjectInfo> byPath,
        Dictionary<string, ProjectInfo> effective,
        string rootPath,
        FrameworkReferences references,
        PackageResolver packages)
    {
        var closure = new List<ProjectInfo>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { project.Path };
        var queue = new Queue<string>(project.References);
        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            if (seen.Add(path) && byPath.TryGetValue(path, out var referenced))
            {
                closure.Add(effective.GetValueOrDefault(path, referenced));
                foreach (var next in referenced.References)
                {
                    queue.Enqueue(next);
                }
            }
        }

        // The project's own packages are direct (its version wins); those of the projects it references are transitive to it.
        var requests = project.Evaluated!.Packages;
        var flowing = closure.SelectMany(c => c.Evaluated?.Packages ?? []).ToList();
        var withFramework = project with { UsesAspNetCore = project.UsesAspNetCore || closure.Any(c => c.UsesAspNetCore) };
        var resolution = ResolvePackages(withFramework, requests, flowing, rootPath, references, packages);
        if (!withFramework.UsesAspNetCore && resolution.FrameworkReferences.Contains("Microsoft.AspNetCore.App"))
        {
            withFramework = withFramework with { UsesAspNetCore = true };
            resolution = ResolvePackages(withFramework, requests, flowing, rootPath, references, packages);
        }

        return (withFramework, resolution);
    }

    private static PackageResolution ResolvePackages(
        ProjectInfo project,
        IReadOnlyList<PackageRequest> requests,
        IReadOnlyList<PackageRequest> flowing,
        string rootPath,
        FrameworkReferences references,
        PackageResolver packages)
    {
        IReadOnlyList<MetadataReference>? netFramework = null;
        UnresolvedPackage? missing = null;
        if (project.Framework.Framework == FrameworkConstants.FrameworkIdentifiers.Net)
        {
            (netFramework, missing) = packages.NetFramework(project.Framework);
        }

        var frameworkAssemblies = new HashSet<string>(
            (netFramework ?? [.. references.Core, .. project.UsesAspNetCore ? references.Web : []]).Select(r => Path.GetFileNameWithoutExtension(r.Display ?? string.Empty)),
            StringComparer.OrdinalIgnoreCase);
        var resolution = packages.Resolve(requests, project.Evaluated!, rootPath, project.Framework, frameworkAssemblies, flowing);

        // Vendored assemblies referenced by HintPath (old-style projects' lib/ folders).
        var vendored = project.Evaluated!.AssemblyReferences
            .Where(r => r.HintPath is not null && !frameworkAssemblies.Contains(r.Name))
            .Select(r => PackageResolver.RepositoryAssembly(rootPath, r.HintPath!))
            .OfType<MetadataReference>();
        return resolution with
        {
            References = [.. resolution.References, .. vendored],
            Unresolved = missing is null ? resolution.Unresolved : [.. resolution.Unresolved, missing],
            Framework = netFramework,
        };
    }

    private static CSharpCompilation Create(
        ProjectInfo project,
        List<SyntaxTree> trees,
        FrameworkReferences references,
        CSharpParseOptions parseOptions,
        Dictionary<string, CSharpCompilation> built,
        PackageResolution? packages,
        IReadOnlyList<string> referencedProjects)
    {
        var allTrees = new List<SyntaxTree>(trees);
        var usings = GlobalUsings(project, project.Evaluated is null ? [] : PackageBuildUsings.Read(packages?.BuildFiles ?? [], project.Evaluated));
        if (usings.Length > 0)
        {
            allTrees.Add(CSharpSyntaxTree.ParseText(usings, parseOptions, "ServiceStandard.GlobalUsings.g.cs"));
        }

        var metadata = new List<MetadataReference>(packages?.Framework ?? references.Core);
        metadata.AddRange(packages?.References ?? []);
        if (packages?.Framework is null && (project.UsesAspNetCore || references.Web.Length > 0 && project.Path == NoProject))
        {
            metadata.AddRange(references.Web);
        }

        foreach (var reference in referencedProjects)
        {
            if (built.TryGetValue(reference, out var referenced))
            {
                metadata.Add(referenced.ToMetadataReference());
            }
        }

        var hasTopLevelStatements = trees.Any(t => t.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any());
        var options = new CSharpCompilationOptions(
            hasTopLevelStatements || project.IsExe ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            allowUnsafe: true,
            concurrentBuild: true)
            // As csc does: .NET Framework's unification and portability policy, so a library built against a
            // portable profile (mscorlib 2.0.5.0, retargetable) binds to the framework's mscorlib.
            .WithAssemblyIdentityComparer(DesktopAssemblyIdentityComparer.Default);
        var name = project.Path == NoProject ? "Candidate" : Path.GetFileNameWithoutExtension(project.Path);
        return CSharpCompilation.Create(name, allTrees, metadata, options);
    }

    /// <summary>The global usings the SDK would write: the implicit ones (unless turned off), its packages' and the project's <c>Using</c> items, minus its removals.</summary>
    private static string GlobalUsings(ProjectInfo project, IReadOnlyList<ProjectUsing> fromPackages)
    {
        var removed = new HashSet<string>(project.Evaluated?.UsingRemovals ?? [], StringComparer.Ordinal);
        var usings = new List<ProjectUsing>();
        usings.AddRange(project.ImplicitUsings.Select(u => new ProjectUsing(u, null, false)));
        usings.AddRange(fromPackages);

        usings.AddRange(project.Evaluated?.Usings ?? []);
        return string.Concat(usings
            .Where(u => !removed.Contains(u.Namespace) && IsQualifiedName(u.Namespace) && (u.Alias is null || SyntaxFacts.IsValidIdentifier(u.Alias)))
            .DistinctBy(u => (u.Namespace, u.Alias, u.Static))
            .Select(u => u.Alias is not null ? $"global using {u.Alias} = global::{u.Namespace};\n"
                : u.Static ? $"global using static global::{u.Namespace};\n"
                : $"global using global::{u.Namespace};\n"));
    }

    /// <summary>A dotted name (generic arguments allowed), so a Using item cannot inject other code into the usings file.</summary>
    private static bool IsQualifiedName(string name) =>
        name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '<' or '>' or ',' or ' ') &&
        name.Split('.').All(part => part.Length > 0);

    private static IReadOnlyList<string> ImportsFor(SourceFile file, List<SourceFile> imports)
    {
        var importName = file.Kind == SourceFileKind.RazorComponent ? "_Imports.razor" : "_ViewImports.cshtml";
        var folder = SourceTreeReader.FolderOf(file.RelativePath);
        return [.. imports
            .Where(i => Path.GetFileName(i.RelativePath) == importName && SourceTreeReader.IsUnder(file.RelativePath, SourceTreeReader.FolderOf(i.RelativePath)))
            .OrderBy(i => SourceTreeReader.FolderOf(i.RelativePath).Length)
            .Where(_ => folder is not null)
            .Select(i => i.Text)];
    }

    private static ProjectInfo? OwnerOf(string relativePath, List<ProjectInfo> projects) =>
        projects.Where(p => SourceTreeReader.IsUnder(relativePath, p.Folder)).MaxBy(p => p.Folder.Length);

    private static ProjectInfo Describe(RepositoryFile project, ProjectEvaluator evaluator, PathSpelling spelling, string? packagesConfig)
    {
        var folder = SourceTreeReader.FolderOf(project.RelativePath);
        var evaluated = evaluator.Evaluate(project.RelativePath, $"net{Environment.Version.Major}.0");
        evaluated = evaluated with { ProjectReferences = [.. evaluated.ProjectReferences.Select(r => spelling.Find(r) ?? r).Distinct(StringComparer.Ordinal)] };
        var sdk = evaluated.Sdk.Length > 0 ? evaluated.Sdk : SdkAttribute.Match(project.Text) is { Success: true } match ? match.Groups["sdk"].Value : string.Empty;
        var rootNamespace = evaluated.Property("RootNamespace")
            ?? (evaluated.Property("AssemblyName") ?? Path.GetFileNameWithoutExtension(project.RelativePath)).Replace(' ', '_').Replace('-', '_');
        var isWeb = evaluated.FrameworkReferences.Contains("Microsoft.AspNetCore.App", StringComparer.OrdinalIgnoreCase) ||
            sdk.StartsWith("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase) ||
            sdk.StartsWith("Microsoft.NET.Sdk.Razor", StringComparison.OrdinalIgnoreCase) ||
            sdk.StartsWith("Microsoft.NET.Sdk.BlazorWebAssembly", StringComparison.OrdinalIgnoreCase);
        var isExe = evaluated.Property("OutputType") is { } output
            ? output.Equals("Exe", StringComparison.OrdinalIgnoreCase) || output.Equals("WinExe", StringComparison.OrdinalIgnoreCase)
            : sdk.StartsWith("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase);

        // An old-style project lists its packages in packages.config beside it.
        if (packagesConfig is not null)
        {
            evaluated = evaluated with { Packages = [.. evaluated.Packages, .. PackagesConfig(packagesConfig)] };
        }

        // An old-style project (no SDK) has no implicit usings at all.
        var implicitUsings = SdkImplicitUsings(evaluated, sdk);
        return new ProjectInfo(project.RelativePath, folder, isWeb, isExe, implicitUsings, evaluated.ProjectReferences, rootNamespace, evaluated);
    }

    /// <summary>
    /// The usings the SDK adds, as its props files do: only when <c>ImplicitUsings</c> is <c>true</c> or
    /// <c>enable</c> (<c>disable</c>, a misspelling such as <c>enabled</c>, or unset beside a Directory.Build.props adds none); the
    /// base set (no System.Net.Http on .NET Framework), and the Web, Worker or BlazorWebAssembly SDK's on top.
    /// </summary>
    private static IReadOnlyList<string> SdkImplicitUsings(EvaluatedProject evaluated, string sdk)
    {
        // Lenient where the SDK is strict: unset, with no Directory.Build.props in the analysed folder, the
        // project may get it from one above that folder (a service analysed inside its repository), so it counts as on.
        var value = evaluated.Property("ImplicitUsings")
            ?? (evaluated.Imported.Any(i => Path.GetFileName(i).Equals("Directory.Build.props", StringComparison.OrdinalIgnoreCase)) ? null : "enable");
        if (sdk.Length == 0 || value is null || !(value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("enable", StringComparison.OrdinalIgnoreCase)))
        {
            return [];
        }

        var netFramework = evaluated.TargetFramework is { } moniker && NuGetFramework.Parse(moniker).Framework == FrameworkConstants.FrameworkIdentifiers.Net;
        IEnumerable<string> usings = ImplicitUsings.Where(u => !(netFramework && u == "System.Net.Http"));
        if (sdk.StartsWith("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase))
        {
            usings = usings.Concat(WebImplicitUsings);
        }
        else if (sdk.StartsWith("Microsoft.NET.Sdk.Worker", StringComparison.OrdinalIgnoreCase))
        {
            usings = usings.Concat(WorkerImplicitUsings);
        }
        else if (sdk.StartsWith("Microsoft.NET.Sdk.BlazorWebAssembly", StringComparison.OrdinalIgnoreCase))
        {
            usings = usings.Concat(BlazorWebAssemblyImplicitUsings);
        }

        return [.. usings];
    }

    /// <summary>The packages of a packages.config (exact versions; development-only ones left out).</summary>
    private static IEnumerable<PackageRequest> PackagesConfig(string text)
    {
        try
        {
            using var reader = System.Xml.XmlReader.Create(new StringReader(text), new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null });
            return [.. System.Xml.Linq.XDocument.Load(reader).Descendants()
                .Where(e => e.Name.LocalName == "package" && e.Attribute("id") is not null && e.Attribute("developmentDependency")?.Value != "true")
                .Select(e => new PackageRequest(e.Attribute("id")!.Value, e.Attribute("version")?.Value is { } v ? $"[{v}]" : null))];
        }
        catch (System.Xml.XmlException)
        {
            return [];
        }
    }

    private static List<ProjectInfo> Ordered(List<ProjectInfo> projects)
    {
        var byPath = projects.ToDictionary(p => p.Path, StringComparer.Ordinal);
        var ordered = new List<ProjectInfo>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal);
        void Visit(ProjectInfo project)
        {
            if (state.ContainsKey(project.Path))
            {
                return;
            }

            state[project.Path] = false;
            foreach (var reference in project.References)
            {
                if (byPath.TryGetValue(reference, out var referenced))
                {
                    Visit(referenced);
                }
            }

            state[project.Path] = true;
            ordered.Add(project);
        }

        foreach (var project in projects.OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            Visit(project);
        }

        return ordered;
    }
}
