using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Testing;

namespace ServiceStandard.Checks.Tests.Web;

/// <summary>
/// Pages that attack the assessment (the sample service's <c>/hostile/</c> pages) are assessed like
/// any other: the probe and axe run where page scripts cannot reach them, with built-ins the page
/// cannot redefine, so the page's real defects are found.
/// </summary>
public sealed class HostilePageTests(SampleServiceHost host) : IClassFixture<SampleServiceHost>
{
    [Fact]
    public async Task A_page_that_wraps_the_probe_and_axe_cannot_empty_its_results()
    {
        var page = await GatherOneAsync("/hostile/forged-result");

        Assert.Null(page.Error);
        Assert.Contains(page.Axe!.Violations, v => v.Id == "image-alt");
        Assert.Equal("Forged result", page.Title);
    }

    [Fact]
    public async Task A_page_that_redefines_built_ins_is_assessed_and_its_defects_found()
    {
        var page = await GatherOneAsync("/hostile/redefined-builtins");

        Assert.Null(page.Error);
        Assert.Contains(page.Axe!.Violations, v => v.Id == "image-alt");
        // The click-only control is still seen through the hook in the page's own world.
        var notReached = Assert.Single(page.Keyboard!.NotReached, e => e.Selector.Contains("click-only", StringComparison.Ordinal));
        Assert.Equal("click handler", notReached.Reason);
        // The marks that carry click handlers across worlds are gone before the DOM is kept.
        Assert.DoesNotContain("data-servicestandard-", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("meta")]
    [InlineData("location")]
    [InlineData("form")]
    public async Task A_page_that_navigates_to_another_origin_is_assessed_where_it_is_and_the_request_is_never_sent(string how)
    {
        using var elsewhere = new OtherOrigin();
        var other = elsewhere.Url;

        var page = await GatherOneAsync($"/hostile/leave/{how}?to={Uri.EscapeDataString(other)}");

        Assert.Equal(string.Empty, elsewhere.Received);
        Assert.Null(page.Error);
        Assert.Equal($"/hostile/leave/{how}", new Uri(page.FinalUrl).AbsolutePath);
        Assert.Contains(page.Axe!.Violations, v => v.Id == "image-alt");
        var blocked = Assert.Single(page.BlockedNavigations);
        Assert.Equal(other, blocked.Url);
        Assert.NotEqual("redirect", blocked.When);
    }

    [Fact]
    public async Task A_popup_to_another_origin_never_opens()
    {
        using var elsewhere = new OtherOrigin();
        var other = elsewhere.Url;

        var page = await GatherOneAsync($"/hostile/leave/popup?to={Uri.EscapeDataString(other)}");

        Assert.Equal(string.Empty, elsewhere.Received);
        Assert.Null(page.Error);
        Assert.Contains(page.Axe!.Violations, v => v.Id == "image-alt");
    }

    [Fact]
    public async Task A_server_redirect_to_another_origin_is_reported_and_never_followed()
    {
        using var elsewhere = new OtherOrigin();
        var other = elsewhere.Url;

        var page = await GatherOneAsync($"/hostile/leave/redirect?to={Uri.EscapeDataString(other)}");

        Assert.Equal(string.Empty, elsewhere.Received);
        Assert.Equal("outside-origin", page.Error?.Kind);
        var blocked = Assert.Single(page.BlockedNavigations);
        Assert.Equal(other, blocked.Url);
        Assert.Equal("redirect", blocked.When);
    }

    [Fact]
    public async Task A_robots_txt_that_redirects_to_another_origin_is_not_followed_there()
    {
        using var elsewhere = new OtherOrigin();
        const string Page = "<!DOCTYPE html><html lang=\"en\"><head><title>Home</title></head><body><main><h1>Home</h1></main></body></html>";
        await using var server = new LoopbackHttpServer("/", path => Task.FromResult(path == "/robots.txt"
            ? LoopbackAnswer.Redirect(elsewhere.Url)
            : new LoopbackAnswer(200, "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(Page))));
        var request = new WebGatherRequest
        {
            BaseUrl = server.BaseUrl,
            AllowedOrigins = [server.BaseUrl.GetLeftPart(UriPartial.Authority)],
            Pages = [],
            Crawl = new CrawlPlan(5, 1, [], [], RespectRobotsTxt: true),
            Concurrency = 1,
        };

        var outcome = await new WebGatherer().GatherAsync(request, null, CancellationToken.None);

        Assert.Equal(string.Empty, elsewhere.Received);
        Assert.Null(Assert.Single(outcome.Pages).Error);
    }

    private async Task<PageSnapshot> GatherOneAsync(string path)
    {
        var request = new WebGatherRequest
        {
            BaseUrl = host.BaseUrl,
            AllowedOrigins = [host.BaseUrl.GetLeftPart(UriPartial.Authority)],
            Pages = [host.Url(path)],
            Concurrency = 1,
        };
        var outcome = await new WebGatherer().GatherAsync(request, null, CancellationToken.None);
        Assert.Null(outcome.FatalError);
        return Assert.Single(outcome.Pages);
    }
}
