
namespace ServiceStandard.Gathering.Web;

/// <summary>
/// Finds a Chromium to drive, in the order DESIGN.md gives: an explicit path, the
/// SERVICESTANDARD_CHROMIUM variable, a Playwright-installed Chromium, then the system's.
/// Playwright's own browser download is never required.
/// </summary>
public static class BrowserLocator
{
    public const string EnvironmentVariable = "SERVICESTANDARD_CHROMIUM";


    private static readonly string[] SystemCandidates = ["/usr/bin/chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>Returns the browser to use, or an explanation (in <paramref name="language"/>) of what to install.</summary>
    public static (string? Path, string? Problem) Locate(string? explicitPath, Func<string, string?> environment, string language = "en")
    {
        var messages = WebErrors.Messages;
        string Hint() => messages.Format(language, "browser-install-hint", ("variable", EnvironmentVariable));
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return File.Exists(explicitPath)
                ? (explicitPath, null)
                : (null, messages.Format(language, "browser-path-missing", ("path", explicitPath), ("hint", Hint())));
        }

        var fromEnvironment = environment(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return File.Exists(fromEnvironment)
                ? (fromEnvironment, null)
                : (null, messages.Format(language, "browser-variable-missing", ("variable", EnvironmentVariable), ("path", fromEnvironment), ("hint", Hint())));
        }

        var found = PlaywrightInstalled(environment).Concat(SystemCandidates.Select(c => FindOnPath(c, environment))).FirstOrDefault(p => p is not null && File.Exists(p));
        return found is not null
            ? (WrappedBinary(found), null)
            : (null, messages.Format(language, "browser-not-found", ("hint", Hint())));
    }

    /// <summary>
    /// Debian's /usr/bin/chromium is a shell script that runs a dozen commands and exports Google
    /// API keys before starting /usr/lib/chromium/chromium; we start the binary itself (our own
    /// flags cover what the script adds that matters headless, such as --disable-dev-shm-usage).
    /// </summary>
    internal static string WrappedBinary(string path)
    {
        if (path != "/usr/bin/chromium" || !File.Exists("/usr/lib/chromium/chromium"))
        {
            return path;
        }

        using var file = File.OpenRead(path);
        Span<byte> start = stackalloc byte[2];
        return file.Read(start) == 2 && start[0] == (byte)'#' && start[1] == (byte)'!' ? "/usr/lib/chromium/chromium" : path;
    }

    private static IEnumerable<string?> PlaywrightInstalled(Func<string, string?> environment)
    {
        var root = environment("PLAYWRIGHT_BROWSERS_PATH");
        if (string.IsNullOrEmpty(root))
        {
            var home = environment("HOME");
            root = home is null ? null : Path.Combine(home, ".cache", "ms-playwright");
        }

        if (root is null || !Directory.Exists(root))
        {
            yield break;
        }

        foreach (var directory in Directory.EnumerateDirectories(root, "chromium-*").Order(StringComparer.Ordinal).Reverse())
        {
            yield return Path.Combine(directory, "chrome-linux", "chrome");
            yield return Path.Combine(directory, "chrome-linux64", "chrome");
        }
    }

    private static string? FindOnPath(string name, Func<string, string?> environment)
    {
        if (Path.IsPathRooted(name))
        {
            return name;
        }

        var path = environment("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
    }
}
