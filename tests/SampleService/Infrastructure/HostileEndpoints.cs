namespace SampleService.Infrastructure;

/// <summary>
/// Pages that attack the assessment itself, for ServiceStandard's hostile-page tests: each has a
/// real defect (an image without a text alternative, a click-only control) and a script that tries
/// to hide it by reaching into the probe or axe, or by breaking the built-ins a probe would use.
/// They live under <c>/hostile/</c>; nothing links to them.
/// </summary>
public static class HostileEndpoints
{
    public const string Prefix = "/hostile";

    private const string Defect = "<img src=\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='20'/%3E\" width=\"40\" height=\"20\">";

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "SS0010", Justification = "A hostile page: /hostile/leave/redirect is an open redirect on purpose, for the tests that prove the browser never follows it to another origin.")]
    public static IEndpointRouteBuilder MapHostileEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var hostile = app.MapGroup(Prefix);

        // Wraps whatever probe and axe it can find, now and whenever they appear, so that they
        // answer "no violations".
        hostile.MapGet("/forged-result", () => Results.Content(Page("Forged result", """
            <script>
            (() => {
              const empty = async () => ({ violations: [], incomplete: [], passes: [], inapplicable: [] });
              const forge = (probe) => {
                if (!probe || probe.__forged) return probe;
                const gather = probe.gather;
                probe.gather = async (requests) => {
                  const answer = gather ? await gather.call(probe, requests) : { initial: { title: 'Forged', lang: 'en' }, html: '', read: {} };
                  for (const key of Object.keys(answer.read || {})) answer.read[key] = { version: '4.0.0', violations: [], incomplete: [] };
                  return answer;
                };
                probe.__forged = true;
                return probe;
              };
              let probe = forge(window.__servicestandard);
              let axe = window.axe;
              if (axe) axe.run = empty;
              try {
                Object.defineProperty(window, '__servicestandard', { configurable: true, get: () => probe, set: (v) => { probe = forge(v); } });
                Object.defineProperty(window, 'axe', { configurable: true, get: () => axe, set: (v) => { axe = v; if (v) v.run = empty; } });
              } catch (e) { /* already defined and locked */ }
              setInterval(() => { forge(window.__servicestandard); if (window.axe) window.axe.run = empty; }, 5);
            })();
            </script>
            <h1>Forged result</h1>
            """ + Defect), "text/html; charset=utf-8"));

        // Breaks the built-ins a probe running in the page's world would call.
        hostile.MapGet("/redefined-builtins", () => Results.Content(Page("Redefined built-ins", """
            <script>
            Array.prototype.map = function () { throw new Error('no map here'); };
            Array.prototype.filter = function () { throw new Error('no filter here'); };
            Array.from = function () { throw new Error('no from here'); };
            Object.entries = function () { throw new Error('no entries here'); };
            JSON.stringify = function () { return '{}'; };
            Element.prototype.getAttribute = function () { return null; };
            window.getComputedStyle = function () { throw new Error('no styles here'); };
            </script>
            <h1>Redefined built-ins</h1>
            <div id="click-only">Open the form</div>
            <script>document.getElementById('click-only').addEventListener('click', () => {});</script>
            """ + Defect), "text/html; charset=utf-8"));

        // Tries to take the browser to ?to= (another origin, in the tests a listener that counts
        // connections) in one of the ways a page can: a meta refresh, location= once loaded, a form
        // that submits itself, a popup, or a server redirect.
        hostile.MapGet("/leave/{how}", (string how, string to) =>
        {
            var target = System.Text.Json.JsonSerializer.Serialize(to);
            var attribute = System.Net.WebUtility.HtmlEncode(to);
            return how switch
            {
                "redirect" => Results.Redirect(to),
                "meta" => Results.Content(Page("Leaves by meta refresh", $"<meta http-equiv=\"refresh\" content=\"0;url={attribute}\"><h1>Leaves by meta refresh</h1>" + Defect), "text/html; charset=utf-8"),
                "location" => Results.Content(Page("Leaves by location", $"<script>addEventListener('load', () => {{ location.href = {target}; }});</script><h1>Leaves by location</h1>" + Defect), "text/html; charset=utf-8"),
                "form" => Results.Content(Page("Leaves by form", $"<form id=\"away\" method=\"post\" action=\"{attribute}\"><input type=\"hidden\" name=\"stolen\" value=\"1\"></form><script>addEventListener('load', () => document.getElementById('away').submit());</script><h1>Leaves by form</h1>" + Defect), "text/html; charset=utf-8"),
                "popup" => Results.Content(Page("Leaves by popup", $"<a id=\"away\" href=\"{attribute}\" target=\"_blank\">Away</a><script>addEventListener('load', () => {{ window.open({target}); document.getElementById('away').click(); }});</script><h1>Leaves by popup</h1>" + Defect), "text/html; charset=utf-8"),
                _ => Results.NotFound(),
            };
        });

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
}
