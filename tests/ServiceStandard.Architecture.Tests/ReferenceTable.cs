using ServiceStandard.Testing;

namespace ServiceStandard.Architecture.Tests;

/// <summary>The allowed references of ARCHITECTURE.md (the table between the arrows markers), per project.</summary>
public sealed record AllowedReferences(string Project, IReadOnlySet<string> Projects, IReadOnlySet<string> Packages);

public static class ReferenceTable
{
    public static string ArchitectureFile => RepositoryPaths.Combine("ARCHITECTURE.md");

    public static IReadOnlyDictionary<string, AllowedReferences> Load()
    {
        var text = File.ReadAllText(ArchitectureFile);
        var start = text.IndexOf("<!-- arrows:start -->", StringComparison.Ordinal);
        var end = text.IndexOf("<!-- arrows:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "ARCHITECTURE.md has no table between <!-- arrows:start --> and <!-- arrows:end -->");
        var rows = text[start..end].Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("| ServiceStandard.", StringComparison.Ordinal))
            .Select(line => line.Trim('|').Split('|').Select(cell => cell.Trim()).ToArray());
        return rows.ToDictionary(
            cells => cells[0],
            cells => new AllowedReferences(cells[0], Names(cells.ElementAtOrDefault(1)), Names(cells.ElementAtOrDefault(2))));
    }

    private static HashSet<string> Names(string? cell) =>
        [.. (cell ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
