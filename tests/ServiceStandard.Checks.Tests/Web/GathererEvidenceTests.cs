using ServiceStandard.Gathering.Web;
using ServiceStandard.Testing;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Tests.Web;

/// <summary>What one browser visit gathers, checked on the real sample service in real Chromium.</summary>
public sealed class GathererEvidenceTests(SampleServiceHost host) : IClassFixture<SampleServiceHost>
{
    private WebGatherRequest Request(params string[] paths) => new()
    {
        BaseUrl = host.BaseUrl,
        AllowedOrigins = [host.BaseUrl.GetLeftPart(UriPartial.Authority)],
        Pages = [.. paths.Select(host.Url)],
        Concurrency = 2,
    };

    [Fact]
    public async Task Axe_speaks_the_language_of_the_run()
    {
        var english = await GatherOneAsync(Request("/bad/start"));
        var spanish = await GatherOneAsync(Request("/bad/start") with { Axe = new AxeSettings { Locale = "es" } });

        var inEnglish = Assert.Single(english.Axe!.Violations, v => v.Id == "image-alt");
        var inSpanish = Assert.Single(spanish.Axe!.Violations, v => v.Id == "image-alt");
        Assert.Equal("Images must have alternative text", inEnglish.Help);
        Assert.NotEqual(inEnglish.Help, inSpanish.Help);
        Assert.Contains("texto alternativo", inSpanish.Help, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("es", spanish.Axe.Locale);
    }

    [Fact]
    public async Task Failing_elements_are_photographed_cropped_and_capped()
    {
        var folder = Directory.CreateTempSubdirectory("servicestandard-shots-").FullName;
        try
        {
            var page = await GatherOneAsync(Request("/bad/start") with { ScreenshotDirectory = folder, MaxScreenshotsPerPage = 3 });

            var shot = Assert.Single(page.Screenshots);
            Assert.Equal("img", shot.Selector);
            var file = Path.Combine(folder, shot.File);
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            Assert.InRange(shot.Width, 1, 800);
            Assert.InRange(shot.Height, 1, 400);
            Assert.True(bytes.Length < 200_000, $"a cropped element picture should be small, was {bytes.Length} bytes");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_element_below_the_first_screen_is_scrolled_to_and_photographed_whole()
    {
        var folder = Directory.CreateTempSubdirectory("servicestandard-shots-").FullName;
        try
        {
            var page = await GatherOneAsync(Request("/faults/below-the-fold") with { ScreenshotDirectory = folder, Evidence = new HashSet<EvidenceKind> { EvidenceKind.Axe, EvidenceKind.ErrorSummary } });

            Assert.Contains(page.Axe!.Violations, v => v.Id == "image-alt");
            var shot = Assert.Single(page.Screenshots);
            Assert.Equal("img", shot.Selector);
            // The 120 x 60 image with the 4 px margin on each side: all of it, not a cut of the first screen.
            Assert.Equal((128, 68), (shot.Width, shot.Height));
            var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, shot.File));
            Assert.Equal((128, 68), PngSize(bytes));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Tabs_with_a_roving_tabindex_are_one_tab_stop_and_an_unreachable_tab_list_is_not()
    {
        var page = await GatherOneAsync(Request("/faults/tabs") with { Evidence = new HashSet<EvidenceKind> { EvidenceKind.Keyboard } });

        var notReached = page.Keyboard!.NotReached.Select(e => e.Selector).ToList();
        Assert.DoesNotContain(notReached, s => s.Contains("tab-month", StringComparison.Ordinal) || s.Contains("tab-year", StringComparison.Ordinal));
        Assert.Contains(notReached, s => s.Contains("tab-a", StringComparison.Ordinal));
        Assert.Contains(notReached, s => s.Contains("tab-b", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_journey_steps_on_one_URL_keep_their_own_screenshots()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"ss-shots-{Guid.NewGuid():N}");
        try
        {
            var request = Request() with
            {
                Pages = [],
                Journeys = [new JourneyPlan("redraw", [new JourneyAction(1, "goto", Value: "/faults/same-url"), new JourneyAction(2, "click", "#redraw")])],
                ScreenshotDirectory = folder,
                Evidence = new HashSet<EvidenceKind> { EvidenceKind.Axe },
            };

            var outcome = await new WebGatherer().GatherAsync(request, null, CancellationToken.None);

            Assert.Equal(2, outcome.Pages.Count);
            var shots = outcome.Pages.Select(p => Assert.Single(p.Screenshots, s => s.Selector.Contains("picture", StringComparison.Ordinal))).ToList();
            Assert.NotEqual(shots[0].File, shots[1].File);
            // Each file still shows its own step: the redrawn picture is the wider one.
            var widths = shots.Select(s => PngSize(File.ReadAllBytes(Path.Combine(folder, s.File))).Width).ToList();
            Assert.True(widths[1] > widths[0], $"picture widths {widths[0]} and {widths[1]}");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Width and height from a PNG's IHDR chunk (big-endian, right after the signature and chunk header).</summary>
    private static (int Width, int Height) PngSize(byte[] png) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));

    [Fact]
    public async Task Snapshot_holds_the_final_dom_title_lang_and_status()
    {
        var page = await GatherOneAsync(Request("/good/help"));

        Assert.Equal(200, page.Status);
        Assert.Equal("en", page.Lang);
        Assert.StartsWith("Help with fishing permits", page.Title, StringComparison.Ordinal);
        Assert.Contains("<main", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-servicestandard-sentinel", page.Html, StringComparison.Ordinal);
        Assert.NotNull(page.Keyboard);
        Assert.True(page.Keyboard!.Completed, "the Tab walk should go all the way round a clean page");
        Assert.Equal("body > a", page.Keyboard.Stops[0].Selector);
        Assert.True(page.Keyboard.SkipLink is { Present: true, IsFirst: true, TargetExists: true, TargetFocusable: true });
        Assert.False(page.Reflow!.HorizontalScroll);
        Assert.Equal(320, page.Reflow.ViewportWidth);
    }

    [Fact]
    public async Task Checks_that_are_not_selected_gather_nothing()
    {
        var page = await GatherOneAsync(Request("/good/start") with { Evidence = new HashSet<EvidenceKind> { EvidenceKind.Axe, EvidenceKind.ErrorSummary } });

        Assert.NotNull(page.Axe);
        Assert.Null(page.Keyboard);
        Assert.Null(page.Reflow);
        Assert.Null(page.TextSpacing);
        Assert.Null(page.Design);
        Assert.Equal([EvidenceKind.Html, EvidenceKind.Axe, EvidenceKind.ErrorSummary], page.Probed);
    }

    [Fact]
    public async Task A_single_focusable_element_is_not_a_trap()
    {
        var page = await GatherOneAsync(Request("/faults/one-link") with { Evidence = new HashSet<EvidenceKind> { EvidenceKind.Axe, EvidenceKind.Keyboard, EvidenceKind.ErrorSummary } });

        Assert.True(page.Keyboard!.Completed);
        Assert.Empty(page.Keyboard.Traps);
        Assert.Single(page.Keyboard.Stops);
    }

    [Fact]
    public async Task Focus_passing_through_a_frame_is_not_a_trap()
    {
        var page = await GatherOneAsync(Request("/faults/frame") with { Evidence = new HashSet<EvidenceKind> { EvidenceKind.Axe, EvidenceKind.Keyboard, EvidenceKind.ErrorSummary } });

        Assert.Empty(page.Keyboard!.Traps);
        Assert.Contains(page.Keyboard.Stops, s => s.Snippet.Contains("After the frame", StringComparison.Ordinal));
        Assert.Empty(page.Keyboard.NotReached);
    }

    private static async Task<PageSnapshot> GatherOneAsync(WebGatherRequest request)
    {
        var outcome = await new WebGatherer().GatherAsync(request, null, CancellationToken.None);
        Assert.Null(outcome.FatalError);
        var page = Assert.Single(outcome.Pages);
        Assert.Null(page.Error);
        return page;
    }
}
