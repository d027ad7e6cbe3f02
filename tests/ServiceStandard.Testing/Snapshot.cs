using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ServiceStandard.Testing;

/// <summary>
/// Snapshot assertions with <c>Name.verified.ext</c> files next to the test, in the layout of the
/// Verify library, so moving to Verify later is a rename. A mismatch writes <c>Name.received.ext</c>
/// beside it and fails with a line diff. Set SERVICESTANDARD_ACCEPT_SNAPSHOTS=1 to accept.
/// </summary>
public static class Snapshot
{
    public static void Verify(string actual, string name, string extension = "txt", [CallerFilePath] string testFile = "")
    {
        var directory = Path.GetDirectoryName(testFile)!;
        var verifiedPath = Path.Combine(directory, $"{name}.verified.{extension}");
        var receivedPath = Path.Combine(directory, $"{name}.received.{extension}");
        var normalized = Normalize(actual);

        if (Environment.GetEnvironmentVariable("SERVICESTANDARD_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verifiedPath, normalized, new UTF8Encoding(false));
        }

        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(receivedPath, normalized, new UTF8Encoding(false));
            throw new Xunit.Sdk.XunitException($"No snapshot {verifiedPath} yet. The output was written to {receivedPath}; review it and rename it to accept.");
        }

        var expected = Normalize(File.ReadAllText(verifiedPath));
        if (expected == normalized)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, normalized, new UTF8Encoding(false));
        throw new Xunit.Sdk.XunitException($"Snapshot {verifiedPath} differs (received: {receivedPath}):{Environment.NewLine}{Diff(expected, normalized)}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var builder = new StringBuilder();
        foreach (var line in diff.Lines.Where(l => l.Type != ChangeType.Unchanged).Take(60))
        {
            builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").AppendLine(line.Text);
        }

        return builder.ToString();
    }
}
