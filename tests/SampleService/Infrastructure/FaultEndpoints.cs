using System.Globalization;
using System.Text;

namespace SampleService.Infrastructure;

/// <summary>
/// Pages that fail on purpose, for ServiceStandard's fault tests: a server error, a page that
/// never finishes loading, a redirect loop, a ~10 MB DOM and a redirect to another origin. They
/// live under <c>/faults/</c>, apart from <c>/good</c> and <c>/bad</c>, and nothing links to them,
/// so a crawl of either variant never meets them.
/// </summary>
public static class FaultEndpoints
{
    public const string Prefix = "/faults";

    /// <summary>Another origin on loopback with nothing listening (port 9, discard): a redirect there leaves the service.</summary>
    public const string ElsewhereUrl = "http://127.0.0.2:9/";

    /// <summary>How long /faults/slow takes to answer.</summary>
    public const int SlowSeconds = 8;

    /// <summary>Roughly how big the huge page is; built once, on first request.</summary>
    public const int HugeDomBytes = 10 * 1024 * 1024;

    private static readonly Lazy<byte[]> HugeDom = new(BuildHugeDom);

    public static IEndpointRouteBuilder MapFaultEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var faults = app.MapGroup(Prefix);

        // A page body of its own, so the status-code pages middleware leaves it alone.
        faults.MapGet("/500", () => Results.Content(
            Page("Sorry, there is a problem with the service", "<h1>Sorry, there is a problem with the service</h1><p>Try again later.</p>"),
            "text/html; charset=utf-8",
            Encoding.UTF8,
            StatusCodes.Status500InternalServerError));

        // The image never arrives, so the load event never fires.
        faults.MapGet("/never-loads", () => Results.Content(
            Page("A page that never finishes loading", $"<h1>A page that never finishes loading</h1><p>The picture below never arrives.</p><img src=\"{Prefix}/hang\" alt=\"A picture that never arrives\" width=\"10\" height=\"10\">"),
            "text/html; charset=utf-8",
            Encoding.UTF8));

        faults.MapGet("/hang", async (HttpContext context) =>
        {
            try
            {
                // Until the client goes away or the server stops (both abort the request).
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The browser gave up or the service is shutting down: nothing to send.
            }

            return Results.Empty;
        });

        // A link to a page the server takes SlowSeconds to answer, and one to a page it never
        // answers: a journey's click has to wait for the answer, not only for the link.
        faults.MapGet("/slow-link", () => Results.Content(
            Page("Slow links", $"<h1>Slow links</h1><p><a id=\"slow\" href=\"{Prefix}/slow\">A page that is slow to answer</a></p><p><a id=\"hang\" href=\"{Prefix}/hang\">A page that never answers</a></p>"),
            "text/html; charset=utf-8"));
        faults.MapGet("/slow", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(SlowSeconds), context.RequestAborted);
            return Results.Content(Page("Slow to answer", "<h1>Slow to answer</h1><p>The server took its time.</p>"), "text/html; charset=utf-8");
        });

        faults.MapGet("/redirect-loop", () => Results.Redirect($"{Prefix}/redirect-loop"));

        faults.MapGet("/huge-dom", () => Results.Bytes(HugeDom.Value, "text/html; charset=utf-8"));

        faults.MapGet("/elsewhere", () => Results.Redirect(ElsewhereUrl));

        // Edge cases of a keyboard walk: a page with a single focusable element (focus wraps to
        // it), and a page whose focus passes through a frame the walk cannot follow.
        faults.MapGet("/one-link", () => Results.Content(
            Page("One link", "<h1>One link</h1><p><a href=\"/faults/one-link\">The only link</a></p>"), "text/html; charset=utf-8"));
        faults.MapGet("/frame", () => Results.Content(
            Page("A frame", "<h1>A frame</h1><p><a href=\"/faults/frame\">Before the frame</a></p><iframe src=\"/faults/one-link\" title=\"An embedded page\"></iframe><p><a href=\"/faults/frame\">After the frame</a></p>"), "text/html; charset=utf-8"));

        // An edge case of element pictures: the one failing element (an image without a text
        // alternative) is far below the first screen, so it has to be scrolled to.
        faults.MapGet("/below-the-fold", () => Results.Content(
            Page("Below the fold", "<h1>Below the fold</h1><div style=\"height:3000px\"></div><img src=\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='120' height='60'%3E%3Crect width='120' height='60' fill='%23d4351c'/%3E%3C/svg%3E\" width=\"120\" height=\"60\">"), "text/html; charset=utf-8"));

        // Tabs with a roving tabindex (WAI-ARIA's pattern, as GOV.UK Frontend's tabs): one Tab stop
        // for the tab list, arrow keys within it; and a tab list none of whose tabs Tab can reach.
        faults.MapGet("/tabs", () => Results.Content(
            Page("Tabs", "<h1>Tabs</h1>" +
                "<div role=\"tablist\" id=\"roving\"><a role=\"tab\" id=\"tab-week\" href=\"#week\" aria-selected=\"true\">Week</a><a role=\"tab\" id=\"tab-month\" href=\"#month\" tabindex=\"-1\">Month</a><a role=\"tab\" id=\"tab-year\" href=\"#year\" tabindex=\"-1\">Year</a></div>" +
                "<div role=\"tablist\" id=\"unreachable\"><span role=\"tab\" id=\"tab-a\" tabindex=\"-1\">A</span><span role=\"tab\" id=\"tab-b\" tabindex=\"-1\">B</span></div>" +
                "<p id=\"week\">This week</p><p id=\"month\">This month</p><p id=\"year\">This year</p>"), "text/html; charset=utf-8"));

        // One URL, two looks: a button redraws the image without an alternative, so a journey's two
        // steps here have the same page and selector but different pictures.
        faults.MapGet("/same-url", () => Results.Content(
            Page("Same URL", "<h1>Same URL</h1><img id=\"picture\" src=\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='120' height='60'%3E%3Crect width='120' height='60' fill='%23d4351c'/%3E%3C/svg%3E\" width=\"120\" height=\"60\">" +
                "<button id=\"redraw\" type=\"button\">Redraw</button><script>document.getElementById('redraw').addEventListener('click', () => { const p = document.getElementById('picture'); p.width = 200; p.style.background = '#00703c'; });</script>"), "text/html; charset=utf-8"));

        return app;
    }

    private static string Page(string title, string main) =>
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title></head>
        <body><main id="main-content">{main}</main></body>
        </html>
        """;

    private static byte[] BuildHugeDom()
    {
        // Valid, accessible HTML: many plain paragraphs of about 1 KB each.
        const string Sentence = "Anglers must carry their fishing permit at all times and show it when asked by a bailiff. ";
        var text = string.Concat(Enumerable.Repeat(Sentence, 11));
        var body = new StringBuilder(HugeDomBytes + 4096);
        body.Append("<h1>A very large page</h1>");
        for (var i = 1; body.Length < HugeDomBytes; i++)
        {
            body.Append("<p id=\"p").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(text).Append("</p>\n");
        }

        return Encoding.UTF8.GetBytes(Page("A very large page", body.ToString()));
    }
}
