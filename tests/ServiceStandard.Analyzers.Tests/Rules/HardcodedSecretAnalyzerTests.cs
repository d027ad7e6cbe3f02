using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

public sealed class HardcodedSecretAnalyzerTests
{
    [Fact]
    public Task Secrets_by_name_format_and_connection_string_are_reported() =>
        Verify<HardcodedSecretAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            using System.Net;

            public sealed class Settings
            {
                private const string AdminPassword = {|SS0001:"Tr0ub4dor&3xyz"|};
                public string ApiKey { get; set; } = {|SS0001:"a8f5f167f44f4964e6c998dee827110c"|};
                public string Database = {|SS0001:"Server=db;Database=app;User Id=app;Password=S3cr3t!pass;"|};
                public string Queue = {|SS0001:"amqp://app:hunter2hunter2@queue.internal:5672/"|};
                public string Pem = {|SS0001:"-----BEGIN RSA PRIVATE KEY-----\nMIIEow..."|};
                public string Aws = {|SS0001:"AKIAIOSFODNN7EXAMPLE"|};

                public NetworkCredential Credential() => new NetworkCredential("svc-user", {|SS0001:"pa55-W0rd-2024!"|});

                public Dictionary<string, string> Config() => new() { ["ClientSecret"] = {|SS0001:"q8Z~r1.Xk_9vLm2Pw3Ns4Tq"|} };
            }
            """);

    [Fact]
    public Task Look_alikes_are_not_reported() =>
        Verify<HardcodedSecretAnalyzer>.AnalyzerAsync("""
            public sealed class Settings
            {
                // Names of settings, headers and variables, not secrets.
                public const string PasswordSetting = "Smtp:Password";
                public const string ApiKeyHeaderName = "X-Api-Key";
                public const string TokenVariable = "GITHUB_TOKEN";
                public string Password { get; set; } = "Authentication:Admin:Password";

                // Text about passwords, placeholders, empty values and low-entropy defaults.
                public string PasswordPrompt = "Enter your password";
                public string PasswordHelp = "Your password must be 12 characters or more";
                public string Token = "{token}";
                public string Secret = "${CLIENT_SECRET}";
                public string ApiKey = "<your-api-key>";
                public string Passphrase = "xxxxxxxxxxxx";
                public string AccessToken = "changeme";

                // Connection strings with no password, or with the password from elsewhere.
                public string Local = "Server=(localdb)\\mssqllocaldb;Database=app;Trusted_Connection=True;";
                public string Templated = "Host=db;Username=app;Password={0};";
                public string Empty = "Host=db;Username=app;Password=;";

                // Long random-looking values whose names are not about secrets.
                public string CommitSha = "a8f5f167f44f4964e6c998dee827110c";
                public string TokenEndpoint = "https://login.example.gov/oauth2/token";
            }
            """);
}
