using System.Globalization;

namespace SampleService.Infrastructure;

/// <summary>
/// Picks the page language: <c>?lang=en|es</c> wins and is remembered in the <c>lang</c> cookie;
/// otherwise the cookie; otherwise English. The request runs in that culture, as ASP.NET Core's
/// request localization would set it, because the design system's tag helpers choose their own words
/// ("There is a problem", "Hay un problema") by <see cref="CultureInfo.CurrentUICulture"/>.
/// </summary>
public sealed class LanguageMiddleware(RequestDelegate next)
{
    public const string CookieName = "lang";
    public const string QueryName = "lang";
    private const string ItemKey = "SampleService.Language";

    public static IReadOnlyList<string> Supported { get; } = ["en", "es"];

    public static string Current(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(ItemKey, out var value) && value is string lang ? lang : "en";
    }

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string? lang = context.Request.Query[QueryName];
        if (lang is not null && Supported.Contains(lang))
        {
            context.Response.Cookies.Append(CookieName, lang, new CookieOptions
            {
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Path = "/",
                MaxAge = TimeSpan.FromDays(365),
            });
        }
        else
        {
            lang = context.Request.Cookies[CookieName];
            if (lang is null || !Supported.Contains(lang))
            {
                lang = "en";
            }
        }

        context.Items[ItemKey] = lang;
        var culture = CultureInfo.GetCultureInfo(lang);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        return next(context);
    }
}
