namespace ServiceStandard.Gathering.Web;

/// <summary>
/// Reads the service's robots.txt for the crawl. Redirects are followed only within the run's
/// origins (a robots.txt that redirects elsewhere is treated as absent, and nothing is sent
/// there), and at most 500 KiB are read, the limit RFC 9309 lets a crawler set.
/// </summary>
internal static class RobotsFetcher
{
    private const int MaxRedirects = 5;
    private const int MaxBytes = 500 * 1024;

    public static async Task<RobotsTxt> FetchAsync(Uri baseUrl, Func<Uri, bool> isAllowed, CancellationToken cancellationToken, string? userAgent = null)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
        if (userAgent is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);
        }

        var url = new Uri(baseUrl, "/robots.txt");
        try
        {
            for (var hop = 0; hop <= MaxRedirects; hop++)
            {
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    url = location.IsAbsoluteUri ? location : new Uri(url, location);
                    if (!isAllowed(url))
                    {
                        return RobotsTxt.AllowAll;
                    }

                    continue;
                }

                return response.IsSuccessStatusCode ? RobotsTxt.Parse(await ReadBoundedAsync(response, cancellationToken)) : RobotsTxt.AllowAll;
            }

            return RobotsTxt.AllowAll;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // No robots.txt reachable: the crawl's own limits still apply.
            return RobotsTxt.AllowAll;
        }
    }

    private static async Task<string> ReadBoundedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxBytes];
        var total = 0;
        int read;
        while (total < MaxBytes && (read = await stream.ReadAsync(buffer.AsMemory(total, MaxBytes - total), cancellationToken)) > 0)
        {
            total += read;
        }

        return System.Text.Encoding.UTF8.GetString(buffer, 0, total);
    }
}
