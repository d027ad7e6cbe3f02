using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

public sealed class OpenRedirectAnalyzerTests
{
    [Fact]
    public Task Redirects_to_request_values_are_reported() =>
        Verify<OpenRedirectAnalyzer>.AnalyzerAsync("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.RazorPages;

            public sealed class AccountController : Controller
            {
                public IActionResult SignedIn(string returnUrl) => Redirect({|SS0010:returnUrl|});

                public IActionResult Back()
                {
                    var target = Request.Query["next"].ToString();
                    var url = target.Trim();
                    return Redirect({|SS0010:url|});
                }

                public IActionResult Referrer() => Redirect({|SS0010:Request.Headers.Referer.ToString()|});
            }

            public sealed class StartModel : PageModel
            {
                [BindProperty(SupportsGet = true)]
                public string? Next { get; set; }

                public IActionResult OnGet() => Redirect({|SS0010:Next ?? "/"|});
            }

            public static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/go", (string to) => Results.Redirect({|SS0010:to|}));
                    app.MapGet("/out/{site}", (string site) => Results.Redirect({|SS0010:$"//{site}/home"|}));
                    app.MapGet("/legacy", (HttpContext context) => context.Response.Redirect({|SS0010:context.Request.Query["u"]|}!));
                }
            }
            """);

    [Fact]
    public Task Local_checked_and_fixed_origin_redirects_are_not_reported() =>
        Verify<OpenRedirectAnalyzer>.AnalyzerAsync("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;

            public sealed class AccountController : Controller
            {
                public IActionResult SignedIn(string returnUrl) => LocalRedirect(returnUrl);

                public IActionResult Checked(string returnUrl)
                {
                    if (Url.IsLocalUrl(returnUrl))
                    {
                        return Redirect(returnUrl);
                    }

                    return RedirectToAction("Index");
                }

                public IActionResult Step(string step) => Redirect("/apply/" + step);

                public IActionResult Partner(string path) => Redirect($"https://partner.example.gov/{path}");

                public IActionResult Home() => Redirect(HomeUrl());

                public IActionResult Index() => View();

                private static string HomeUrl() => "/";
            }

            public static class Endpoints
            {
                public static void Map(WebApplication app) =>
                    app.MapGet("/{variant:alpha}", (string variant) => Results.Redirect($"/{variant}/start"));
            }
            """);

    [Fact]
    public Task Redirects_to_the_requests_own_url_in_routed_handlers_are_not_reported() =>
        Verify<OpenRedirectAnalyzer>.AnalyzerAsync("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Http.Extensions;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.RazorPages;

            public sealed class CultureController : Controller
            {
                [HttpPost("/culture")]
                public IActionResult Set(string culture) => Redirect(Request.GetEncodedPathAndQuery());

                [HttpPost("/culture/reset")]
                public IActionResult Reset() => Redirect(Request.PathBase + Request.Path);

                [HttpPost("/culture/saved")]
                public IActionResult Saved() => Redirect($"{Request.Path}?saved=true");

                [HttpGet("/culture/canonical")]
                public IActionResult Canonical() => RedirectPermanent(Request.GetEncodedUrl());

                [HttpPost("/culture/home")]
                public IActionResult Home() => Redirect(Url.Action("Index", "Home")!);

                public IActionResult Index() => View();
            }

            public sealed class ContactModel : PageModel
            {
                public IActionResult OnPost() => Redirect(Request.Path + Request.QueryString);

                public IActionResult OnPostDone() => RedirectToPage("/Index");

                public IActionResult OnGetBack(string returnUrl) => LocalRedirect(returnUrl);
            }

            public static class Endpoints
            {
                public static void Map(WebApplication app) =>
                    app.MapPost("/language", (HttpContext context) => Results.Redirect(context.Request.GetEncodedPathAndQuery()));
            }
            """);

    [Fact]
    public Task The_path_in_middleware_and_urls_built_on_a_requested_host_are_reported() =>
        Verify<OpenRedirectAnalyzer>.AnalyzerAsync("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;

            public sealed class LinksController : Controller
            {
                public IActionResult Elsewhere(string host) => Redirect({|SS0010:Url.Action("Index", "Home", null, "https", host)|}!);

                public IActionResult Back(string returnUrl) => Redirect({|SS0010:Url.Content(returnUrl)|});
            }

            public static class TrailingSlash
            {
                // Middleware sees every path: a request for //evil.example is redirected to //evil.example/.
                public static void Use(WebApplication app) =>
                    app.Use(async (context, next) =>
                    {
                        if (!context.Request.Path.Value!.EndsWith('/'))
                        {
                            context.Response.Redirect({|SS0010:context.Request.Path + "/"|});
                            return;
                        }

                        await next(context);
                    });
            }
            """);
}
