using System.Text.RegularExpressions;
using ServiceStandard.DesignSystem.Build.Json;

namespace ServiceStandard.DesignSystem.Build.Package;

/// <summary>
/// designsystem/package.json: the one place the design system's version is written. The banner of
/// ds.css, tokens.json, the npm tarball and the Razor Class Library's package version all read it.
/// </summary>
public sealed partial record PackageManifest(string Name, string Version)
{
    public const string FileName = "package.json";

    public static PackageManifest? Read(string displayFile, string text, ICollection<BuildDiagnostic> diagnostics)
    {
        if (LocatedJsonParser.Parse(displayFile, text, diagnostics) is not LocatedObject root)
        {
            return null;
        }

        var name = root["name"] as LocatedString;
        var version = root["version"] as LocatedString;
        if (name is null || name.Value.Length == 0)
        {
            diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidPackage, root.Location, "package.json needs a \"name\"."));
        }

        if (version is null || !SemVer().IsMatch(version.Value))
        {
            diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidPackage, (root["version"] ?? root).Location, "package.json needs a \"version\" in semantic versioning form, such as \"1.2.0\"."));
        }

        return name is null || version is null || !SemVer().IsMatch(version.Value) || name.Value.Length == 0 ? null : new PackageManifest(name.Value, version.Value);
    }

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemVer();
}
