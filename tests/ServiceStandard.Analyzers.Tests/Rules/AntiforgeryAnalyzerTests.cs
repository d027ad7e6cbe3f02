using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

public sealed class AntiforgeryAnalyzerTests
{
    [Fact]
    public Task Unvalidated_and_switched_off_handlers_are_reported() =>
        Verify<AntiforgeryAnalyzer>.AnalyzerAsync("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.RazorPages;

            public interface IAccounts
            {
                void Rename(string name);

                void Remove(int id);
            }

            public sealed class AccountController(IAccounts accounts) : Controller
            {
                [HttpGet]
                public IActionResult Edit() => View();

                [HttpPost]
                public IActionResult {|SS0008:Edit|}(string name)
                {
                    accounts.Rename(name);
                    return RedirectToAction("Edit");
                }

                [{|SS0009:IgnoreAntiforgeryToken|}]
                [HttpDelete]
                public IActionResult Remove(int id)
                {
                    accounts.Remove(id);
                    return Ok(id);
                }
            }

            [{|SS0009:IgnoreAntiforgeryToken|}]
            public sealed class ContactModel : PageModel
            {
                public string? Message { get; set; }

                public void OnPost(string message) => Message = message;
            }

            public static class Endpoints
            {
                public static void Map(WebApplication app) =>
                    {|SS0009:app.MapPost("/subscribe", ([FromForm] string email) => Results.Ok()).DisableAntiforgery()|};
            }
            """);

    [Fact]
    public Task Validated_api_and_empty_handlers_are_not_reported() =>
        Verify<AntiforgeryAnalyzer>.AnalyzerAsync("""
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.RazorPages;

            [AutoValidateAntiforgeryToken]
            public sealed class AccountController : Controller
            {
                [HttpPost]
                public IActionResult Edit(string name) => RedirectToAction("Edit");
            }

            public sealed class ProfileController : Controller
            {
                [HttpPost]
                [ValidateAntiForgeryToken]
                public IActionResult Save(string name) => RedirectToAction("Index");

                public IActionResult Index() => View();
            }

            [ApiController]
            [Route("api/people")]
            public sealed class PeopleApiController : ControllerBase
            {
                [HttpPost]
                public IActionResult Create(string name) => Ok(name);
            }

            // The Error page template: re-executed for failed POSTs, its handlers change nothing.
            [IgnoreAntiforgeryToken]
            public sealed class ErrorModel : PageModel
            {
                public void OnGet()
                {
                }

                public void OnPost()
                {
                }
            }

            // Razor Pages validate antiforgery tokens on POST by default.
            public sealed class ContactModel : PageModel
            {
                public string? Message { get; set; }

                public void OnPost(string message) => Message = message;
            }
            """);

    [Fact]
    public Task A_global_filter_covers_every_controller() =>
        Verify<AntiforgeryAnalyzer>.AnalyzerAsync("""
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.DependencyInjection;

            public static class Setup
            {
                public static void Configure(IServiceCollection services) =>
                    services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
            }

            public sealed class AccountController : Controller
            {
                public static string? Saved { get; private set; }

                [HttpPost]
                public IActionResult Edit(string name)
                {
                    Saved = name;
                    return RedirectToAction("Edit");
                }
            }
            """);

    /// <summary>
    /// The scheme constants of the JwtBearer and OpenIddict packages, so tests need no packages, and a
    /// store the actions change (an action that only builds its result is not reported).
    /// </summary>
    private const string SchemeStubs = """
        public static class Grants
        {
            private static readonly System.Collections.Generic.List<string> Saved = new();

            // Keeps the grant: a change of state (a static helper's body is read).
            public static string Save(string value)
            {
                Saved.Add(value);
                return value;
            }
        }

        namespace Microsoft.AspNetCore.Authentication.JwtBearer
        {
            public static class JwtBearerDefaults
            {
                public const string AuthenticationScheme = "Bearer";
            }
        }

        namespace OpenIddict.Server.AspNetCore
        {
            public static class OpenIddictServerAspNetCoreDefaults
            {
                public const string AuthenticationScheme = "OpenIddict.Server.AspNetCore";
            }
        }
        """;

    [Fact]
    public Task Protocol_endpoints_and_bearer_only_actions_are_not_reported() =>
        Verify<AntiforgeryAnalyzer>.AnalyzerAsync([SchemeStubs, """
            using System.Security.Claims;
            using Microsoft.AspNetCore.Authentication.JwtBearer;
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Mvc;
            using OpenIddict.Server.AspNetCore;

            // OpenIddict's shape: the protocol protects these (client authentication, PKCE, state, redirect URIs).
            public sealed class AuthorizationController : Controller
            {
                [HttpGet("~/connect/authorize")]
                [HttpPost("~/connect/authorize")]
                [IgnoreAntiforgeryToken]
                public IActionResult Authorize() => SignIn(new ClaimsPrincipal(), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

                [HttpPost("~/connect/token"), IgnoreAntiforgeryToken, Produces("application/json")]
                public IActionResult Exchange() => SignIn(new ClaimsPrincipal(), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

                [Authorize(AuthenticationSchemes = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)]
                [HttpGet("~/connect/userinfo"), HttpPost("~/connect/userinfo")]
                public IActionResult Userinfo() => Ok(Grants.Save(User.Identity?.Name ?? ""));

                [HttpPost("~/connect/logout")]
                public IActionResult LogoutPost() => SignOut(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            }

            [Route("/oauth2/")]
            public sealed class TokenController : Controller
            {
                [HttpPost("token")]
                public IActionResult Token(string grant_type) => Ok(Grants.Save(grant_type));

                [HttpPost("revoke")]
                public IActionResult Revoke(string token) => Ok(Grants.Save(token));
            }

            // Bearer tokens only: a browser never sends one by itself.
            [Authorize(AuthenticationSchemes = JwtBearerDefaults.AuthenticationScheme)]
            public sealed class DocumentsController : Controller
            {
                [HttpPost]
                public IActionResult Upload(string name) => Ok(Grants.Save(name));

                [HttpDelete, IgnoreAntiforgeryToken]
                public IActionResult Remove(int id) => Ok(Grants.Save(id.ToString()));
            }

            [ApiController]
            [Route("api/cases")]
            [IgnoreAntiforgeryToken]
            [Authorize(AuthenticationSchemes = "Bearer")]
            public sealed class CasesApiController : ControllerBase
            {
                [HttpPost]
                public IActionResult Create(string reference) => Ok(Grants.Save(reference));
            }
            """]);

    [Fact]
    public Task Cookie_authenticated_consent_and_mixed_schemes_are_reported() =>
        Verify<AntiforgeryAnalyzer>.AnalyzerAsync([SchemeStubs, """
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Mvc;

            public sealed class AuthorizationController : Controller
            {
                // The user's consent form posts to the authorize route with the user's cookie.
                [Authorize]
                [HttpPost("~/connect/authorize")]
                public IActionResult {|SS0008:Accept|}(string scope) => Ok(Grants.Save(scope));
            }

            // A cookie can authenticate too, so another site can post with it.
            [Authorize(AuthenticationSchemes = "Bearer,Identity.Application")]
            public sealed class ProfileController : Controller
            {
                [HttpPost]
                public IActionResult {|SS0008:Save|}(string name) => Ok(Grants.Save(name));
            }

            [ApiController]
            [Route("api/cases")]
            [{|SS0009:IgnoreAntiforgeryToken|}]
            public sealed class CasesApiController : ControllerBase
            {
                [HttpPost("{id}/close")]
                public IActionResult Close(int id) => Ok(Grants.Save(id.ToString()));
            }

            // Token is not a protocol endpoint outside a protocol path.
            public sealed class InvitationsController : Controller
            {
                [HttpPost("invitations/token")]
                public IActionResult {|SS0008:Token|}(string email) => Ok(Grants.Save(email));
            }
            """]);

    [Fact]
    public Task Posts_that_only_build_their_result_and_csp_reports_are_not_reported() =>
        Verify<AntiforgeryAnalyzer>.AnalyzerAsync("""
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.Logging;

            public sealed class FindTrustViewModel
            {
                public string? EstablishmentId { get; set; }

                public string? Term { get; set; }
            }

            public sealed class SchoolCensusController : Controller
            {
                // Post-redirect-get of a filter form: the inputs only go into the redirect.
                [HttpPost]
                [Route("senior-leadership")]
                public IActionResult SeniorLeadership(string urn, int viewAs, int resultAs) => RedirectToAction("SeniorLeadership", new
                {
                    urn,
                    viewAs,
                    resultAs,
                });

                [HttpPost]
                public IActionResult Search(FindTrustViewModel viewModel)
                {
                    if (!ModelState.IsValid)
                    {
                        return View(viewModel);
                    }

                    if (!string.IsNullOrWhiteSpace(viewModel.EstablishmentId))
                    {
                        return RedirectToAction("Index", "Trust", new { companyNumber = viewModel.EstablishmentId });
                    }

                    return RedirectToAction("Search", new { term = viewModel.Term?.Trim() });
                }
            }

            [Route("error")]
            public sealed class ErrorController : Controller
            {
                [HttpGet]
                [HttpPost]
                public IActionResult Problem()
                {
                    ViewData["UseJsBackLink"] = true;
                    return View();
                }

                [AcceptVerbs("GET", "POST")]
                [Route("{statusCode:int}")]
                public IActionResult StatusCodeError(int statusCode) => statusCode switch
                {
                    404 => View("NotFound"),
                    _ => View("Problem"),
                };
            }

            public sealed class CspReportRequest
            {
                public object? CspReport { get; set; }
            }

            // das-recruit's report-uri endpoint: the browser posts the report with no token.
            public sealed class ContentPolicyReportController(ILogger<ContentPolicyReportController> logger) : Controller
            {
                [AllowAnonymous]
                [HttpPost("contentpolicyreport/report")]
                [IgnoreAntiforgeryToken]
                public IActionResult Report([FromBody] CspReportRequest request)
                {
                    logger.LogWarning("CSP Violation: {CspReport}", request);
                    return Ok();
                }

                [HttpPost("csp-report")]
                [Consumes("application/csp-report")]
                public IActionResult Violation([FromBody] object report)
                {
                    logger.LogWarning("CSP Violation: {CspReport}", report);
                    return NoContent();
                }
            }
            """);

    [Fact]
    public Task Search_posts_that_log_use_helpers_and_build_view_models_change_nothing() =>
        Verify<AntiforgeryAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Http.Extensions;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Routing;
            using Microsoft.Extensions.Logging;
            using Microsoft.Extensions.Primitives;

            public enum Kind { Library, Museum }

            public sealed class PickKindForm
            {
                public Kind Kind { get; set; }
            }

            public sealed class VenueResults
            {
                public string? Query { get; set; }

                public int Page { get; set; }
            }

            public sealed class AuditedResults
            {
                public AuditedResults(IVenues venues) => venues.Remember(this);
            }

            public interface IVenues
            {
                void Remember(object results);
            }

            public static class Text
            {
                public static T? Parse<T>(this string json) => System.Text.Json.JsonSerializer.Deserialize<T>(json);
            }

            public sealed class VenueSearchController(ILogger<VenueSearchController> logger, IVenues venues) : Controller
            {
                // Invalid input: the same page again, with a new view model holding what was typed.
                [HttpPost]
                public IActionResult Search(string query, int page)
                {
                    if (!ModelState.IsValid)
                    {
                        return View(new VenueResults { Query = query, Page = page });
                    }

                    return RedirectToAction("Search", new { query, page });
                }

                // Chooses where to go next: logged, in a try, through a private helper that throws on an unknown choice.
                [HttpPost]
                public IActionResult Pick([FromForm] PickKindForm form)
                {
                    using (logger.BeginScope(new { form }))
                    {
                        try
                        {
                            return Next(form);
                        }
                        catch (Exception e)
                        {
                            logger.LogError(e, "Could not pick from {Url}", Request.GetDisplayUrl());
                            return StatusCode(StatusCodes.Status400BadRequest);
                        }
                    }
                }

                // Post-redirect-get of a filter form whose fields are copied into the route values by static helpers.
                [HttpPost]
                public IActionResult Filter(string area, IFormCollection form)
                {
                    var values = new RouteValueDictionary { { "area", area } };
                    CopyFields(form, values);
                    CopyOther(form, values);
                    return Redirect(Url.Action("Filter", values)!);
                }

                // Still reported: a helper that calls a service, a view model whose constructor does.
                [HttpPost]
                public IActionResult {|SS0008:Keep|}(string query)
                {
                    Store(query);
                    return RedirectToAction("Search", new { query });
                }

                [HttpPost]
                public IActionResult {|SS0008:Audit|}() => View(new AuditedResults(venues));

                private IActionResult Next(PickKindForm form)
                {
                    if (!ModelState.IsValid)
                    {
                        return View("Pick");
                    }

                    return form.Kind switch
                    {
                        Kind.Library => RedirectToAction("Index", "Libraries"),
                        Kind.Museum => RedirectToAction("Index", "Museums"),
                        _ => throw new ArgumentOutOfRangeException(nameof(form)),
                    };
                }

                private void Store(string query) => venues.Remember(query);

                private static void CopyFields(IFormCollection form, RouteValueDictionary values)
                {
                    var skipped = form["skip"].SelectMany(v => (v ?? string.Empty).Split(',')).ToArray();
                    foreach (var key in form.Keys)
                    {
                        if (key.StartsWith("__") || skipped.Contains(key))
                        {
                            continue;
                        }

                        values[key] = form[key].Last();
                    }
                }

                private static void CopyOther(IFormCollection form, RouteValueDictionary values)
                {
                    var other = form["other"].ToString().Parse<Dictionary<string, string[]>>();
                    foreach (var key in other?.Keys ?? Enumerable.Empty<string>())
                    {
                        values[key] = new StringValues(other![key]);
                    }
                }
            }
            """);

    [Fact]
    public Task Posts_that_call_save_sign_out_or_keep_temp_data_are_reported() =>
        Verify<AntiforgeryAnalyzer>.AnalyzerAsync("""
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc;

            public interface IFilters
            {
                void Save(string urn, int viewAs);
            }

            public sealed class SchoolCensusController(IFilters filters) : Controller
            {
                private int _views;

                [HttpPost]
                public IActionResult {|SS0008:SeniorLeadership|}(string urn, int viewAs)
                {
                    filters.Save(urn, viewAs);
                    return RedirectToAction("SeniorLeadership", new { urn, viewAs });
                }

                [HttpPost]
                public IActionResult {|SS0008:Remember|}(string urn)
                {
                    TempData["urn"] = urn;
                    return RedirectToAction("Index");
                }

                [HttpPost]
                public IActionResult {|SS0008:Count|}()
                {
                    _views++;
                    return View();
                }

                [HttpPost]
                public IActionResult {|SS0008:Leave|}() => SignOut("Cookies");

                [HttpPost]
                public async Task<IActionResult> {|SS0008:Refresh|}(string urn)
                {
                    await Task.Yield();
                    return RedirectToAction("Index", new { urn });
                }

                // A report-like name on a route that is not a CSP report endpoint.
                [HttpPost("reports/submit")]
                public IActionResult {|SS0008:SubmitReport|}(string text)
                {
                    filters.Save(text, 0);
                    return Ok();
                }
            }
            """);
}
