namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>A design system folder in a temporary directory, as small as the build accepts, for tests that break it on purpose.</summary>
internal sealed class SmallDesignSystem : IDisposable
{
    public SmallDesignSystem()
    {
        Root = Directory.CreateTempSubdirectory("ds-sources-").FullName;
        Write("package.json", """{ "name": "x", "version": "1.0.0" }""");
        Write("tokens/c.tokens.json", """{ "color": { "text": { "$type": "color", "$value": "#000" } } }""");
        Write("js/init-modules.js", "export function initModules(modules, scope) {}\n");
    }

    public string Root { get; }

    /// <summary>Writes <paramref name="text"/> at <paramref name="path"/> (relative, with '/'), creating folders.</summary>
    public SmallDesignSystem Write(string path, string text)
    {
        var file = Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return this;
    }

    public string Read(string path) => File.ReadAllText(Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar)));

    public BuildResult Build() => DesignSystemBuild.Run(Root);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
