using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Forms;

/// <summary>
/// <c>&lt;ds-password-input asp-for="Password" label="Password"&gt;</c> (and <c>autocomplete="new-password"</c>
/// to create one): the password field in its form group, with label, hint and error from ModelState
/// like <c>&lt;ds-input&gt;</c>, and the show and hide button ("Show", "Show password" in the current
/// language) served hidden for the design system's script to show. The password people typed is
/// never written back into the page, whatever ModelState holds.
/// </summary>
[HtmlTargetElement("ds-password-input")]
public sealed class PasswordInputTagHelper : FormField
{
    /// <summary><c>current-password</c> (sign in, the default) or <c>new-password</c> (create or change one).</summary>
    [HtmlAttributeName("autocomplete")]
    public string Autocomplete { get; set; } = "current-password";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var field = await ResolveAsync(context, output);
        var input = new Element("input")
            .Class("ds-input", field.HasError ? "ds-input--error" : null, "ds-password-input__input", "ds-js-password-input-input")
            .Attr("id", field.Id).Attr("name", field.Name).Attr("type", "password")
            .Attr("spellcheck", "false").Attr("autocomplete", Autocomplete).Attr("autocapitalize", "none")
            .Merge(field.Attributes)
            .DescribedBy([field.HintId, field.ErrorId]);
        var toggle = new Element("button").Attr("type", "button")
            .Class("ds-button", "ds-button--secondary", "ds-password-input__toggle", "ds-js-password-input-toggle")
            .Attr("data-module", "ds-button").Attr("aria-controls", field.Id)
            .Attr("aria-label", DesignSystemText.Get("password-show-label")).Flag("hidden", true)
            .Text(DesignSystemText.Get("password-show"));
        var wrapper = new Element("div").Class("ds-input__wrapper", "ds-password-input__wrapper").Add(Parts.Lines(input, toggle));
        WriteFormGroup(output, field, Parts.FormGroup(field.HasError, "ds-password-input").Attr("data-module", "ds-password-input"), wrapper);
    }
}
