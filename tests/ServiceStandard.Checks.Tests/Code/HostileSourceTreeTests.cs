using System.Diagnostics;
using ServiceStandard.Gathering.Source;

namespace ServiceStandard.Checks.Tests.Code;

/// <summary>
/// The candidate's repository is hostile: links that point at endless files or out of the tree,
/// FIFOs that never answer and oversized files are not read, and the rest still is.
/// </summary>
public sealed class HostileSourceTreeTests
{
    [Fact]
    public async Task Links_fifos_and_oversized_files_are_not_read_and_the_rest_is()
    {
        using var tree = new TempSourceTree(("Program.cs", "System.Console.WriteLine(1);\n"));
        File.CreateSymbolicLink(Path.Combine(tree.Root, "Zero.cs"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(tree.Root, "README.md"), "/etc/passwd");
        MakeFifo(Path.Combine(tree.Root, "Pipe.cs"));
        await File.WriteAllTextAsync(Path.Combine(tree.Root, "Huge.cs"), "// " + new string('x', 3 * 1024 * 1024));

        // Bounded by the harness, not a timing assertion: before the fix this read grew without end.
        var snapshot = await SourceTreeReader.ReadAsync(new SourceRequest(tree.Root), CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Contains(snapshot.Sources, s => s.RelativePath == "Program.cs");
        Assert.DoesNotContain(snapshot.Sources, s => s.RelativePath is "Zero.cs" or "Huge.cs");
        Assert.DoesNotContain(snapshot.RootDocuments, d => d.Text.Contains("root:", StringComparison.Ordinal));
        Assert.All(snapshot.Sources, s => Assert.True(s.Text.Length < 3 * 1024 * 1024));
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
