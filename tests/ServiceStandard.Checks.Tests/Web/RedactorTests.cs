using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Privacy;

namespace ServiceStandard.Checks.Tests.Web;

/// <summary>What the redactor takes out of a text, and what it must leave alone.</summary>
public sealed class RedactorTests
{
    [Theory]
    [InlineData("password")]
    [InlineData("Password")]
    [InlineData("new_password")]
    [InlineData("user[password]")]
    [InlineData("passwd")]
    [InlineData("pwd")]
    [InlineData("access_token")]
    [InlineData("resetToken")]
    [InlineData("client_secret")]
    [InlineData("api_key")]
    [InlineData("apiKey")]
    [InlineData("X-Api-Key")]
    [InlineData("code")]
    [InlineData("auth_code")]
    [InlineData("otp")]
    [InlineData("session_id")]
    [InlineData("sig")]
    public void Names_of_credentials_are_recognised(string name) => Assert.True(CredentialNames.IsCredential(name), name);

    [Theory]
    [InlineData("postcode")]
    [InlineData("monkey")]
    [InlineData("keyword")]
    [InlineData("lang")]
    [InlineData("page")]
    [InlineData("q")]
    [InlineData("email")]
    [InlineData("passport-number")]
    [InlineData("signed")]
    [InlineData("")]
    public void Ordinary_names_are_not_credentials(string name) => Assert.False(CredentialNames.IsCredential(name), name);

    [Fact]
    public void Query_values_of_credential_names_are_redacted_in_absolute_relative_and_HTML_escaped_URLs()
    {
        var redactor = new Redactor();

        Assert.Equal("http://127.0.0.1:5000/check?email=a%40b.org&password=REDACTED&lang=en", redactor.Text("http://127.0.0.1:5000/check?email=a%40b.org&password=hunter2&lang=en"));
        Assert.Equal("<a href=\"/reset?id=7&amp;token=REDACTED\">Reset</a>", redactor.Text("<a href=\"/reset?id=7&amp;token=abc123\">Reset</a>"));
        Assert.Equal("https://service.example/cb#access_token=REDACTED&state=xyz", redactor.Text("https://service.example/cb#access_token=eyJhbGci&state=xyz"));
        Assert.Equal("https://ana:REDACTED@service.example/", redactor.Text("https://ana:s3cret@service.example/"));
        // Nothing to hide: the text is kept as it is.
        Assert.Equal("/search?q=fishing+permit&page=2", redactor.Text("/search?q=fishing+permit&page=2"));
        Assert.Equal("a = b, c@d", redactor.Text("a = b, c@d"));
    }

    [Fact]
    public void A_secret_is_redacted_in_any_encoding_and_under_the_name_of_the_field_it_was_typed_into()
    {
        var redactor = new Redactor();
        redactor.AddSecret("tortilla de patatas");
        redactor.AddCredentialField("clave");

        Assert.Equal("/next?clave=REDACTED", redactor.Text("/next?clave=otra"));
        Assert.Equal("/next?q=REDACTED", redactor.Text("/next?q=tortilla+de+patatas"));
        Assert.Equal("You typed [redacted].", redactor.Text("You typed tortilla de patatas."));
        Assert.Equal("x [redacted] y", redactor.Text("x tortilla%20de%20patatas y"));
    }

    [Fact]
    public void A_short_secret_is_redacted_as_a_query_value_but_not_inside_words()
    {
        var redactor = new Redactor();
        redactor.AddSecret("ab1");

        Assert.Equal("/next?x=REDACTED", redactor.Text("/next?x=ab1"));
        Assert.Equal("tab1 grab1", redactor.Text("tab1 grab1"));
    }

    [Fact]
    public void Every_text_of_a_page_snapshot_is_redacted_and_the_rest_is_kept()
    {
        var redactor = new Redactor();
        redactor.AddSecret("correct horse");
        var snapshot = new PageSnapshot
        {
            RequestedUrl = "http://127.0.0.1:5000/check?password=correct+horse",
            FinalUrl = "http://127.0.0.1:5000/check?password=correct+horse",
            Status = 200,
            Title = "Welcome, correct horse",
            Html = "<p>correct horse</p><a href=\"/next?token=t0k3n\">next</a>",
            Origin = PageOrigin.JourneyStep("sign-in", 3, "click 'button'"),
            Error = new PageError("journey-step", "failed at http://127.0.0.1:5000/check?password=correct+horse"),
        };

        var redacted = redactor.Apply(snapshot);

        Assert.Equal("http://127.0.0.1:5000/check?password=REDACTED", redacted.FinalUrl);
        Assert.Equal("http://127.0.0.1:5000/check?password=REDACTED", redacted.RequestedUrl);
        Assert.Equal("Welcome, [redacted]", redacted.Title);
        Assert.Equal("<p>[redacted]</p><a href=\"/next?token=REDACTED\">next</a>", redacted.Html);
        Assert.Equal("failed at http://127.0.0.1:5000/check?password=REDACTED", redacted.Error!.Message);
        Assert.Equal(200, redacted.Status);
        Assert.Equal(snapshot.Origin, redacted.Origin);
    }
}
