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
    public Task The_requests_own_path_with_a_segment_replaced_in_an_mvc_filter_is_local() =>
        Verify<OpenRedirectAnalyzer>.AnalyzerAsync("""
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.Filters;

            // Old links carry a case's reference number; the filter sends them to the same page by its id.
            public sealed class CaseReferenceFilter : IAsyncResourceFilter
            {
                public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
                {
                    var path = context.HttpContext.Request.Path.ToString();
                    if (path.StartsWith("/cases/R"))
                    {
                        var reference = path.Split('/')[2];
                        var moved = context.HttpContext.Request.Path.ToString().Replace($"/cases/{reference}", $"/cases/{reference.GetHashCode()}");
                        context.Result = new RedirectResult(moved, permanent: false, preserveMethod: true);
                        return;
                    }

                    await next();
                }
            }

            public sealed class LegacyLinks
            {
                // Middleware sees //evil.example/cases/R1 too; and a replacement that is not a local path can change the site.
                public static void Use(WebApplication app) =>
                    app.Use(async (context, next) =>
                    {
                        var moved = context.Request.Path.ToString().Replace("/old/", "/new/");
                        context.Response.Redirect({|SS0010:moved|});
                        await next(context);
                    });

                public sealed class HostFilter : IActionFilter
                {
                    public void OnActionExecuting(ActionExecutingContext context) =>
                        context.Result = new RedirectResult({|SS0010:context.HttpContext.Request.Path.ToString().Replace("/a/", context.HttpContext.Request.Query["to"].ToString())|});

                    public void OnActionExecuted(ActionExecutedContext context) { }
                }
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

    /// <summary>das-recruit's and education-benchmarking's redirects: configured templates, fragments after a local base, guards in helpers.</summary>
    private const string ConfiguredAndGuarded = """
        using System.Text.RegularExpressions;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Routing;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Options;

        public sealed class ExternalLinksConfiguration
        {
            public string ManageApprenticeshipSiteUrl { get; set; } = "";
        }

        public sealed class ManageApprenticeshipsLinkHelper(IOptions<ExternalLinksConfiguration> externalLinks)
        {
            private readonly ExternalLinksConfiguration _externalLinks = externalLinks.Value;

            public string AccountHome => $"{_externalLinks.ManageApprenticeshipSiteUrl}/accounts/{{0}}/teams";
        }

        public sealed class ExternalLinksController(ManageApprenticeshipsLinkHelper linkHelper, IOptions<ExternalLinksConfiguration> options, IConfiguration configuration) : Controller
        {
            public IActionResult AccountHome(string employerAccountId)
            {
                var url = string.Format(linkHelper.AccountHome, employerAccountId);
                return Redirect(url);
            }

            public IActionResult Finance(string employerAccountId) =>
                Redirect(string.Format(options.Value.ManageApprenticeshipSiteUrl + "/finance/{0}", employerAccountId));

            public IActionResult Help(string topic) => Redirect(string.Format(configuration["Links:Help"]!, topic));

            public IActionResult Pinned(string id) => Redirect(string.Format("https://manage.example.gov/accounts/{0}", id));

            public IActionResult Chosen(string template, string id) => Redirect({|SS0010:string.Format(template, id)|});

            public IActionResult Open(string id) => Redirect({|SS0010:string.Format("{0}/accounts", id)|});
        }

        public sealed class LocalAuthorityController : Controller
        {
            [HttpPost]
            public IActionResult Index(string code, IFormCollection form)
            {
                var routeValues = new RouteValueDictionary { { "code", code } };
                var url = Url.Action("Index", routeValues);
                var fragment = form["fragment"].ToString();
                return Redirect($"{url}{(string.IsNullOrWhiteSpace(fragment) ? string.Empty : $"#{fragment}")}");
            }

            public IActionResult Section(string code, string section) => Redirect($"{Url.Action("Index", new { code })}#{section}");

            public IActionResult NoHash(string code, string rest) => Redirect({|SS0010:$"{Url.Action("Index", new { code })}{rest}"|});
        }

        public sealed class CookieManagerController : Controller
        {
            public IActionResult Dismiss(string returnUrl)
            {
                if (!IsValidReturnUrl(returnUrl))
                {
                    return BadRequest();
                }

                return Redirect(returnUrl);
            }

            public IActionResult Seen(string returnUrl)
            {
                if (IsLocal(returnUrl))
                {
                    return Redirect(returnUrl);
                }

                return RedirectToAction("Index");
            }

            public IActionResult Loose(string returnUrl) => IsSlashed(returnUrl) ? Redirect({|SS0010:returnUrl|}) : RedirectToAction("Index");

            public IActionResult Unrelated(string returnUrl) => IsShort(returnUrl) ? Redirect({|SS0010:returnUrl|}) : RedirectToAction("Index");

            private static bool IsValidReturnUrl(string returnUrl) => Regex.IsMatch(returnUrl, @"^/accounts/[A-Z0-9]{6}/.*");

            private bool IsLocal(string url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url);

            // Matches //evil.example: "^/" alone, or with a segment that may be empty.
            private static bool IsSlashed(string returnUrl) => Regex.IsMatch(returnUrl, "^/") || Regex.IsMatch(returnUrl, "^/a?");

            private static bool IsShort(string returnUrl) => returnUrl.Length < 200;
        }
        """;

    [Fact]
    public Task Configured_templates_fragments_after_a_local_base_and_guards_in_helpers_are_local() =>
        Verify<OpenRedirectAnalyzer>.AnalyzerAsync(ConfiguredAndGuarded);

    [Fact]
    public Task A_classic_response_redirect_to_request_data_is_reported_through_other_classes_and_a_constant_is_not() =>
        Verify<OpenRedirectAnalyzer>.AnalyzerAsync([
            """
            using System.Web;

            public sealed class Start
            {
                public void Bad(HttpRequest req, HttpResponse resp)
                {
                    var data = req.Params.Get("name");
                    resp.Redirect({|SS0010:data|});
                    Targets.BadSink(req.Cookies[0].Value, resp);
                    var array = new string[3];
                    array[2] = req.QueryString["id"];
                    Targets.BadArraySink(array, resp);
                    var container = new Container();
                    container.Value = req.QueryString["id"];
                    Targets.BadContainerSink(container, resp);
                }

                public void Good(HttpResponse resp)
                {
                    var data = "foo";
                    resp.Redirect(data);
                    Targets.GoodSink(data, resp);
                    var array = new string[3];
                    array[2] = "foo";
                    Targets.GoodArraySink(array, resp);
                    var container = new Container();
                    container.Value = "foo";
                    container.Other = "bar";
                    Targets.GoodContainerSink(container, resp);
                }

                // Post/redirect/get to the page's own absolute URL stays on the site; the raw URL's path may be //evil.example.
                public void OwnUrl(HttpRequest req, HttpResponse resp)
                {
                    resp.Redirect(req.Url.ToString());
                    resp.Redirect(req.Url.AbsoluteUri + "?saved=true");
                    resp.Redirect({|SS0010:req.RawUrl|});
                }

                public void GoodOtherField(HttpRequest req, HttpResponse resp)
                {
                    var container = new Container();
                    container.Value = req.QueryString["id"];
                    container.Other = "/home";
                    Targets.GoodContainerSink(container, resp);
                }
            }

            public sealed class Container
            {
                public string Value = "";
                public string Other = "";
            }

            internal static class Targets
            {
                public static void BadSink(string data, HttpResponse resp) => resp.Redirect({|SS0010:data|});

                public static void GoodSink(string data, HttpResponse resp) => resp.Redirect(data);

                public static void BadArraySink(string[] array, HttpResponse resp) => resp.Redirect({|SS0010:array[2]|});

                public static void GoodArraySink(string[] array, HttpResponse resp) => resp.Redirect(array[2]);

                public static void BadContainerSink(Container container, HttpResponse resp) => resp.Redirect({|SS0010:container.Value|});

                public static void GoodContainerSink(Container container, HttpResponse resp) => resp.Redirect(container.Other);
            }
            """,
            ClassicAspNet.SystemWeb,
        ]);
}
