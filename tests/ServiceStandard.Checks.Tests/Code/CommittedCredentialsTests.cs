using System.Text.Json;
using ServiceStandard.Checks.Code;
using ServiceStandard.Gathering.Source;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Tests.Code;

public sealed class CommittedCredentialsTests
{
    private static readonly string[] Secrets =
        ["Tr0ut-Season-2024", "smtp-pa55word", "k3y-for-signing-tokens-0123456789", "sk_live_51HxYz", "Qm9vdHM~client", "rabbit-pa55", "pg-pa55", "Sm7p!legacy", "pay-4f8a9c", "dev-only-pa55", "launch-pa55"];

    [Fact]
    public async Task Credentials_in_configuration_files_are_reported_at_their_key_without_their_value()
    {
        using var tree = new TempSourceTree(
            ("App/appsettings.json", """
                {
                  // Read by the permits service.
                  "ConnectionStrings": {
                    "Permits": "Server=db.internal;Database=permits;User Id=app;Password=Tr0ut-Season-2024;"
                  },
                  "Smtp": { "Host": "smtp.example.gov", "Password": "smtp-pa55word" },
                  "Jwt": { "Issuer": "permits", "Key": "k3y-for-signing-tokens-0123456789" },
                  "Stripe": { "ApiKey": "sk_live_51HxYz" },
                  "AzureAd": { "ClientId": "3f2a", "ClientSecret": "Qm9vdHM~client" },
                  "Queue": "amqp://permits:rabbit-pa55@queue.internal:5672/",
                }
                """),
            ("App/.env", "# local\nexport POSTGRES_PASSWORD=\"pg-pa55\"\nPOSTGRES_USER=permits\n"),
            ("Legacy/web.config", """
                <configuration>
                  <connectionStrings>
                    <add name="Legacy" connectionString="Data Source=sql01;Initial Catalog=Permits;User ID=legacy;Pwd=Sm7p!legacy" />
                  </connectionStrings>
                  <appSettings>
                    <add key="PaymentApiKey" value="pay-4f8a9c" />
                  </appSettings>
                </configuration>
                """),
            ("App/appsettings.Development.json", """{ "ConnectionStrings": { "Permits": "Host=localhost;Username=dev;Password=dev-only-pa55" } }"""),
            ("App/Properties/launchSettings.json", """{ "profiles": { "App": { "environmentVariables": { "Smtp__Password": "launch-pa55" } } } }"""));

        var result = await CodeAssessment.RunAsync(new SourceRequest(tree.Root), CancellationToken.None);

        var findings = result.Findings.Where(f => f.RuleId == "committed-credentials").ToList();
        Assert.Equal(
        [
            "App/.env:2:26 POSTGRES_PASSWORD Violation Critical",
            "App/Properties/launchSettings.json:1:70 profiles:App:environmentVariables:Smtp__Password NeedsReview Moderate",
            "App/appsettings.Development.json:1:37 ConnectionStrings:Permits NeedsReview Moderate",
            "App/appsettings.json:10:12 Queue Violation Critical",
            "App/appsettings.json:4:16 ConnectionStrings:Permits Violation Critical",
            "App/appsettings.json:6:53 Smtp:Password Violation Critical",
            "App/appsettings.json:7:40 Jwt:Key Violation Critical",
            "App/appsettings.json:8:25 Stripe:ApiKey Violation Critical",
            "App/appsettings.json:9:52 AzureAd:ClientSecret Violation Critical",
            "Legacy/web.config:3:24 Legacy Violation Critical",
            "Legacy/web.config:6:30 PaymentApiKey Violation Critical",
        ], findings.Select(Describe).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal(RepositoryChecks.CheckId, f.CheckId));
        Assert.Contains("App/appsettings.json line 6: Smtp:Password holds a credential committed to the repository (value not shown).", findings.Select(f => f.Message));

        // The evidence names the key and place, never the value: not in the message, help or anywhere in the finding.
        var written = JsonSerializer.Serialize(findings);
        Assert.All(Secrets, secret => Assert.DoesNotContain(secret, written, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Placeholders_references_settings_about_secrets_and_test_fixtures_are_not_credentials()
    {
        using var tree = new TempSourceTree(
            ("App/appsettings.json", """
                {
                  "ConnectionStrings": {
                    "Permits": "Server=(localdb)\\mssqllocaldb;Database=permits;Trusted_Connection=True;",
                    "Reports": "Server=sql01;Database=reports;Integrated Security=true",
                    "Audit": "Server=sql01;Database=audit;User Id=audit;Password=;",
                    "Storage": "UseDevelopmentStorage=true",
                    "Queue": "Host=db;Password=${DB_PASSWORD}"
                  },
                  "Smtp": { "Password": "", "Username": "permits" },
                  "Jwt": { "Key": "<your-signing-key>", "TokenLifetimeMinutes": "30", "Issuer": "permits" },
                  "Stripe": { "ApiKey": "#{StripeApiKey}#", "ApiKeyHeaderName": "X-Api-Key" },
                  "AzureAd": { "ClientSecret": "__AzureAdClientSecret__", "TokenEndpoint": "https://login.example.gov/token" },
                  "Payments": { "Secret": "@Microsoft.KeyVault(SecretUri=https://permits.vault.azure.net/secrets/payments/)" },
                  "Notify": { "ApiKey": "changeme" },
                  "Identity": { "Password": { "RequiredLength": 12, "RequireDigit": true } },
                  "Admin": { "PasswordHash": "AQAAAAIAAYagAAAAEO", "SecretName": "permits-admin" },
                  "Cache": "redis://cache.internal:6379"
                }
                """),
            ("App/.env.example", "DB_PASSWORD=\nAPI_KEY=your-api-key-here\n"),
            ("App/web.config", """<configuration><appSettings><add key="ApiKey" value="$(ApiKey)" /></appSettings></configuration>"""),
            ("tests/App.Tests/appsettings.json", """{ "ConnectionStrings": { "Db": "Host=localhost;Password=fixture-pa55" } }"""));

        var result = await CodeAssessment.RunAsync(new SourceRequest(tree.Root), CancellationToken.None);

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "committed-credentials");
    }

    private static string Describe(Finding f)
    {
        var span = Assert.IsType<SourceLocationSpan>(f.Location);
        var key = f.Message.Split(": ", 2)[1].Split(" holds", 2)[0];
        return $"{span.Path}:{span.StartLine}:{span.StartColumn} {key} {f.Kind} {f.Severity}";
    }
}
