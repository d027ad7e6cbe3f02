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

    [Fact]
    public Task Elements_encoded_one_by_one_and_encoded_text_with_constant_markup_put_in_are_not_reported() =>
        Verify<RawHtmlAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Net;
            using System.Text.Encodings.Web;
            using Microsoft.AspNetCore.Html;
            using Microsoft.AspNetCore.Mvc.Rendering;

            public sealed class AddressView(IHtmlHelper Html)
            {
                public IEnumerable<IHtmlContent> Render(IReadOnlyList<string> lines, string text)
                {
                    yield return new HtmlString(string.Join("<br>", lines.Select(WebUtility.HtmlEncode)));
                    yield return new HtmlString(string.Join("<br>", lines.Select(s => HtmlEncoder.Default.Encode(s)).ToList()));
                    yield return Html.Raw(string.Join(", ", lines.Select(s => Html.Encode(s))));
                    yield return new HtmlString(HtmlEncoder.Default.Encode(text).Replace("&#xD;&#xA;", "<br>"));
                    yield return new HtmlString(WebUtility.HtmlEncode(text).Trim().Substring(0, 10));
                    yield return new HtmlString(string.Concat("<p>", WebUtility.HtmlEncode(text), "</p>"));

                    // Still reported: the elements are not encoded, or the constant reopens the markup.
                    yield return new HtmlString({|SS0022:string.Join("<br>", lines)|});
                    yield return new HtmlString({|SS0022:string.Join("<br>", lines.Select(s => s.Trim()))|});
                    yield return new HtmlString({|SS0022:WebUtility.HtmlEncode(text).Replace("&lt;", "<")|});
                    yield return new HtmlString({|SS0022:text.Replace("\n", "<br>")|});
                }
            }
            """);

    [Fact]
    public Task Json_of_elements_encoded_one_by_one_is_not_reported() =>
        Verify<RawHtmlAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Web;
            using Microsoft.AspNetCore.Html;
            using Microsoft.AspNetCore.Mvc.Rendering;

            namespace Newtonsoft.Json
            {
                public static class JsonConvert
                {
                    public static string SerializeObject(object? value) => "";
                }
            }

            // A script block's list of names for an autocomplete, as the Razor generator writes it.
            public sealed class CourseNames(IHtmlHelper Html)
            {
                public IEnumerable<IHtmlContent> Render(IReadOnlyList<string> names)
                {
                    yield return Html.Raw(Newtonsoft.Json.JsonConvert.SerializeObject(names.Select(n => HttpUtility.JavaScriptStringEncode(n).Replace("\\u0026", "&")).ToList()));
                    yield return Html.Raw(Newtonsoft.Json.JsonConvert.SerializeObject("none"));

                    // Still reported: JSON of text nobody encoded can close the script element.
                    yield return Html.Raw({|SS0022:Newtonsoft.Json.JsonConvert.SerializeObject(names)|});
                    yield return Html.Raw({|SS0022:Newtonsoft.Json.JsonConvert.SerializeObject(names.Select(n => n.Trim()).ToList())|});
                }
            }
            """);

    [Fact]
    public Task Display_names_a_helper_looks_up_among_constants_are_not_reported() =>
        Verify<RawHtmlAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            using Microsoft.AspNetCore.Html;

            public enum Stage { Draft, Published, Withdrawn }

            public static class StageNames
            {
                private static readonly Dictionary<Enum, string> Names = new()
                {
                    { Stage.Draft, "Draft <small>(not shown)</small>" },
                    { Stage.Published, "Published" },
                };

                private static readonly Dictionary<Enum, string> ForEditors = new()
                {
                    [Stage.Withdrawn] = "Taken down",
                };

                private static Dictionary<Enum, string> Comments = new();

                public static string Label(this Enum stage, bool editor = false)
                {
                    Names.TryGetValue(stage, out var label);
                    if (editor && ForEditors.TryGetValue(stage, out var forEditor))
                    {
                        label = forEditor;
                    }

                    return label ?? stage.ToString();
                }

                // Comments can be changed at run time: not a table of constants.
                public static string Comment(this Enum stage)
                {
                    Comments.TryGetValue(stage, out var comment);
                    return comment ?? string.Empty;
                }

                public static string Describe(this Enum stage, string note) => stage.Label() + note;
            }

            public sealed class StageTag
            {
                public IHtmlContent Render(Stage stage, string note)
                {
                    var label = stage.Label(editor: true) ?? string.Empty;
                    return new HtmlString(label);
                }

                public IEnumerable<IHtmlContent> Others(Stage stage, string note)
                {
                    yield return new HtmlString(stage.ToString());
                    yield return new HtmlString({|SS0022:stage.Comment()|});
                    yield return new HtmlString({|SS0022:stage.Describe(note)|});
                }
            }
            """);

    [Fact]
    public Task Values_the_service_wrote_itself_are_not_reported() =>
        Verify<RawHtmlAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            using Microsoft.AspNetCore.Html;

            public sealed class StatusView
            {
                public IEnumerable<IHtmlContent> Render(bool closed, string note)
                {
                    yield return new HtmlString(string.Empty);
                    yield return new HtmlString(closed ? "<b>Closed</b>" : "Open");

                    var label = "<b>Open</b>";
                    if (closed)
                    {
                        label = "<b>Closed</b>";
                    }

                    yield return new HtmlString(label);

                    // Still reported: one write to the local is a value from elsewhere.
                    var summary = "<i>None</i>";
                    if (!closed)
                    {
                        summary = note;
                    }

                    yield return new HtmlString({|SS0022:summary|});
                    yield return new HtmlString({|SS0022:closed ? "<b>Closed</b>" : note|});
                    foreach (var line in note.Split('\n'))
                    {
                        yield return new HtmlString({|SS0022:line|});
                    }
                }
            }
            """);

    [Fact]
    public Task Classic_response_write_of_request_data_is_reported_unless_encoded_and_other_values_are_not_reviewed() =>
        Verify<RawHtmlAnalyzer>.AnalyzerAsync([
            """
            using System.Web;

            public sealed class Page
            {
                public void Bad(HttpRequest req, HttpResponse resp, string title)
                {
                    var data = req.QueryString["id"];
                    resp.Write({|SS0021:"<br>Bad(): data = " + data|});
                    resp.Write({|SS0021:"<br>data = " + data.Replace("(<script>)", "")|});
                    resp.Output.Write({|SS0021:"<img src=\"" + data + "\">"|});
                }

                public void Good(HttpRequest req, HttpResponse resp, string title)
                {
                    resp.Write("<br>Good(): data = " + HttpUtility.HtmlEncode(req.QueryString["id"]));
                    resp.Write("<br>Good(): data = " + "foo");
                    resp.Write("<h1>" + title + "</h1>");
                    // The page's own file path, normalised by IIS and resolved to this handler.
                    resp.Write("<form action=\"" + req.FilePath + "\">");
                }
            }
            """,
            ClassicAspNet.SystemWeb,
        ]);
}
