using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ServiceStandard.Testing;

namespace ServiceStandard.Checks.Tests.Web;

/// <summary>
/// The sample service's /good forms, written with the design system's tag helpers, in their error
/// states as a person gets them (posted empty, over HTTP): the error summary in the page's language,
/// each of its links reaching a field, and that field's error message with its visually hidden
/// "Error:" joined to the field by aria-describedby. The oracle test runs the checks over the same
/// pages; this says what a person sees on them.
/// </summary>
public sealed class SampleServiceGoodFormsTests(SampleServiceHost host) : IClassFixture<SampleServiceHost>
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string, string, string, string[]> EmptyForms => new()
    {
        { "en", "name", "", ["Enter your full name"] },
        { "en", "date-of-birth", "", ["Enter your date of birth"] },
        { "en", "address", "", ["Enter address line 1, typically the building and street", "Enter town or city", "Enter postcode"] },
        { "en", "permit-type", "", ["Select the type of permit you need"] },
        { "en", "declaration", "", ["Select that you declare the information is correct"] },
        { "en", "cancel", "", ["Enter your permit reference number"] },
        { "en", "cancel", "CancelReference=FP-123456&Stage=confirm", ["Select that you understand a cancelled permit cannot be used again"] },
        { "es", "name", "", ["Introduzca su nombre completo"] },
        { "es", "date-of-birth", "", ["Introduzca su fecha de nacimiento"] },
        { "es", "address", "", ["Introduzca la línea 1 de la dirección, normalmente el edificio y la calle", "Introduzca la ciudad o localidad", "Introduzca el código postal"] },
        { "es", "permit-type", "", ["Seleccione el tipo de permiso que necesita"] },
        { "es", "declaration", "", ["Marque que declara que la información es correcta"] },
        { "es", "cancel", "CancelReference=FP-123456&Stage=confirm", ["Marque que entiende que un permiso cancelado no se puede volver a usar"] },
    };

    [Theory]
    [MemberData(nameof(EmptyForms))]
    public async Task A_form_posted_empty_shows_the_summary_and_each_fields_error_in_the_pages_language(string lang, string step, string form, string[] messages)
    {
        using var client = NewClient();
        var page = await PostAsync(client, lang, step, form);

        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        var summary = page.QuerySelector(".ds-error-summary")!;
        Assert.Equal(lang == "es" ? "Hay un problema" : "There is a problem", summary.QuerySelector("h2")!.TextContent);
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        var links = summary.QuerySelectorAll("a").ToList();
        Assert.Equal(messages, links.Select(a => a.TextContent));

        foreach (var link in links)
        {
            var field = page.GetElementById(link.GetAttribute("href")![1..]);
            Assert.True(field is IHtmlInputElement, $"{link.GetAttribute("href")} on /good/{step} is not an input");
            var group = field!.Closest(".ds-form-group--error")!;
            var error = group.QuerySelector(".ds-error-message")!;
            Assert.Equal($"Error: {link.TextContent}", error.TextContent);
            Assert.Equal("Error:", error.QuerySelector(".ds-visually-hidden")!.TextContent);
            // A text input names its error itself; a radio, checkbox or date part is described by its group's fieldset.
            var describedBy = $"{field.GetAttribute("aria-describedby")} {field.Closest("fieldset[role=group], .ds-form-group--error > fieldset")?.GetAttribute("aria-describedby")}";
            Assert.Contains(error.Id!, describedBy.Split(' '));
        }
    }

    [Fact]
    public async Task A_date_without_its_month_marks_only_the_month_and_keeps_what_was_typed()
    {
        using var client = NewClient();
        var page = await PostAsync(client, "es", "date-of-birth", "Dob-day=14&Dob-month=&Dob-year=1985");

        Assert.Equal(["La fecha de nacimiento debe incluir el mes"], page.QuerySelectorAll(".ds-error-summary a").Select(a => a.TextContent));
        Assert.Equal("#dob-month", page.QuerySelector(".ds-error-summary a")!.GetAttribute("href"));
        Assert.Equal(["dob-month"], page.QuerySelectorAll(".ds-input--error").Select(i => i.Id));
        Assert.Equal("14", page.GetElementById("dob-day")!.GetAttribute("value"));
        Assert.Equal("1985", page.GetElementById("dob-year")!.GetAttribute("value"));
        Assert.Equal(["Día", "Mes", "Año"], page.QuerySelectorAll(".ds-date-input__label").Select(l => l.TextContent));
    }

    [Fact]
    public async Task An_answer_given_goes_on_and_comes_back_on_check_answers()
    {
        using var client = NewClient();
        await GetAsync(client, "/good/start?lang=en");
        var next = await PostAsync(client, "en", "address", "AddressLine1=1+River+Lane&AddressTown=Riverton&AddressPostcode=sw1a+1aa", expectPage: false);
        Assert.Equal("/good/permit-type", next);
        var check = await GetAsync(client, "/good/check-answers");
        var address = check.QuerySelectorAll(".ds-summary-list__value").Single(v => v.TextContent.Contains("1 River Lane", StringComparison.Ordinal));
        Assert.Contains("Riverton", address.TextContent, StringComparison.Ordinal);
        Assert.Contains("SW1A 1AA", address.TextContent, StringComparison.Ordinal);
    }

    private HttpClient NewClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = host.BaseUrl };

    private static async Task<IDocument> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static async Task<IDocument> PostAsync(HttpClient client, string lang, string step, string form) =>
        Parser.ParseDocument((await PostAsync(client, lang, step, form, expectPage: true))!);

    /// <summary>Posts the step's form (with its antiforgery token): the page shown (an error), or where a redirect goes.</summary>
    private static async Task<string?> PostAsync(HttpClient client, string lang, string step, string form, bool expectPage)
    {
        var get = await GetAsync(client, $"/good/{step}?lang={lang}");
        var token = get.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var body = "__RequestVerificationToken=" + Uri.EscapeDataString(token) + (form.Length == 0 ? string.Empty : "&" + form);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync(new Uri($"/good/{step}", UriKind.Relative), content);
        if (expectPage)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString.Split('?')[0];
    }
}
