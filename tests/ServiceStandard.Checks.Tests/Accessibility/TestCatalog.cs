using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Testing;

namespace ServiceStandard.Checks.Tests.Accessibility;

/// <summary>
/// The check catalogue read from the source tree (checks/…/Descriptors/checks.yml), so tests do
/// not depend on it being embedded in the assembly.
/// </summary>
internal static class TestCatalog
{
    private static readonly Lazy<CheckCatalog> Loaded = new(() =>
    {
        var result = CheckCatalog.Parse(File.ReadAllText(FilePath), FilePath);
        return result.Succeeded ? result.Value! : throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
    });

    public static string FilePath => RepositoryPaths.Combine("checks", "ServiceStandard.Checks", "Descriptors", "checks.yml");

    public static CheckCatalog Instance => Loaded.Value;
}
