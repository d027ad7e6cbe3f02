using System.Text;
using AngleSharp.Html.Parser;
using Xunit.Abstractions;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.DesignSystem.Tests;

/// <summary>
/// Checking a page costs time in proportion to its size. Ten times the instances take about ten times
/// as long when linear and about a hundred times when a rule rescans the page per instance; the tests
/// fail above 32 times (between the two), which tells the growth apart without racing the machine:
/// the large page alone outgrows the CPU caches, and a quiet soak saw 15.6 times once (issue 12).
/// Category Timing: `./build.sh test` runs these after every other test, on a quiet machine; next
/// to the browser tests of other projects the large page's time grew by up to 1.7x (CPU time too:
/// other processes fill the shared caches), which measures the machine, not the code.
/// </summary>
[Trait("Category", "Timing")]
public class LinearTimeTests(ITestOutputHelper output)
{
    /// <summary>Between linear (10×) and quadratic (100×) growth, nearer their geometric middle.</summary>
    private const double MaxRatio = 32;

    [Fact]
    public void Ten_times_the_instances_grow_linearly_not_quadratically()
    {
        var engine = DesignSystemFiles.Engine;
        var small = new HtmlParser().ParseDocument(PageWith(500));
        var large = new HtmlParser().ParseDocument(PageWith(5_000));

        Assert.Empty(engine.Evaluate(small).Violations);
        Assert.Equal(5_000 + 1, engine.Evaluate(large).Instances["button"]);

        var (smallTime, largeTime) = Fastest(() => engine.Evaluate(small), () => engine.Evaluate(large), rounds: 12);
        var ratio = largeTime.TotalMilliseconds / smallTime.TotalMilliseconds;

        var clock = ThreadCpuClock.IsCpuTime ? "thread CPU time" : "wall time";
        output.WriteLine($"500 instances: {smallTime.TotalMilliseconds:F2} ms, 5,000: {largeTime.TotalMilliseconds:F2} ms ({clock}), ratio {ratio:F1}");
        Assert.True(ratio < MaxRatio, $"500 instances: {smallTime.TotalMilliseconds:F2} ms, 5,000: {largeTime.TotalMilliseconds:F2} ms ({clock}), ratio {ratio:F1}");
    }

    [Fact]
    public void The_design_system_checks_also_take_time_in_proportion_to_the_page()
    {
        // The whole family as the runner calls it on a parsed page (parsing is AngleSharp's, shared
        // with other readers, as in the test above): index, contracts, version and adoption checks,
        // findings mapped; every button numbered 9… has an unknown modifier, so findings grow too.
        var pack = ServiceStandard.Checks.DesignSystem.DesignSystemPack.Load(Testing.RepositoryPaths.Combine("designsystem")).Value!;
        const string Secondary = "ds-button--secondary\" data-module=\"ds-button\">Save 9";
        const string Huge = "ds-button--huge\" data-module=\"ds-button\">Save 9";
        var small = Snapshot(PageWith(500).Replace(Secondary, Huge, StringComparison.Ordinal));
        var large = Snapshot(PageWith(5_000).Replace(Secondary, Huge, StringComparison.Ordinal));
        var smallDocument = new HtmlParser().ParseDocument(small.Html);
        var largeDocument = new HtmlParser().ParseDocument(large.Html);
        var context = new ServiceStandard.Checks.Engine.CheckContext { ServiceLanguages = ["en"], ServicePhase = "live" };
        int Run(ServiceStandard.Model.Evidence.PageSnapshot page, AngleSharp.Dom.IDocument document)
        {
            var analyses = new ServiceStandard.Checks.DesignSystem.PageAnalyses(pack);
            analyses.For(page, document);
            return ServiceStandard.Checks.DesignSystem.DesignSystemChecks.Create(analyses)
                .Sum(c => c.Run(new ServiceStandard.Checks.Engine.WebEvidence([page]), context).Count());
        }

        Assert.True(Run(large, largeDocument) > 10 * Run(small, smallDocument) / 2);
        var (smallTime, largeTime) = Fastest(() => Run(small, smallDocument), () => Run(large, largeDocument), rounds: 8);
        var ratio = largeTime.TotalMilliseconds / smallTime.TotalMilliseconds;
        output.WriteLine($"design-system checks, 500 instances: {smallTime.TotalMilliseconds:F2} ms, 5,000: {largeTime.TotalMilliseconds:F2} ms, ratio {ratio:F1}");
        Assert.True(ratio < MaxRatio, $"500 instances: {smallTime.TotalMilliseconds:F2} ms, 5,000: {largeTime.TotalMilliseconds:F2} ms, ratio {ratio:F1}");

        static ServiceStandard.Model.Evidence.PageSnapshot Snapshot(string html) => new()
        {
            RequestedUrl = "https://service.test/many",
            FinalUrl = "https://service.test/many",
            Origin = ServiceStandard.Model.Evidence.PageOrigin.Listed,
            Html = html,
            Design = new([], [], [new(null, "/*! ServiceStandard Design System v0.1.0 */")]),
        };
    }

    /// <summary>A page of <paramref name="count"/> buttons, each in a form group with a label, an input and an error message, plus one error summary.</summary>
    private static string PageWith(int count)
    {
        var body = new StringBuilder();
        body.Append("<div class=\"ds-error-summary\" data-module=\"ds-error-summary\"><div role=\"alert\"><h2 class=\"ds-error-summary__title\">There is a problem</h2><div class=\"ds-error-summary__body\"><ul class=\"ds-list ds-error-summary__list\"><li><a href=\"#field-0\">Enter field 0</a></li></ul></div></div></div>");
        for (var i = 0; i < count; i++)
        {
            var error = i == 0;
            body.Append($"<div class=\"ds-form-group{(error ? " ds-form-group--error" : string.Empty)}\">")
                .Append($"<label class=\"ds-label\" for=\"field-{i}\">Field {i}</label>")
                .Append(error ? $"<p id=\"field-{i}-error\" class=\"ds-error-message\"><span class=\"ds-visually-hidden\">Error:</span> Enter field {i}</p>" : string.Empty)
                .Append($"<input class=\"ds-input{(error ? " ds-input--error" : string.Empty)}\" id=\"field-{i}\" name=\"field{i}\" type=\"text\"{(error ? $" aria-describedby=\"field-{i}-error\"" : string.Empty)}>")
                .Append("</div>")
                .Append($"<button type=\"submit\" class=\"ds-button{(i % 2 == 0 ? string.Empty : " ds-button--secondary")}\" data-module=\"ds-button\">Save {i}</button>");
        }

        return ExamplePage.Wrap(body.ToString() + "<a href=\"/apply/start\" role=\"button\" draggable=\"false\" class=\"ds-button ds-button--start\">Start now</a>", "Many instances");
    }

    /// <summary>
    /// The fastest of several runs of each, interleaved so both see the same machine (a shared CI
    /// machine's load comes and goes): the minimum is the run least disturbed by other work.
    /// </summary>
    private static (TimeSpan Small, TimeSpan Large) Fastest(Action small, Action large, int rounds)
    {
        // Warm up first: the JIT recompiles hot methods with full optimisation after some calls, and
        // runs measured before that would make whichever size ran first look slow.
        for (var i = 0; i < 60; i++)
        {
            small();
        }

        large();
        Thread.Sleep(200);

        var fastestSmall = TimeSpan.MaxValue;
        var fastestLarge = TimeSpan.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < 3; i++)
            {
                fastestSmall = Min(fastestSmall, Time(small));
            }

            fastestLarge = Min(fastestLarge, Time(large));
        }

        return (fastestSmall, fastestLarge);
    }

    private static TimeSpan Time(Action action)
    {
        var start = ThreadCpuClock.Now;
        action();
        return ThreadCpuClock.Now - start;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
