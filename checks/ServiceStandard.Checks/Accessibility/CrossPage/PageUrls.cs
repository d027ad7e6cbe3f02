namespace ServiceStandard.Checks.Accessibility.CrossPage;

/// <summary>The parts of a page URL that the cross-page rules compare.</summary>
internal static class PageUrls
{
    /// <summary>
    /// The path without query or fragment, and without a trailing slash except for the root:
    /// <c>https://x/apply/?step=2#top</c> → <c>/apply</c>.
    /// </summary>
    public static string PathOf(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri.AbsolutePath
            : url.Split('?', '#')[0];
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    /// <summary>Whether the URL's query has a parameter <paramref name="name"/> (<c>?lang=es</c>).</summary>
    public static bool HasQueryParameter(string url, string name)
    {
        var query = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Query : url.Contains('?') ? url[url.IndexOf('?')..] : string.Empty;
        return query.TrimStart('?').Split('&').Any(pair => string.Equals(pair.Split('=')[0], name, StringComparison.OrdinalIgnoreCase));
    }
}
