using System.Net;

namespace SampleService.Infrastructure;

/// <summary>
/// A signed-in area, so journeys and pages behind a sign-in can be tested: /account/ redirects
/// to /account/sign-in until the test password is given. The password is a fixed test value
/// (the tool's tests pass it through an environment variable, as a real team would a secret).
/// </summary>
public static class AccountEndpoints
{
    public const string TestPassword = "correct horse battery staple";

    private const string SessionKey = "account.signed-in";

    public static void MapAccountEndpoints(this WebApplication app)
    {
        app.MapGet("/account/", (HttpContext context) =>
            context.Session.GetString(SessionKey) == "yes"
                ? Page("Your account", "<h1 class=\"heading-l\">Your account</h1><p>You are signed in. Your permits are listed here.</p>")
                : Results.Redirect("/account/sign-in"));

        app.MapGet("/account/sign-in", () => SignInPage(error: false));

        // A sign-in form that submits with GET, as some real services do: the password travels
        // in the next page's URL, which the tool must never write or print.
        app.MapGet("/account/get-sign-in", () => Page("Sign in", GetSignInForm));
        app.MapGet("/account/get-sign-in/check", (HttpContext context) =>
        {
            if (context.Request.Query["password"] != TestPassword)
            {
                return Page("Error: Sign in", GetSignInForm);
            }

            context.Session.SetString(SessionKey, "yes");
            var token = context.Request.Query["password"].ToString().Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page("Signed in", $"<h1 class=\"heading-l\">You are signed in</h1><p><a href=\"/account/?session_token={token}{token}{token}{token}\">Go to your account</a></p>");
        });

        app.MapPost("/account/sign-in", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            if (form["password"] == TestPassword)
            {
                context.Session.SetString(SessionKey, "yes");
                return Results.Redirect("/account/");
            }

            return SignInPage(error: true);
        }).DisableAntiforgery();
    }

    private const string GetSignInForm = """
        <h1 class="heading-l">Sign in</h1>
        <form method="get" action="/account/get-sign-in/check" novalidate>
          <div class="form-group">
            <label class="label" for="email">Email address</label>
            <input class="input" id="email" name="email" type="email" autocomplete="username" spellcheck="false">
          </div>
          <div class="form-group">
            <label class="label" for="password">Password</label>
            <input class="input" id="password" name="password" type="password" autocomplete="current-password">
          </div>
          <button type="submit" class="button">Sign in</button>
        </form>
        """;

    private static IResult SignInPage(bool error)
    {
        var summary = error
            ? "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" data-module=\"error-summary\"><h2 class=\"error-summary__title\">There is a problem</h2><ul class=\"error-summary__list\"><li><a href=\"#password\">The password is not correct</a></li></ul></div>"
            : string.Empty;
        var body = summary + """
            <h1 class="heading-l">Sign in</h1>
            <form method="post" action="/account/sign-in" novalidate>
              <div class="form-group">
                <label class="label" for="email">Email address</label>
                <input class="input" id="email" name="email" type="email" autocomplete="username" spellcheck="false">
              </div>
              <div class="form-group">
                <label class="label" for="password">Password</label>
                <input class="input" id="password" name="password" type="password" autocomplete="current-password">
              </div>
              <button type="submit" class="button">Sign in</button>
            </form>
            """;
        return Page((error ? "Error: " : string.Empty) + "Sign in", body);
    }

    private static IResult Page(string title, string main) => Results.Content($"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{WebUtility.HtmlEncode(title)} – Apply for a fishing permit – GOV</title>
          <link rel="stylesheet" href="/css/app.css">
        </head>
        <body>
          <a href="#main-content" class="skip-link">Skip to main content</a>
          <main id="main-content" class="main" tabindex="-1">{main}</main>
          <script src="/js/app.js"></script>
        </body>
        </html>
        """, "text/html; charset=utf-8");
}
