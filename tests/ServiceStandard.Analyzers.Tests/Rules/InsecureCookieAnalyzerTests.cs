using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

public sealed class InsecureCookieAnalyzerTests
{
    [Fact]
    public Task Cookies_missing_protection_are_reported() =>
        Verify<InsecureCookieAnalyzer>.AnalyzerAsync("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.DependencyInjection;

            public static class Cookies
            {
                public static void Write(HttpResponse response, string value)
                {
                    response.Cookies.Append("consent", value, {|SS0006:new CookieOptions { HttpOnly = true }|});
                    {|SS0006:response.Cookies.Append("theme", value)|};

                    var options = {|SS0006:new CookieOptions()|};
                    options.Secure = true;
                    options.HttpOnly = true;
                    response.Cookies.Append("basket", value, options);
                }

                public static void Configure(IServiceCollection services) =>
                    services.AddSession(options => {|SS0006:options.Cookie.SecurePolicy = CookieSecurePolicy.None|});
            }
            """);

    [Fact]
    public Task Protected_and_deliberately_readable_cookies_are_not_reported() =>
        Verify<InsecureCookieAnalyzer>.AnalyzerAsync("""
            using Microsoft.AspNetCore.Http;

            public static class Cookies
            {
                public static void Write(HttpContext context, string value)
                {
                    context.Response.Cookies.Append("session", value, new CookieOptions
                    {
                        Secure = true,
                        HttpOnly = true,
                        SameSite = SameSiteMode.Strict,
                    });

                    // Read by the single-page app's script on purpose, and only sent over HTTPS.
                    context.Response.Cookies.Append("XSRF-TOKEN", value, new CookieOptions
                    {
                        Secure = context.Request.IsHttps,
                        HttpOnly = false,
                        SameSite = SameSiteMode.Strict,
                    });

                    var options = new CookieOptions { SameSite = SameSiteMode.Lax };
                    options.Secure = true;
                    options.HttpOnly = true;
                    context.Response.Cookies.Append("lang", value, options);
                }
            }
            """);

    [Fact]
    public Task A_classic_cookie_added_without_secure_is_reported_and_one_with_secure_is_not() =>
        Verify<InsecureCookieAnalyzer>.AnalyzerAsync([
            """
            using System.Web;

            public sealed class Page
            {
                public void Bad(HttpRequest req, HttpResponse resp)
                {
                    var cookie = new HttpCookie("SecretMessage", "test");
                    if (req.IsSecureConnection)
                    {
                        {|SS0006:resp.Cookies.Add(cookie)|};
                    }
                }

                public void Good(HttpResponse resp, HttpCookie fromElsewhere)
                {
                    var cookie = new HttpCookie("SecretMessage", "test");
                    cookie.Secure = true;
                    resp.Cookies.Add(cookie);
                    resp.Cookies.Add(new HttpCookie("a", "b") { Secure = true });
                    resp.Cookies.Add(fromElsewhere);
                }
            }
            """,
            ClassicAspNet.SystemWeb,
        ]);
}
