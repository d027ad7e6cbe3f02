namespace ServiceStandard.Gathering.Web;

/// <summary>One spelling per page, so a crawl visits each page once.</summary>
public static class UrlNormalizer
{
    public static Uri Normalize(Uri url)
    {
        var builder = new UriBuilder(url)
        {
            Fragment = string.Empty,
            Scheme = url.Scheme.ToLowerInvariant(),
            Host = url.Host.ToLowerInvariant(),
        };
        if (builder.Uri.IsDefaultPort)
        {
            builder.Port = -1;
        }

        if (builder.Path.Length == 0)
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }
}
