using ServiceStandard.Assessing;
using ServiceStandard.Configuration;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Standard;
using ServiceStandard.Testing;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Checks.Tests.Web;

/// <summary>Pages behind a sign-in: the sign-in steps run in every browser context, with the secret from the environment.</summary>
public sealed class SignInTests(SampleServiceHost host) : IClassFixture<SampleServiceHost>
{
    private const string Variable = "SERVICESTANDARD_TEST_SIGNIN_PASSWORD";

    [Fact]
    public async Task Pages_behind_a_sign_in_are_assessed_and_the_secret_is_never_written()
    {
        Environment.SetEnvironmentVariable(Variable, "correct horse battery staple");
        try
        {
            var outcome = await AssessAsync();

            var page = Assert.Single(outcome.Report!.Pages);
            Assert.Null(page.Error);
            Assert.EndsWith("/account/", page.FinalUrl, StringComparison.Ordinal);
            Assert.StartsWith("Your account", page.Title, StringComparison.Ordinal);
            var written = AssessmentJson.Serialize(outcome.Report) + AssessmentJson.Serialize(outcome.Evidence);
            Assert.DoesNotContain("correct horse battery staple", written, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }

    [Fact]
    public async Task A_missing_secret_is_a_located_error_before_any_browser_starts()
    {
        Environment.SetEnvironmentVariable(Variable, null);
        var config = Config();
        var run = await new AssessmentRunner().RunAsync(config, ShippedStandards.Load("digital-service-standard").Value!, CheckFilter.All, null, null, CancellationToken.None);

        Assert.False(run.Succeeded);
        var error = Assert.Single(run.Errors);
        Assert.Contains(Variable, error.Message, StringComparison.Ordinal);
        Assert.Equal("signin.yml", error.Location.File);
        Assert.Equal(11, error.Location.Line);
    }

    private async Task<AssessmentOutcome> AssessAsync()
    {
        var run = await new AssessmentRunner().RunAsync(Config(), ShippedStandards.Load("digital-service-standard").Value!, CheckFilter.Only("accessibility/axe"), null, null, CancellationToken.None);
        Assert.True(run.Succeeded, string.Join("\n", run.Diagnostics));
        return run.Value!;
    }

    private ServiceConfig Config()
    {
        var yaml = $$"""
            schemaVersion: 1
            target:
              baseUrl: {{host.BaseUrl}}
              pages: [/account/]
              auth:
                loginUrl: /account/sign-in
                steps:
                  - fill: { selector: "#email", value: "ana@example.org" }
                  - fill:
                      selector: "#password"
                      value: "${env:{{Variable}}}"
                  - click: "button[type=submit]"
            """;
        var loaded = ConfigLoader.Parse(yaml, "signin.yml", Path.GetTempPath());
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return loaded.Value!;
    }
}
