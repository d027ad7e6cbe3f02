using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

public sealed class RawHtmlAnalyzerTests
{
    [Fact]
    public Task Request_data_written_raw_is_a_violation_and_other_values_need_review() =>
        Verify<RawHtmlAnalyzer>.AnalyzerAsync("""
            using Microsoft.AspNetCore.Components;
            using Microsoft.AspNetCore.Html;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.RazorPages;
            using Microsoft.AspNetCore.Mvc.Rendering;

            public sealed class CommentModel : PageModel
            {
                [BindProperty(SupportsGet = true)]
                public string? Comment { get; set; }

                public string? Saved { get; set; }
            }

            // What the Razor generator makes of @Html.Raw(Model.Comment) in a page.
            public sealed class CommentPage(IHtmlHelper<CommentModel> html, CommentModel model)
            {
                public IHtmlContent Preview() => html.Raw({|SS0021:model.Comment|});

                public IHtmlContent Stored() => html.Raw({|SS0022:model.Saved|});
            }

            public sealed class PreviewController : Controller
            {
                public IActionResult Show(string text) => View(new HtmlString({|SS0021:"<p>" + text + "</p>"|}));
            }

            public sealed class Banner : ComponentBase
            {
                [SupplyParameterFromQuery]
                public string? Message { get; set; }

                [Parameter]
                public string? Body { get; set; }

                public MarkupString Markup => (MarkupString){|SS0021:Message|};

                public MarkupString Content => new MarkupString({|SS0022:Body|}!);
            }
            """);

    [Fact]
    public Task Constants_encoded_values_and_resources_are_not_reported() =>
        Verify<RawHtmlAnalyzer>.AnalyzerAsync("""
            using System.Net;
            using System.Text.Encodings.Web;
            using Microsoft.AspNetCore.Html;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.Localization;
            using Microsoft.AspNetCore.Mvc.Rendering;
            using Microsoft.AspNetCore.Mvc.ViewFeatures;

            public sealed class CommentPage(IHtmlHelper html, IJsonHelper json, IViewLocalizer localizer, HtmlEncoder encoder)
            {
                private const string Notice = "<strong>Closed</strong>";

                public IHtmlContent Render(string comment, int count)
                {
                    var parts = new[]
                    {
                        html.Raw("<br />"),
                        html.Raw(Notice),
                        html.Raw(encoder.Encode(comment)),
                        html.Raw("<p>" + WebUtility.HtmlEncode(comment) + "</p>"),
                        html.Raw($"<span>{count}</span>"),
                        html.Raw(json.Serialize(new { comment })),
                        html.Raw(localizer["IntroHtml"]),
                        new HtmlString(count > 1 ? "<b>many</b>" : "<b>one</b>"),
                    };
                    return parts[0];
                }
            }
            """);
}
