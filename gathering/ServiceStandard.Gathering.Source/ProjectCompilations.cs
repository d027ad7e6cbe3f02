using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ServiceStandard.Gathering.Source;

/// <summary>One compilation the analyzers run over: a project (or the files under no project).</summary>
/// <param name="Name">The project file's repository-relative path, or <c>(no project)</c>.</param>
/// <param name="Razor">How the project's Razor files became C# (<see cref="RazorCode.None"/> when it has none).</param>
/// <param name="Skipped">The project's files left out of the compilation, and why (<see cref="GuardedParser"/>).</param>
public sealed record CodeProject(string Name, CSharpCompilation Compilation, RazorCode? Razor = null, IReadOnlyList<SkippedSource>? Skipped = null);

/// <summary>How a project's Razor files were turned into C# for the analyzers.</summary>
/// <param name="Path"><c>generator</c>, <c>code-blocks</c> or <c>none</c>.</param>
/// <param name="Detail">The generator's folder, or why the code blocks were used instead.</param>
/// <param name="GeneratorErrors">Razor errors the generator reported (the markup it could not parse).</param>
public sealed record RazorCode(string Path, string? Detail, int GeneratorErrors = 0)
{
    public const string GeneratorPath = "generator";
    public const string BlocksPath = "code-blocks";

    public static RazorCode None { get; } = new("none", null);

    public static RazorCode Generator(string folder, int errors) => new(GeneratorPath, folder, errors);

    public static RazorCode Blocks(string? reason) => new(BlocksPath, reason);
}

/// <summary>
/// Builds one <see cref="CSharpCompilation"/> per project from the files on disk, the way the SDK
/// would see them but without MSBuild: each source file belongs to the nearest folder above it
/// with a .csproj; the project file is read as XML only for its SDK (web or not), output type,
/// implicit usings and project references (which become compilation references). The SDK's
/// implicit global usings are added unless the project turns them off. Code is parsed as a Release
/// build (<c>RELEASE</c>, <c>TRACE</c> and the target framework's <c>NET…</c> symbols; no <c>DEBUG</c>).
/// </summary>
public static class ProjectCompilations
{
    private const string NoProject = "(no project)";

    private static readonly string[] ImplicitUsings =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    ];

    private static readonly string[] WebImplicitUsings =
    [
        "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    ];

    private static readonly Regex SdkAttribute = new("Sdk\\s*=\\s*\"(?<sdk>[^\"]+)\"", RegexOptions.CultureInvariant);

    private sealed record ProjectInfo(string Path, string Folder, bool IsWeb, bool IsExe, bool ImplicitUsings, IReadOnlyList<string> References, string RootNamespace);

    public static IReadOnlyList<CodeProject> Build(SourceSnapshot snapshot, FrameworkReferences references, bool excludeTests, CancellationToken cancellationToken) =>
        Build(snapshot, references, excludeTests, null, cancellationToken);

    /// <summary>
    /// As above; with <paramref name="razorGenerator"/> available, each project's Razor files go
    /// through the SDK's Razor source generator, else (or when it fails) through <see cref="RazorCodeExtractor"/>.
    /// </summary>
    public static IReadOnlyList<CodeProject> Build(
        SourceSnapshot snapshot,
        FrameworkReferences references,
        bool excludeTests,
        SdkRazorGenerator? razorGenerator,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(references);
        var projects = snapshot.Projects
            .Where(p => !excludeTests || !SourceTreeReader.IsTestProject(p))
            .Select(Describe)
            .GroupBy(p => p.Folder, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var razorImports = snapshot.Sources
            .Where(f => IsImports(f))
            .ToList();

        var parseOptions = ParseOptions();
        var included = snapshot.Sources.Where(f => !(excludeTests && f.IsTest)).ToList();
        var csharp = included.Where(f => f.Kind == SourceFileKind.CSharp).ToList();
        var trees = new ConcurrentDictionary<SourceFile, SyntaxTree>();
        var skipped = new ConcurrentDictionary<SourceFile, string>();
        LargeStack.ForEach(
            csharp,
            file =>
            {
                var (tree, reason) = GuardedParser.Parse(file.Text, parseOptions, file.FullPath, cancellationToken);
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
        var result = new List<CodeProject>();
        var loose = new ProjectInfo(NoProject, string.Empty, references.Web.Length > 0, false, true, [], "Candidate");
        foreach (var project in Ordered(projects).Append(loose))
        {
            if (!byProject.TryGetValue(project.Path, out var files) || !files.Any(f => f.Kind == SourceFileKind.CSharp || !IsImports(f)))
            {
                continue;
            }

            var csharpTrees = files.Where(f => trees.ContainsKey(f)).Select(f => trees[f]).OrderBy(t => t.FilePath, StringComparer.Ordinal).ToList();
            var left = files.Where(skipped.ContainsKey).Select(f => new SkippedSource(f.RelativePath, skipped[f])).ToList();
            var compilation = Create(project, csharpTrees, references, parseOptions, built);
            var razorFiles = files.Where(f => f.Kind != SourceFileKind.CSharp).ToList();
            var razor = RazorCode.None;
            if (razorFiles.Any(f => !IsImports(f)))
            {
                (compilation, razor) = AddRazor(project, compilation, razorFiles, razorImports, snapshot.RootPath, parseOptions, razorGenerator, left, cancellationToken);
            }

            built[project.Path] = compilation;
            result.Add(new CodeProject(project.Path, compilation, razor, [.. left.OrderBy(s => s.Path, StringComparer.Ordinal)]));
        }

        return result;
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
            var output = generator.Run(compilation, parseOptions, inputs, projectDirectory, project.RootNamespace, project.IsWeb, cancellationToken);
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
                return (compilation.AddSyntaxTrees(generated.OfType<SyntaxTree>()), RazorCode.Generator(generator.Folder, output.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)));
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

    /// <summary>The parse options every file is read with: the newest C#, a Release build of the running .NET.</summary>
    public static CSharpParseOptions ParseOptions()
    {
        var major = Environment.Version.Major;
        var symbols = new List<string> { "RELEASE", "TRACE", "NET", "NETCOREAPP", $"NET{major}_0", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER" };
        for (var version = 5; version <= major; version++)
        {
            symbols.Add($"NET{version}_0_OR_GREATER");
        }

        return new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None, SourceCodeKind.Regular, symbols);
    }

    private static CSharpCompilation Create(
        ProjectInfo project,
        List<SyntaxTree> trees,
        FrameworkReferences references,
        CSharpParseOptions parseOptions,
        Dictionary<string, CSharpCompilation> built)
    {
        var allTrees = new List<SyntaxTree>(trees);
        if (project.ImplicitUsings)
        {
            var usings = project.IsWeb ? ImplicitUsings.Concat(WebImplicitUsings) : ImplicitUsings;
            var text = string.Concat(usings.Select(u => $"global using global::{u};\n"));
            allTrees.Add(CSharpSyntaxTree.ParseText(text, parseOptions, "ServiceStandard.ImplicitUsings.g.cs"));
        }

        var metadata = new List<MetadataReference>(references.Core);
        if (project.IsWeb || references.Web.Length > 0 && project.Path == NoProject)
        {
            metadata.AddRange(references.Web);
        }

        foreach (var reference in project.References)
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
            concurrentBuild: true);
        var name = project.Path == NoProject ? "Candidate" : Path.GetFileNameWithoutExtension(project.Path);
        return CSharpCompilation.Create(name, allTrees, metadata, options);
    }

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

    private static ProjectInfo Describe(RepositoryFile project)
    {
        var folder = SourceTreeReader.FolderOf(project.RelativePath);
        var sdk = SdkAttribute.Match(project.Text) is { Success: true } match ? match.Groups["sdk"].Value : string.Empty;
        var references = new List<string>();
        var outputExe = false;
        var implicitUsings = true;
        var frameworkWeb = false;
        var rootNamespace = Path.GetFileNameWithoutExtension(project.RelativePath).Replace(' ', '_').Replace('-', '_');
        try
        {
            var document = XDocument.Parse(project.Text);
            foreach (var element in document.Descendants())
            {
                switch (element.Name.LocalName)
                {
                    case "ProjectReference" when element.Attribute("Include")?.Value is { } include:
                        var combined = Path.GetFullPath(Path.Combine("/", folder, include.Replace('\\', '/')));
                        references.Add(combined.TrimStart('/').Replace('\\', '/'));
                        break;
                    case "RootNamespace" when element.Value.Trim().Length > 0:
                        rootNamespace = element.Value.Trim();
                        break;
                    case "OutputType":
                        outputExe = element.Value.Trim().Equals("Exe", StringComparison.OrdinalIgnoreCase);
                        break;
                    case "ImplicitUsings":
                        implicitUsings = !element.Value.Trim().Equals("disable", StringComparison.OrdinalIgnoreCase) &&
                            !element.Value.Trim().Equals("false", StringComparison.OrdinalIgnoreCase);
                        break;
                    case "FrameworkReference" when element.Attribute("Include")?.Value == "Microsoft.AspNetCore.App":
                        frameworkWeb = true;
                        break;
                }
            }
        }
        catch (System.Xml.XmlException)
        {
            // Not well-formed: keep what the SDK attribute says.
        }

        var isWeb = frameworkWeb || sdk.StartsWith("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase) ||
            sdk.StartsWith("Microsoft.NET.Sdk.Razor", StringComparison.OrdinalIgnoreCase) ||
            sdk.StartsWith("Microsoft.NET.Sdk.BlazorWebAssembly", StringComparison.OrdinalIgnoreCase);
        return new ProjectInfo(project.RelativePath, folder, isWeb, outputExe || sdk.StartsWith("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase), implicitUsings, references, rootNamespace);
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
