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
