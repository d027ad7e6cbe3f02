namespace ServiceStandard.Testing;

/// <summary>
/// Folders for what browser and CLI tests write (reports, evidence, element pictures), under
/// artifacts/test-output and kept after the run: when such a test fails, its message names the
/// folder, and the report.html in it shows what the browser saw. build.sh empties it before a run.
/// </summary>
public static class TestOutput
{
    public static DirectoryInfo Create(string name) =>
        Directory.CreateDirectory(RepositoryPaths.Combine("artifacts", "test-output", $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)]));
}
