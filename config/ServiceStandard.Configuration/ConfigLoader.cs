using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Kernel.Yaml;

namespace ServiceStandard.Configuration;

/// <summary>
/// Reads <c>servicestandard.yml</c>, reporting every problem with its file, line and column.
/// The format is documented in docs/config.md and docs/schemas/config.schema.json.
/// </summary>
public static class ConfigLoader
{
    /// <summary>The names looked for in a folder, in order.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [ConfigDefaults.FileName, "servicestandard.yaml"];

    /// <summary>Relative paths in the file resolve against the file's folder.</summary>
    public static LoadResult<ServiceConfig> LoadFile(string path)
    {
        string text;
        try
        {
            text = ServiceStandard.Kernel.Files.InputFile.ReadText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return LoadResult<ServiceConfig>.Failed([Diagnostic.Error(new SourceLocation(path, 1, 1), $"cannot read the config: {ex.Message}")]);
        }

        return Parse(text, path, Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <param name="text">The YAML.</param>
    /// <param name="fileName">The name diagnostics show.</param>
    /// <param name="baseDirectory">The folder relative paths (standard, source, baseline, output) resolve against.</param>
    public static LoadResult<ServiceConfig> Parse(string text, string fileName, string baseDirectory)
    {
        var (root, syntaxError) = YamlDocumentParser.Parse(text, fileName);
        if (root is null)
        {
            return LoadResult<ServiceConfig>.Failed([syntaxError!]);
        }

        var context = new YamlReadContext(fileName);
        var config = new ConfigReader(context, baseDirectory).Read(root);
        var diagnostics = context.SortedDiagnostics();
        return context.HasErrors || config is null
            ? LoadResult<ServiceConfig>.Failed(diagnostics)
            : new LoadResult<ServiceConfig>(config, diagnostics);
    }

    /// <summary>The config file in <paramref name="directory"/>, or null when there is none.</summary>
    public static string? FindIn(string directory) =>
        FileNames.Select(name => Path.Combine(directory, name)).FirstOrDefault(File.Exists);
}
