using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SampleService.Infrastructure;

namespace SampleService.Pages;

/// <summary>An error on the page: the field group it belongs to, where its summary link points, and the message.</summary>
public sealed record FieldError(string Field, string Href, string Message);

/// <summary>
/// What every page tells the layout: language, title, back link, errors. The planted defects of
/// the /bad variant that live in the layout (no lang, no skip link, empty back link) are switched
/// on here by the page that carries them, so each shows on exactly one page.
/// </summary>
public abstract class SitePageModel : PageModel
{
    private readonly List<FieldError> _errors = [];

    public string Lang => LanguageMiddleware.Current(HttpContext);

    public string T(string key) => Strings.Get(key, Lang);

    /// <summary><c>good</c>, <c>bad</c>, or null for pages outside the journey.</summary>
    public string? Variant => RouteData.Values.TryGetValue("variant", out var value) ? value as string : null;

    public bool IsBad => Variant == VariantRouteConstraint.Bad;

    public IReadOnlyList<FieldError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    /// <summary>The page's own title, without the service name.</summary>
    public abstract string PageTitle { get; }

    /// <summary>"What is your name? – Apply for a fishing permit – GOV", with "Error: " first after a failed submit.</summary>
    public virtual string FullTitle
    {
        get
        {
            var service = T("service.name");
            var title = PageTitle == service ? $"{service} – GOV" : $"{PageTitle} – {service} – GOV";
            return HasErrors ? $"{T("common.errorPrefix")} {title}" : title;
        }
    }

    /// <summary>A class for the body naming the page, e.g. <c>page-name</c>.</summary>
    public abstract string PageName { get; }

    public virtual string? BackHref => null;

    public virtual bool OmitHtmlLang => false;

    public virtual bool OmitSkipLink => false;

    /// <summary>The design-system version this build serves (designsystem/package.json), for the ds-version meta element.</summary>
    public static string DesignSystemVersion { get; } = typeof(SitePageModel).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>()
        .Single(a => a.Key == "DesignSystemVersion").Value!;

    /// <summary>Whether the page links the design system's stylesheet and declares its version.</summary>
    public virtual bool LoadsDesignSystem => true;

    /// <summary>The classes of the phase banner's tag.</summary>
    public virtual string PhaseTagClass => "ds-tag ds-phase-banner__content__tag";

    /// <summary>The version the page declares in its ds-version meta element.</summary>
    public virtual string DeclaredDesignSystemVersion => DesignSystemVersion;

    public virtual bool EmptyBackLink => false;

    /// <summary>The footer lists Cookies before Help (the other pages list Help first).</summary>
    public virtual bool FooterLinksReordered => false;

    /// <summary>The footer's cookies link text, when a page names it differently.</summary>
    public virtual string CookiesLinkText => T("common.cookies");

    /// <summary>The Help link sits in the header instead of the footer.</summary>
    public virtual bool HelpLinkInHeader => false;

    /// <summary>Whether the error summary takes focus on load and its links focus their fields (GOV.UK behaviour).</summary>
    public virtual bool ErrorSummaryManagesFocus => true;

    public string StartHref => Variant is null ? "/" : StepHref("start");

    public string StepHref(string step) => $"/{Variant ?? VariantRouteConstraint.Good}/{step}";

    /// <summary>This page in another language: the same path and query, with <c>lang</c> replaced.</summary>
    public string LanguageHref(string lang)
    {
        var query = Request.Query
            .Where(q => !string.Equals(q.Key, LanguageMiddleware.QueryName, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(v ?? string.Empty)))
            .Append(LanguageMiddleware.QueryName + "=" + lang);
        return Request.PathBase + Request.Path + "?" + string.Join('&', query);
    }

    public FieldError? ErrorFor(string field) => _errors.FirstOrDefault(e => e.Field == field);

    /// <summary>The id of the field's inline error message, when it has one.</summary>
    public string? ErrorId(string field) => ErrorFor(field) is null ? null : field + "-error";

    /// <summary>An aria-describedby value from the ids that exist, or null (attribute left out).</summary>
    public static string? DescribedBy(params string?[] ids)
    {
        var value = string.Join(' ', ids.Where(id => !string.IsNullOrEmpty(id)));
        return value.Length == 0 ? null : value;
    }

    /// <summary>The field's inline error message (<c>&lt;p id="FIELD-error" class="ds-error-message"&gt;</c>; "error-message" on /bad), or nothing.</summary>
    public IHtmlContent ErrorMessage(string field)
    {
        var error = ErrorFor(field);
        if (error is null)
        {
            return HtmlString.Empty;
        }

        return new HtmlContentBuilder()
            .AppendHtml("<p id=\"").Append(field + "-error")
            .AppendHtml(IsBad ? "\" class=\"error-message\"><span class=\"visually-hidden\">" : "\" class=\"ds-error-message\"><span class=\"ds-visually-hidden\">")
            .Append(T("common.errorPrefix"))
            .AppendHtml("</span> ")
            .Append(error.Message)
            .AppendHtml("</p>");
    }

    /// <summary>
    /// Records an error twice: for /bad's hand-written markup (<paramref name="field"/>, the id its
    /// error message and summary link use) and in ModelState under the bound property's name, where
    /// /good's design-system tag helpers read it (the field's error, the summary's link to the kebab
    /// case of the name: <c>FullName</c> → <c>#full-name</c>).
    /// </summary>
    protected void AddError(string property, string field, string messageKey, string? href = null)
    {
        _errors.Add(new FieldError(field, href ?? field, T(messageKey)));
        ModelState.AddModelError(property, T(messageKey));
    }
}
