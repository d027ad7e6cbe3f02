namespace ServiceStandard.Checks.Tests.Code;

/// <summary>A source folder written to a temporary directory for one test, deleted afterwards.</summary>
internal sealed class TempSourceTree : IDisposable
{
    public TempSourceTree(params (string Path, string Text)[] files)
    {
        Root = Path.Combine(Path.GetTempPath(), "ss-code-" + Guid.NewGuid().ToString("N"));
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }
    }

    public string Root { get; }

    public void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
