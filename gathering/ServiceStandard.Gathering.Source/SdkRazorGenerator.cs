using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ServiceStandard.Gathering.Source;

/// <summary>
/// The Razor source generator that ships with the .NET SDK
/// (<c>sdk/&lt;version&gt;/Sdks/Microsoft.NET.Sdk.Razor/source-generators/</c>), loaded as an
/// analyzer reference and run with a <see cref="CSharpGeneratorDriver"/> the way the Razor SDK's
/// targets configure it (the <c>build_property.*</c> and <c>build_metadata.AdditionalFiles.*</c>
/// options of <c>Microsoft.NET.Sdk.Razor.SourceGenerators.targets</c>), without MSBuild. The
/// generated C# carries <c>#line</c> directives into the .cshtml/.razor files, so findings in markup
/// expressions, tag-helper attributes and code blocks point at the Razor file. Nothing of the
/// candidate is executed: the generator only reads the Razor text and the compilation.
/// </summary>
public sealed class SdkRazorGenerator
{
    private static readonly ConcurrentDictionary<string, Lazy<SdkRazorGenerator>> Loaded = new(StringComparer.Ordinal);

    private readonly ImmutableArray<ISourceGenerator> _generators;

    private SdkRazorGenerator(string folder, ImmutableArray<ISourceGenerator> generators, string? unavailable)
    {
        Folder = folder;
        _generators = generators;
        Unavailable = unavailable;
    }

    /// <summary>The source-generators folder the generator was looked for in.</summary>
    public string Folder { get; }

    /// <summary>Why the generator cannot be used (null when it can).</summary>
    public string? Unavailable { get; }

    public bool IsAvailable => Unavailable is null;

    /// <summary>The generator of the newest SDK of the running .NET major version under <paramref name="dotnetRoot"/>; loaded once per root.</summary>
    public static SdkRazorGenerator For(string? dotnetRoot)
    {
        var root = dotnetRoot ?? FrameworkReferences.FindDotnetRoot();
        return Loaded.GetOrAdd(root, r => new Lazy<SdkRazorGenerator>(() => Load(r))).Value;
    }

    /// <summary>The source-generators folder of the newest SDK matching the running major version (else the newest SDK), or null.</summary>
    public static string? FindFolder(string dotnetRoot)
    {
        var sdks = Path.Combine(dotnetRoot, "sdk");
        if (!Directory.Exists(sdks))
        {
            return null;
        }

        var major = Environment.Version.Major;
        return Directory.EnumerateDirectories(sdks)
            .Select(d => (Path: d, Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : null))
            .Where(d => d.Version is not null)
            .OrderByDescending(d => d.Version!.Major == major)
            .ThenByDescending(d => d.Version)
            .Select(d => Path.Combine(d.Path, "Sdks", "Microsoft.NET.Sdk.Razor", "source-generators"))
            .FirstOrDefault(Directory.Exists);
    }

    private static SdkRazorGenerator Load(string dotnetRoot)
    {
        var folder = FindFolder(dotnetRoot);
        if (folder is null)
        {
            return new SdkRazorGenerator(Path.Combine(dotnetRoot, "sdk"), [], "no .NET SDK with a Razor source generator was found");
        }

        try
        {
            var running = typeof(Compilation).Assembly.GetName().Version!;
            var dlls = Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal).ToList();
            foreach (var dll in dlls)
            {
                if (RequiredRoslyn(dll) is { } required && required > running)
                {
                    return new SdkRazorGenerator(folder, [], $"{Path.GetFileName(dll)} needs Microsoft.CodeAnalysis {required}, newer than the {running} these checks run on");
                }
            }

            var loader = new FolderLoader(folder);
            var failures = new List<string>();
            var generators = new List<ISourceGenerator>();
            foreach (var dll in dlls)
            {
                var reference = new AnalyzerFileReference(dll, loader);
                reference.AnalyzerLoadFailed += (_, e) => failures.Add($"{Path.GetFileName(dll)}: {e.Message}");
                generators.AddRange(reference.GetGenerators(LanguageNames.CSharp));
            }

            if (generators.Count == 0)
            {
                return new SdkRazorGenerator(folder, [], failures.Count > 0 ? string.Join("; ", failures) : "no C# source generator in " + folder);
            }

            return new SdkRazorGenerator(folder, [.. generators], null);
        }
        catch (Exception exception) when (exception is IOException or BadImageFormatException or FileLoadException or ReflectionTypeLoadException or TypeLoadException or UnauthorizedAccessException)
        {
            return new SdkRazorGenerator(folder, [], exception.Message);
        }
    }

    /// <summary>The version of Microsoft.CodeAnalysis an assembly was compiled against, if it references it.</summary>
    internal static Version? RequiredRoslyn(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        if (!reader.HasMetadata)
        {
            return null;
        }

        var metadata = reader.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(metadata.GetAssemblyReference)
            .Where(r => metadata.GetString(r.Name) is "Microsoft.CodeAnalysis" or "Microsoft.CodeAnalysis.CSharp")
            .Select(r => r.Version)
            .DefaultIfEmpty()
            .Max();
    }

    /// <summary>A Razor file given to the generator: its full path, its text, and its path relative to the project folder.</summary>
    public sealed record RazorInput(string FullPath, string Text, string ProjectRelativePath);

    /// <summary>The generated C# (one text per hint name), or why generation failed.</summary>
    public sealed record Output(IReadOnlyList<(string HintName, SourceText Text)> Sources, IReadOnlyList<Diagnostic> Diagnostics, string? Failure);

    /// <summary>Runs the generator over <paramref name="compilation"/> (the project's C#) with the project's Razor files.</summary>
    public Output Run(
        CSharpCompilation compilation,
        CSharpParseOptions parseOptions,
        IReadOnlyList<RazorInput> files,
        string projectDirectory,
        string rootNamespace,
        bool isWeb,
        string razorLanguageVersion,
        CancellationToken cancellationToken)
    {
        if (!IsAvailable)
        {
            return new Output([], [], Unavailable);
        }

        var globalOptions = new Options(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["build_property.RazorLangVersion"] = razorLanguageVersion,
            ["build_property.RazorConfiguration"] = isWeb ? "MVC-3.0" : "Default",
            ["build_property.RootNamespace"] = rootNamespace,
            ["build_property.SupportLocalizedComponentNames"] = "false",
            ["build_property.GenerateRazorMetadataSourceChecksumAttributes"] = "false",
            ["build_property.MSBuildProjectDirectory"] = projectDirectory,
        });
        var texts = new List<AdditionalText>();
        var perFile = new Dictionary<AdditionalText, AnalyzerConfigOptions>();
        foreach (var file in files)
        {
            var text = new RazorText(file.FullPath, SourceText.From(file.Text, Encoding.UTF8));
            texts.Add(text);
            perFile[text] = new Options(new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["build_metadata.AdditionalFiles.TargetPath"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(file.ProjectRelativePath)),
            });
        }

        try
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(_generators, texts, parseOptions, new OptionsProvider(globalOptions, perFile));
            driver = driver.RunGenerators(compilation, cancellationToken);
            var result = driver.GetRunResult();
            var failure = result.Results.FirstOrDefault(r => r.Exception is not null).Exception;
            if (failure is not null)
            {
                return new Output([], result.Diagnostics, $"the Razor source generator failed: {failure.Message}");
            }

            return new Output(
                [.. result.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText))],
                result.Diagnostics,
                null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new Output([], [], $"the Razor source generator failed: {exception.Message}");
        }
    }

    /// <summary>
    /// The generated C# made readable to analyzers that skip generated code: the
    /// <c>&lt;auto-generated/&gt;</c> header comment is dropped and <c>#line hidden</c> becomes
    /// <c>#line default</c> (the rendering method is declared in a hidden region, and the analyzer
    /// driver skips declarations there). Scaffolding then maps to the generated file itself, which is
    /// no user file, so findings there are dropped; code from the Razor file keeps its <c>#line</c> mapping.
    /// </summary>
    public static string ForAnalysis(SourceText generated)
    {
        var text = generated.ToString();
        var builder = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("// <auto-generated", StringComparison.Ordinal))
            {
                builder.Append('\n');
                continue;
            }

            builder.Append(trimmed == "#line hidden" ? "#line default" : line).Append('\n');
        }

        return builder.ToString(0, Math.Max(0, builder.Length - 1));
    }

    private sealed class RazorText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>(StringComparer.Ordinal));

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }

    private sealed class OptionsProvider(AnalyzerConfigOptions global, Dictionary<AdditionalText, AnalyzerConfigOptions> files) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => files.TryGetValue(textFile, out var options) ? options : Options.Empty;
    }

    /// <summary>
    /// Loads the generator's own assemblies from its folder, and Roslyn and the framework from the
    /// running process, so the generator and these checks share one Microsoft.CodeAnalysis.
    /// </summary>
    internal sealed class FolderLoader(string folder) : IAnalyzerAssemblyLoader
    {
        private readonly FolderContext _context = new(folder);

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => _context.LoadFromAssemblyPath(fullPath);
    }

    private sealed class FolderContext(string folder) : AssemblyLoadContext("ServiceStandard.RazorGenerator")
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var name = assemblyName.Name ?? string.Empty;
            if (name is "Microsoft.CodeAnalysis" or "Microsoft.CodeAnalysis.CSharp" || name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard" or "mscorlib")
            {
                return null;
            }

            var candidate = Path.Combine(folder, name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }
}
