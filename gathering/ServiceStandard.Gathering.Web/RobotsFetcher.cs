namespace ServiceStandard.Gathering.Web;

internal static class RobotsFetcher
{
    public static async Task<RobotsTxt> FetchAsync(Uri baseUrl, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            using var response = await client.GetAsync(new Uri(baseUrl, "/robots.txt"), cancellationToken);
            return response.IsSuccessStatusCode ? RobotsTxt.Parse(await response.Content.ReadAsStringAsync(cancellationToken)) : RobotsTxt.AllowAll;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // No robots.txt reachable: the crawl's own limits still apply.
            return RobotsTxt.AllowAll;
        }
    }
}
