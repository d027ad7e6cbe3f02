using System.Reflection;

namespace ServiceStandard.Index.Server.Site;

/// <summary>
/// The design system's files the site links to (ds.min.css, js/init.js with the modules it imports,
/// in the same layout as the sources so their relative imports resolve) and the site's own
/// index-site.css, embedded in this assembly from designsystem/ at build time.
/// </summary>
public static class SiteAssets
{
    private const string Prefix = "index-site/";

    private static readonly Assembly Assembly = typeof(SiteAssets).Assembly;

    private static readonly Lazy<IReadOnlyList<string>> All = new(() =>
        [.. Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix + "assets/", StringComparison.Ordinal)).Select(n => n[Prefix.Length..]).Order(StringComparer.Ordinal)]);

    public static IReadOnlyList<string> Paths => All.Value;

    public static SiteFile? Get(string path)
    {
        if (!path.StartsWith("assets/", StringComparison.Ordinal))
        {
            return null;
        }

        using var stream = Assembly.GetManifestResourceStream(Prefix + path);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new SiteFile(path, buffer.ToArray(), ContentType(path));
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        _ => "application/octet-stream",
    };
}
