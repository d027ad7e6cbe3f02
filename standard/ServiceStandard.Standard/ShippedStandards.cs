using System.Reflection;
using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.Standard;

/// <summary>The standards that ship inside the tool, and resolution of "id or path" arguments.</summary>
public static class ShippedStandards
{
    private const string Prefix = "standards/";

    public static IReadOnlyList<string> Ids { get; } =
        [.. typeof(ShippedStandards).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".yml", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".yml".Length])
            .Order(StringComparer.Ordinal)];

    public static string DefaultId => "digital-service-standard";

    public static string ReadText(string id)
    {
        using var stream = typeof(ShippedStandards).Assembly.GetManifestResourceStream(Prefix + id + ".yml")
            ?? throw new ArgumentException($"No shipped standard '{id}'.", nameof(id));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// A shipped standard by id, or a team's own standard by file path. Shipped data that does not
    /// load is a bug in the tool, so that throws; a user's file gets diagnostics.
    /// </summary>
    public static LoadResult<StandardDefinition> Resolve(string idOrPath)
    {
        if (Ids.Contains(idOrPath, StringComparer.Ordinal))
        {
            return Load(idOrPath);
        }

        if (File.Exists(idOrPath))
        {
            return StandardLoader.LoadFile(idOrPath);
        }

        return LoadResult<StandardDefinition>.Failed([Diagnostic.Error(
            new SourceLocation(idOrPath, 1, 1),
            $"no shipped standard is called '{idOrPath}' and no such file exists; shipped standards: {string.Join(", ", Ids)}")]);
    }

    public static LoadResult<StandardDefinition> Load(string id)
    {
        var result = StandardLoader.Parse(ReadText(id), $"{Prefix}{id}.yml");
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The shipped standard '{id}' is invalid: {string.Join("; ", result.Errors)}");
        }

        return result;
    }
}
