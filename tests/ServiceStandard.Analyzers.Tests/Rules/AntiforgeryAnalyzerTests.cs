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
}
