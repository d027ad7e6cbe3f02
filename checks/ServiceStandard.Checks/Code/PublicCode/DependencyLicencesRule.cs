using System.Text.Json;
using ServiceStandard.Gathering.Source;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Code.PublicCode;

/// <summary>
/// "The codebase MUST be independent from any secret, undisclosed, proprietary or non-open licensed
/// software" (Make the codebase reusable and portable) and "Codebase versions that are ready to use MUST
/// only depend on versions of other codebases that are also ready to use" (Document codebase maturity):
/// every dependency fixed in a lock file, with an open licence. npm's lock files (v2 and later) carry each
/// package's licence, so a non-OSI or missing one is named for an assessor; NuGet's do not, so a locked
/// NuGet graph is handed to an assessor with its size. A manifest with no lock file is a violation.
/// </summary>
public static class DependencyLicencesRule
{
    public const string RuleId = "dependency-licences";

    private const int ListedPackages = 5;

    public static void Run(SourceSnapshot snapshot, PublicCodeFindings found)
    {
        var central = snapshot.Manifests.Any(m => Path.GetFileName(m.RelativePath).Equals("Directory.Packages.props", StringComparison.OrdinalIgnoreCase));
        foreach (var manifest in snapshot.Manifests)
        {
            var name = Path.GetFileName(manifest.RelativePath);
            var folder = SourceTreeReader.FolderOf(manifest.RelativePath);
            if (name.Equals("package.json", StringComparison.OrdinalIgnoreCase) && HasNpmDependencies(manifest.Text) &&
                !HasLockUpwards(snapshot, folder, "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml"))
            {
                found.Add(RuleId, "npm-unlocked", FindingKind.Violation, manifest.RelativePath, ("path", manifest.RelativePath));
            }
            else if (name.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) && manifest.Text.Contains("<PackageReference", StringComparison.OrdinalIgnoreCase) &&
                !central && !HasSibling(snapshot, folder, "packages.lock.json"))
            {
                found.Add(RuleId, "nuget-unlocked", FindingKind.Violation, manifest.RelativePath, ("path", manifest.RelativePath));
            }
        }

        foreach (var path in snapshot.AllFiles.Where(IsLockFile))
        {
            var lockFile = snapshot.LockFiles.FirstOrDefault(l => l.RelativePath == path);
            if (lockFile is null)
            {
                found.Add(RuleId, "unreadable", FindingKind.NeedsReview, path, ("path", path));
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(lockFile.Text, new JsonDocumentOptions { MaxDepth = 64 });
                if (Path.GetFileName(path).Equals("packages.lock.json", StringComparison.OrdinalIgnoreCase))
                {
                    NuGet(document.RootElement, path, found);
                }
                else
                {
                    Npm(document.RootElement, path, found);
                }
            }
            catch (JsonException)
            {
                found.Add(RuleId, "unreadable", FindingKind.NeedsReview, path, ("path", path));
            }
        }
    }

    private static void NuGet(JsonElement root, string path, PublicCodeFindings found)
    {
        var packages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("dependencies", out var frameworks) && frameworks.ValueKind == JsonValueKind.Object)
        {
            foreach (var framework in frameworks.EnumerateObject().Where(f => f.Value.ValueKind == JsonValueKind.Object))
            {
                foreach (var package in framework.Value.EnumerateObject())
                {
                    if (package.Value.ValueKind == JsonValueKind.Object && package.Value.TryGetProperty("type", out var type) && type.GetString() is not "Project")
                    {
                        packages.Add(package.Name);
                    }
                }
            }
        }

        if (packages.Count > 0)
        {
            found.Add(RuleId, "nuget-licences", FindingKind.NeedsReview, path, ("path", path), ("count", packages.Count));
        }
    }

    private static void Npm(JsonElement root, string path, PublicCodeFindings found)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("packages", out var packages) || packages.ValueKind != JsonValueKind.Object)
        {
            // Lock file version 1 lists no licences.
            found.Add(RuleId, "unreadable", FindingKind.NeedsReview, path, ("path", path));
            return;
        }

        var notOpen = new List<string>();
        var unrecorded = 0;
        foreach (var package in packages.EnumerateObject())
        {
            var at = package.Name.LastIndexOf("node_modules/", StringComparison.Ordinal);
            if (at < 0 || package.Value.ValueKind != JsonValueKind.Object ||
                (package.Value.TryGetProperty("link", out var link) && link.ValueKind == JsonValueKind.True))
            {
                continue; // the root project, a workspace folder of this repository, or a link to one
            }

            if (!package.Value.TryGetProperty("license", out var l) || l.ValueKind != JsonValueKind.String)
            {
                // npm records a licence only when the package declares one, and older npm versions never did.
                unrecorded++;
            }
            else if (!IsOpen(l.GetString()))
            {
                notOpen.Add($"{package.Name[(at + "node_modules/".Length)..]} ({l.GetString()})");
            }
        }

        if (notOpen.Count > 0)
        {
            var listed = string.Join(", ", notOpen.Distinct(StringComparer.Ordinal).Take(ListedPackages));
            found.Add(RuleId, "npm-not-open", FindingKind.NeedsReview, path, ("path", path), ("count", notOpen.Count), ("packages", notOpen.Count > ListedPackages ? listed + ", …" : listed));
        }

        if (unrecorded > 0)
        {
            found.AddAt(RuleId, "npm-unrecorded", FindingKind.NeedsReview, path, 1, 1, "unrecorded", ("path", path), ("count", unrecorded));
        }
    }

    /// <summary>An SPDX expression any of whose choices (OR) is all OSI-approved.</summary>
    public static bool IsOpen(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return false;
        }

        var (ids, problem) = SpdxLicences.Parse(expression.Trim('(', ')', ' '));
        if (problem is not null || ids.Count == 0)
        {
            return false;
        }

        return expression.Contains(" OR ", StringComparison.Ordinal)
            ? ids.Any(id => SpdxLicences.Find(id)?.OsiApproved == true)
            : ids.All(id => SpdxLicences.Find(id)?.OsiApproved == true);
    }

    private static bool IsLockFile(string path) =>
        Path.GetFileName(path).ToLowerInvariant() is "packages.lock.json" or "package-lock.json" or "npm-shrinkwrap.json";

    private static bool HasSibling(SourceSnapshot snapshot, string folder, params string[] names) =>
        names.Any(n => snapshot.AllFiles.Contains(folder.Length == 0 ? n : folder + "/" + n, StringComparer.Ordinal));

    /// <summary>A lock file beside the manifest or in a folder above it (npm, yarn and pnpm workspaces lock every member at the root).</summary>
    private static bool HasLockUpwards(SourceSnapshot snapshot, string folder, params string[] names)
    {
        while (true)
        {
            if (HasSibling(snapshot, folder, names))
            {
                return true;
            }

            if (folder.Length == 0)
            {
                return false;
            }

            folder = SourceTreeReader.FolderOf(folder);
        }
    }

    private static bool HasNpmDependencies(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
            return document.RootElement.ValueKind == JsonValueKind.Object &&
                new[] { "dependencies", "devDependencies", "optionalDependencies" }.Any(s =>
                    document.RootElement.TryGetProperty(s, out var d) && d.ValueKind == JsonValueKind.Object && d.EnumerateObject().Any());
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
