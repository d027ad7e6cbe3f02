namespace ServiceStandard.Checks.Tests.DesignSystem;

/// <summary>A small pack in a temporary folder: a tag and its deprecated predecessor, version 2.0.0.</summary>
internal sealed class TempPack : IDisposable
{
    private TempPack(string path) => Path = path;

    public string Path { get; }

    public static TempPack Create()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ss-pack-" + Guid.NewGuid().ToString("N"));
        Write(path, "pack.yml", "schemaVersion: 1\nid: test\nname: Test pack\nversion: 2.0.0\ncomponents: components\nprefix: x-\n");
        Write(path, "components/tag/component.yml", Component("tag", "Tag", "stable", null));
        Write(path, "components/old-tag/component.yml", Component("old-tag", "Old tag", "deprecated", "tag"));
        return new TempPack(path);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private static string Component(string id, string name, string status, string? replacement) => $"""
        schemaVersion: 1
        id: {id}
        name: {name}
        status: {status}
        {(replacement is null ? string.Empty : "replacement: " + replacement)}
        since: 1.0.0
        contract:
          root: .x-{id}
          rules:
            - id: text
              severity: minor
              wcag: ["4.1.2"]
              text: required
              message: The tag has no text.
        """;

    private static void Write(string root, string relative, string text)
    {
        var file = System.IO.Path.Combine(root, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }
}
