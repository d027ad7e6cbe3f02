using System.Diagnostics.CodeAnalysis;

namespace ServiceStandard.Configuration;

/// <summary>The URL rules of the config: absolute http(s) URLs, origins, and paths against the base URL.</summary>
internal static class ConfigUrls
{
    /// <summary><c>scheme://host[:port]</c>, lowercase, the default port left out.</summary>
    public static string OriginOf(Uri url) => url.GetLeftPart(UriPartial.Authority);

    public static bool TryParseAbsolute(string text, [NotNullWhen(true)] out Uri? url)
    {
        // On Unix "/start" parses as an absolute file: URI, so the scheme is what decides.
        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) &&
            (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps) &&
            !string.IsNullOrEmpty(parsed.Host))
        {
            url = parsed;
            return true;
        }

        url = null;
        return false;
    }

    /// <summary>A path from the host root, such as <c>/start</c> (but not the scheme-relative <c>//host/x</c>).</summary>
    public static bool IsPath(string text) => text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal);

    /// <summary>An origin as written in <c>allowedOrigins</c>: an absolute http(s) URL with nothing after the port.</summary>
    public static bool TryParseOrigin(string text, [NotNullWhen(true)] out string? origin)
    {
        origin = null;
        if (!TryParseAbsolute(text, out var url) || url.AbsolutePath != "/" || url.Query.Length > 0 || url.Fragment.Length > 0 || url.UserInfo.Length > 0)
        {
            return false;
        }

        origin = OriginOf(url);
        return true;
    }
}
