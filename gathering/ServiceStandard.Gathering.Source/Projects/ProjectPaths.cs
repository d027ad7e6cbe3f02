namespace ServiceStandard.Gathering.Source.Projects;

/// <summary>
/// Paths as project evaluation sees them: relative to the analysed folder, '/'-separated, the
/// folder itself being the empty string. Where MSBuild would give a full path
/// (<c>$(MSBuildThisFileDirectory)</c>, <c>GetPathOfFileAbove</c>) evaluation gives the path under
/// the analysed folder with a leading '/', as if that folder were the file system's root: an
/// absolute path in a project file therefore names a file inside the folder, and <c>..</c> above the
/// top has no value, so a project file cannot make us read elsewhere.
/// </summary>
public static class ProjectPaths
{
    /// <summary>A path as an expression yields it: anchored at the analysed folder when it starts with '/', else relative to <paramref name="baseFolder"/>.</summary>
    public static string? Resolve(string path, string baseFolder)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = path.Replace('\\', '/');
        return text.StartsWith('/') ? Normalize(text.TrimStart('/')) : Combine(baseFolder, text);
    }

    /// <summary>The full-path spelling of a folder-relative path: '/' + path.</summary>
    public static string Anchored(string relative) => "/" + relative;

    /// <summary>The path with <c>.</c> and <c>..</c> resolved; null when it is absolute or climbs out of the folder.</summary>
    public static string? Normalize(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = path.Replace('\\', '/');
        if (text.StartsWith('/') || (text.Length >= 2 && text[1] == ':'))
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var part in text.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    public static string? Combine(string folder, string relative) =>
        Normalize(folder.Length == 0 ? relative : folder + "/" + relative);

    public static string? Parent(string folder)
    {
        if (folder.Length == 0)
        {
            return null;
        }

        var slash = folder.LastIndexOf('/');
        return slash < 0 ? string.Empty : folder[..slash];
    }

    /// <summary>A folder as MSBuild spells directory properties: full, with a trailing slash.</summary>
    public static string AsDirectory(string folder) => folder.Length == 0 ? "/" : "/" + folder + "/";
}
