using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ServiceStandard.Gathering.Source;

/// <summary>
/// The source generators the SDK's reference packs ship and the compiler runs for every project:
/// <c>[GeneratedRegex]</c> (Microsoft.NETCore.App.Ref) and <c>[LoggerMessage]</c>
/// (Microsoft.AspNetCore.App.Ref). Without them, their partial methods have no implementation
/// (CS8795) and the code calling them does not bind. Like the Razor generator they are the SDK's
/// code, not the candidate's: they read the compilation and write C#. Their output is compiled, never
/// analysed (it is no file of the candidate's). Loaded once per folder; a generator that needs a newer
/// Roslyn than ours, or fails, is left out.
/// </summary>
public static class SdkSourceGenerators
{
    private static readonly string[] CoreGenerators = ["System.Text.RegularExpressions.Generator.dll"];
    private static readonly string[] WebGenerators = ["Microsoft.Extensions.Logging.Generators.dll"];

    /// <summary>What makes a generator worth running over a compilation: its attribute's name in the text.</summary>
    private static readonly string[] Triggers = ["GeneratedRegex", "LoggerMessage"];

    private static readonly ConcurrentDictionary<string, ImmutableArray<ISourceGenerator>> Loaded = new(StringComparer.Ordinal);

    /// <summary><paramref name="compilation"/> with the generators' output added, parsed with <paramref name="parseOptions"/>.</summary>
    public static CSharpCompilation Apply(CSharpCompilation compilation, CSharpParseOptions parseOptions, FrameworkReferences references, bool web, string projectDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(references);
        if (!compilation.SyntaxTrees.Any(t => Triggers.Any(trigger => t.GetText(cancellationToken).ToString().Contains(trigger, StringComparison.Ordinal))))
        {
            return compilation;
        }

        var generators = Load(references.GeneratorFolder(web: false), CoreGenerators)
            .AddRange(web ? Load(references.GeneratorFolder(web: true), WebGenerators) : []);
        if (generators.IsEmpty)
        {
            return compilation;
        }

        try
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(generators, parseOptions: parseOptions);
            driver = driver.RunGenerators(compilation, cancellationToken);
            var trees = driver.GetRunResult().Results
                .Where(r => r.Exception is null)
                .SelectMany(r => r.GeneratedSources)
                .Select(s => CSharpSyntaxTree.ParseText(s.SourceText, parseOptions, Path.Combine(projectDirectory, "sdk-generated", s.HintName), cancellationToken))
                .ToList();
            return compilation.AddSyntaxTrees(trees);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A generator that fails leaves the compilation as it was: its partial methods stay unimplemented, which the compile errors say.
            return compilation;
        }
    }

    private static ImmutableArray<ISourceGenerator> Load(string? folder, string[] names) =>
        folder is null ? [] : Loaded.GetOrAdd(folder + "|" + string.Join(',', names), _ =>
        {
            var running = typeof(Compilation).Assembly.GetName().Version!;
            var loader = new SdkRazorGenerator.FolderLoader(folder);
            var generators = new List<ISourceGenerator>();
            foreach (var path in names.Select(n => Path.Combine(folder, n)).Where(File.Exists))
            {
                try
                {
                    if (SdkRazorGenerator.RequiredRoslyn(path) is { } required && required > running)
                    {
                        continue;
                    }

                    generators.AddRange(new AnalyzerFileReference(path, loader).GetGenerators(LanguageNames.CSharp));
                }
                catch (Exception exception) when (exception is IOException or BadImageFormatException or FileLoadException or ReflectionTypeLoadException or TypeLoadException or UnauthorizedAccessException)
                {
                    // Not loadable here: left out.
                }
            }

            return [.. generators];
        });
}
