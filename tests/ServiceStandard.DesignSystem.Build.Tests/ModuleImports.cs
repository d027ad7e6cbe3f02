using System.Text.RegularExpressions;

namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>
/// The static imports of a set of ES modules, resolved as a browser would against the files shipped
/// beside them, so a test can show that every module a package ships loads from that package.
/// </summary>
internal static partial class ModuleImports
{
    /// <summary>"file: 'specifier' → resolved" for each relative import in <paramref name="files"/> (path with '/' → text) that names no file of the set.</summary>
    public static IReadOnlyList<string> Unresolved(IReadOnlyDictionary<string, string> files)
    {
        var problems = new List<string>();
        foreach (var (path, text) in files.Where(f => f.Key.EndsWith(".js", StringComparison.Ordinal)))
        {
            foreach (Match import in Import().Matches(text))
            {
                var specifier = import.Groups["path"].Value;
                var target = Resolve(path, specifier);
                if (target is null || !files.ContainsKey(target))
                {
                    problems.Add($"{path}: '{specifier}' → {target ?? "outside the package"}");
                }
            }
        }

        return problems;
    }

    /// <summary>How many imports <paramref name="files"/> hold, so a test can tell that it looked at something.</summary>
    public static int Count(IReadOnlyDictionary<string, string> files) =>
        files.Where(f => f.Key.EndsWith(".js", StringComparison.Ordinal)).Sum(f => Import().Count(f.Value));

    private static string? Resolve(string from, string specifier)
    {
        if (!specifier.StartsWith("./", StringComparison.Ordinal) && !specifier.StartsWith("../", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = from.Split('/').SkipLast(1).ToList();
        foreach (var part in specifier.Split('/'))
        {
            switch (part)
            {
                case ".":
                    break;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(part);
                    break;
            }
        }

        return string.Join('/', parts);
    }

    [GeneratedRegex("""^\s*(?:import\s*(?:[\w*{$][^'";]*?\bfrom\s*)?|export\s*[*{][^'";]*?\bfrom\s*)(?<q>['"])(?<path>[^'"]+)\k<q>""", RegexOptions.Multiline)]
    private static partial Regex Import();
}
