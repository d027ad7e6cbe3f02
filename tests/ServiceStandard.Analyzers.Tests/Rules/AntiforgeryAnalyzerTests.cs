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

            public sealed class AccountController : Controller
            {
                [HttpGet]
                public IActionResult Edit() => View();

                [HttpPost]
                public IActionResult {|SS0008:Edit|}(string name) => RedirectToAction("Edit");

                [{|SS0009:IgnoreAntiforgeryToken|}]
                [HttpDelete]
                public IActionResult Remove(int id) => Ok(id);
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
                [HttpPost]
                public IActionResult Edit(string name) => RedirectToAction("Edit");
            }
            """);

    /// <summary>The scheme constants of the JwtBearer and OpenIddict packages, so tests need no packages.</summary>
    private const string SchemeStubs = """
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
                public IActionResult Userinfo() => Ok(User.Identity?.Name);

                [HttpPost("~/connect/logout")]
                public IActionResult LogoutPost() => SignOut(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            }

            [Route("/oauth2/")]
            public sealed class TokenController : Controller
            {
                [HttpPost("token")]
                public IActionResult Token(string grant_type) => Ok(grant_type);

                [HttpPost("revoke")]
                public IActionResult Revoke(string token) => Ok(token);
            }

            // Bearer tokens only: a browser never sends one by itself.
            [Authorize(AuthenticationSchemes = JwtBearerDefaults.AuthenticationScheme)]
            public sealed class DocumentsController : Controller
            {
                [HttpPost]
                public IActionResult Upload(string name) => Ok(name);

                [HttpDelete, IgnoreAntiforgeryToken]
                public IActionResult Remove(int id) => Ok(id);
            }

            [ApiController]
            [Route("api/cases")]
            [IgnoreAntiforgeryToken]
            [Authorize(AuthenticationSchemes = "Bearer")]
            public sealed class CasesApiController : ControllerBase
            {
                [HttpPost]
                public IActionResult Create(string reference) => Ok(reference);
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
                public IActionResult {|SS0008:Accept|}(string scope) => Ok(scope);
            }

            // A cookie can authenticate too, so another site can post with it.
            [Authorize(AuthenticationSchemes = "Bearer,Identity.Application")]
            public sealed class ProfileController : Controller
            {
                [HttpPost]
                public IActionResult {|SS0008:Save|}(string name) => Ok(name);
            }

            [ApiController]
            [Route("api/cases")]
            [{|SS0009:IgnoreAntiforgeryToken|}]
            public sealed class CasesApiController : ControllerBase
            {
                [HttpPost("{id}/close")]
                public IActionResult Close(int id) => Ok(id);
            }

            // Token is not a protocol endpoint outside a protocol path.
            public sealed class InvitationsController : Controller
            {
                [HttpPost("invitations/token")]
                public IActionResult {|SS0008:Token|}(string email) => Ok(email);
            }
            """]);
}
