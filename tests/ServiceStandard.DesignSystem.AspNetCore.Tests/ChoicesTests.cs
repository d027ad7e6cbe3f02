using AngleSharp.Html.Parser;

namespace ServiceStandard.DesignSystem.AspNetCore.Tests;

/// <summary>Radios and checkboxes posted back: what was chosen stays chosen, the chosen radio's question is shown, and its error is linked.</summary>
[Collection(TagHelperHostCollection.Name)]
public sealed class ChoicesTests(TagHelperHost host)
{
    [Fact]
    public async Task The_chosen_radio_reveals_its_question_with_its_error()
    {
        var page = new HtmlParser().ParseDocument(await host.PostAsync("/forms/contact", ("Contact", "email"), ("ContactByEmail", ""), ("Waste", "mines")));

        Assert.True(page.GetElementById("contact")!.HasAttribute("checked"));
        Assert.False(page.GetElementById("contact-2")!.HasAttribute("checked"));
        var conditional = page.GetElementById("conditional-contact")!;
        Assert.DoesNotContain("ds-radios__conditional--hidden", conditional.ClassList);
        Assert.Equal("contact-by-email-error", conditional.QuerySelector("input")!.GetAttribute("aria-describedby"));
        Assert.Equal(["#contact-by-email"], page.QuerySelectorAll(".ds-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["mines"], page.QuerySelectorAll("input[name=Waste][checked]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task An_unchosen_radio_keeps_its_question_hidden()
    {
        var page = new HtmlParser().ParseDocument(await host.PostAsync("/forms/contact", ("Contact", "post")));

        Assert.Contains("ds-radios__conditional--hidden", page.GetElementById("conditional-contact")!.ClassList);
        Assert.True(page.GetElementById("contact-2")!.HasAttribute("checked"));
        Assert.Null(page.QuerySelector(".ds-error-summary"));
    }
}
