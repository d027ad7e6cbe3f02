using AngleSharp.Html.Parser;
using ServiceStandard.DesignSystem.Tests;

namespace ServiceStandard.DesignSystem.AspNetCore.Tests;

/// <summary>
/// A form posted back with errors, through model binding, data annotations and the date binder: the
/// fields show their errors and what was typed as the examples do, and the error summary links to
/// the input at fault.
/// </summary>
[Collection(TagHelperHostCollection.Name)]
public sealed class ModelStateTests(TagHelperHost host)
{
    private const string Page = "/forms/passport";

    [Fact]
    public async Task A_required_field_left_empty_renders_as_the_error_example()
    {
        var page = await host.PostAsync(Page, ("eventName", ""), ("passportIssued-day", "1"), ("passportIssued-month", "2"), ("passportIssued-year", "2020"));

        HtmlComparison.AssertSameMarkup(DesignSystemFiles.ExampleHtml("text-input", "error"), Section(page, "event"), "event name posted empty");
        Assert.Equal(["#event-name"], SummaryLinks(page));
    }

    [Fact]
    public async Task A_date_without_its_year_binds_to_the_error_example_and_the_summary_links_to_the_year()
    {
        var page = await host.PostAsync(Page, ("eventName", "Fete"), ("passportIssued-day", "6"), ("passportIssued-month", "3"), ("passportIssued-year", ""));

        HtmlComparison.AssertSameMarkup(DesignSystemFiles.ExampleHtml("date-input", "error"), Section(page, "date"), "date posted without a year");
        Assert.Equal(["#passport-issued-year"], SummaryLinks(page));
        HtmlComparison.AssertMeetsContracts(Section(page, "summary") + Section(page, "date"), "error-summary");
    }

    [Fact]
    public async Task A_date_that_does_not_exist_marks_every_part_and_links_to_the_day()
    {
        var page = await host.PostAsync(Page, ("eventName", "Fete"), ("passportIssued-day", "31"), ("passportIssued-month", "2"), ("passportIssued-year", "2024"));
        var date = Parse(Section(page, "date"));

        Assert.Contains("The date your passport was issued must be a real date", date.QuerySelector(".ds-error-message")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, date.QuerySelectorAll(".ds-input--error").Length);
        Assert.Equal(["31", "2", "2024"], date.QuerySelectorAll("input").Select(i => i.GetAttribute("value")));
        Assert.Equal(["#passport-issued-day"], SummaryLinks(page));
    }

    [Fact]
    public async Task A_part_that_is_not_a_number_is_the_one_marked()
    {
        var page = await host.PostAsync(Page, ("eventName", "Fete"), ("passportIssued-day", "6"), ("passportIssued-month", "March"), ("passportIssued-year", "2024"));
        var date = Parse(Section(page, "date"));

        Assert.Equal(["passport-issued-month"], date.QuerySelectorAll(".ds-input--error").Select(i => i.Id));
        Assert.Equal(["#passport-issued-month"], SummaryLinks(page));
    }

    [Fact]
    public async Task An_empty_date_is_left_to_its_required_attribute()
    {
        var page = await host.PostAsync(Page, ("eventName", "Fete"), ("passportIssued-day", ""), ("passportIssued-month", ""), ("passportIssued-year", ""));

        Assert.Contains("Enter the date your passport was issued", Section(page, "date"), StringComparison.Ordinal);
        Assert.Equal(["#passport-issued-day"], SummaryLinks(page));
    }

    [Fact]
    public async Task A_real_date_binds_to_the_DateOnly_property()
    {
        var page = await host.PostAsync(Page, ("eventName", "Fete"), ("passportIssued-day", "5"), ("passportIssued-month", "1"), ("passportIssued-year", "1978"));

        Assert.Empty(SummaryLinks(page));
        Assert.Equal("1978-01-05", Parse(page).GetElementById("bound")!.TextContent);
        Assert.Equal(["5", "1", "1978"], Parse(Section(page, "date")).QuerySelectorAll("input").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task An_error_the_page_sets_on_a_whole_date_links_to_the_day_and_marks_every_part()
    {
        var page = await host.GetAsync(Page + "?whole-date-error=true");

        Assert.Equal(["#passport-issued-day"], SummaryLinks(page));
        Assert.Equal(3, Parse(Section(page, "date")).QuerySelectorAll(".ds-input--error").Length);
    }

    [Fact]
    public async Task The_summary_lists_the_errors_in_the_order_the_form_asks_its_questions()
    {
        var page = await host.PostAsync("/forms/address", ("AddressLine1", ""), ("Town", ""), ("Postcode", ""));

        Assert.Equal(["#address-line-1", "#town", "#postcode"], SummaryLinks(page));
        Assert.Equal(["Enter address line 1", "Enter town or city", "Enter postcode"], Parse(page).QuerySelectorAll(".ds-error-summary__list a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task With_no_error_the_summary_writes_nothing()
    {
        var page = await host.GetAsync(Page);

        Assert.Equal(string.Empty, Section(page, "summary").Trim());
    }

    [Fact]
    public async Task A_Spanish_request_gets_the_texts_the_tag_helpers_supply_in_Spanish()
    {
        var page = await host.PostAsync(Page + "?culture=es", ("eventName", ""), ("passportIssued-day", "6"), ("passportIssued-month", "3"), ("passportIssued-year", ""));
        var document = Parse(page);

        Assert.Equal("Hay un problema", document.QuerySelector(".ds-error-summary__title")!.TextContent);
        Assert.Equal(["Día", "Mes", "Año"], document.QuerySelectorAll(".ds-date-input__label").Select(l => l.TextContent));
        Assert.Contains("debe incluir el año", document.GetElementById("passport-issued-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Error:", document.QuerySelector("#event-name-error .ds-visually-hidden")!.TextContent);
    }

    private static AngleSharp.Dom.IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string Section(string page, string id) => Parse(page).GetElementById(id)!.InnerHtml;

    private static List<string?> SummaryLinks(string page) =>
        [.. Parse(page).QuerySelectorAll(".ds-error-summary__list a").Select(a => a.GetAttribute("href"))];
}
