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

    [Fact]
    public Task Secrets_handed_to_apis_and_stored_beside_lookups_are_reported() =>
        Verify<HardcodedSecretAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            using System.Net;
            using System.Text;
            using Microsoft.Extensions.Configuration;

            public sealed class Signing(IConfiguration configuration)
            {
                // A lookup beside them does not make these values names.
                public string? Issuer { get; } = configuration["Jwt:Issuer"];
                public byte[] SigningKey { get; } = Encoding.UTF8.GetBytes({|SS0001:"ThisIsMyJwtSigningKey2024!"|});
                public string AdminPassword = {|SS0001:"Password123!"|};
                public string Reports = {|SS0001:"Server=db;Database=reports;User Id=reports;Password=Rep0rts!2024;"|};

                public NetworkCredential Sftp() => new NetworkCredential("sftp", {|SS0001:"q8Z~r1.Xk_9vLm2P"|});

                public Dictionary<string, string> Headers() => new() { ["X-Api-Key"] = "header", ["ApiKey"] = {|SS0001:"a8f5f167f44f4964e6c998dee827110c"|} };
            }
            """);

    [Fact]
    public Task Keys_names_placeholders_and_sample_code_are_not_reported() =>
        Verify<HardcodedSecretAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            using System.Security.Claims;
            using System.Text.Json;
            using Microsoft.Extensions.Configuration;

            // Constants whose value is their own name are keys.
            public static class SettingKeys
            {
                public const string ApiKey = "ApiKey";
                public const string Password = "password";
                public const string AccessToken = "access_token";
                public const string ClientSecret = "client-secret";
                public const string RefreshToken = "RefreshToken";
            }

            public sealed class SftpClientFactory(IConfiguration configuration)
            {
                // Lookups: the literal names a value held in configuration, JSON, the environment or a claim.
                public string? StorageAccessKey { get; } = configuration.GetValue<string>("SftpStorageAccessKey");
                public string? ServiceApiKey => configuration["ServiceApiKey"];
                public string? DatabasePassword => Environment.GetEnvironmentVariable("DB_PASSWORD") ?? configuration.GetConnectionString("ReportingDatabase");

                public string? AccessToken(JsonElement json) => json.GetProperty("access_token").GetString();

                public Claim TokenClaim(string value) => new Claim("refresh_token", value);

                public string? Password(IDictionary<string, string> form) => form.TryGetValue("new_password", out var password) ? password : form["current_password"];
            }

            // Seed data and samples: values that say they stand in for a secret.
            public sealed class SeedUser
            {
                public string PasswordHash { get; set; } = "hashed_password_123";
                public string PasswordSalt { get; set; } = "random_salt_abc";
                public string ApiKey { get; set; } = "your-api-key-here";
                public string ClientSecret { get; set; } = "example-client-secret-value";
                public string Token { get; set; } = "dummy_token_for_tests";
                public string Connection { get; set; } = "Server=myServer;Database=myDb;User Id=myUser;Password=myPassword;";

                // Code shown on a help page, not a value the service uses.
                public string UsageSample { get; set; } = "services.AddDbContext<AppDb>(o => o.UseNpgsql(\"Host=db;Password=S3cr3tPass\"));";
            }
            """);

    [Fact]
    public Task A_literal_stored_in_a_local_is_judged_by_where_the_local_goes() =>
        Verify<HardcodedSecretAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net;
            using System.Security.Cryptography;
            using System.Text;

            public sealed class Juliet
            {
                // CWE-259: the password goes through a local into NetworkCredential and a connection string.
                public NetworkCredential Credential()
                {
                    string data;
                    data = {|SS0001:"7e5tc4s3"|};
                    NetworkCredential credentials = null!;
                    if (data != null)
                    {
                        credentials = new NetworkCredential("user", data, "domain");
                    }

                    return credentials;
                }

                public string Connection()
                {
                    var data = {|SS0001:"7e5tc4s3"|};
                    return @"Data Source=(local);Initial Catalog=CWE256;User ID=" + "sa" + ";Password=" + data;
                }

                // CWE-321: the key goes through a local into AES and a key derivation.
                public byte[] Encrypt(byte[] salt)
                {
                    string data = {|SS0001:"23 ~j;asn!@#/>as"|};
                    using var aes = Aes.Create();
                    aes.Key = Encoding.UTF8.GetBytes(data);
                    using var encryptor = aes.CreateEncryptor(Encoding.UTF8.GetBytes({|SS0001:"9f8e7d6c5b4a3210"|}), aes.IV);
                    var phrase = {|SS0001:"Pa55phr4se!2024"|};
                    using var derived = new Rfc2898DeriveBytes(phrase, salt, 600_000, HashAlgorithmName.SHA256);
                    return derived.GetBytes(32);
                }
            }
            """);

    [Fact]
    public Task A_local_replaced_before_use_or_holding_a_placeholder_is_not_reported() =>
        Verify<HardcodedSecretAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net;
            using System.Security.Cryptography;
            using System.Text;

            public sealed class Juliet
            {
                // Juliet's goodG2B: the literal is replaced by what the user types before it is used.
                public NetworkCredential Credential()
                {
                    string data = "7e5tc4s3";
                    data = Console.ReadLine() ?? string.Empty;
                    return new NetworkCredential("user", data, "domain");
                }

                public string Connection(string password)
                {
                    var data = "your-password-here";
                    var server = "db.internal.example";
                    return "Server=" + server + ";Password=" + data + ";Password=" + password;
                }

                // A local that goes nowhere secret-shaped: a message, a plain hash input.
                public byte[] Hash()
                {
                    var data = "7e5tc4s3-ordinary";
                    Console.WriteLine(data);
                    return SHA256.HashData(Encoding.UTF8.GetBytes(data));
                }
            }
            """);

    [Fact]
    public Task A_constant_reaching_a_password_or_key_through_branches_parameters_fields_and_collections_is_reported() =>
        Verify<HardcodedSecretAnalyzer>.AnalyzerAsync(["""
            namespace System.Data.SqlClient
            {
                // The shape of the package's builder.
                public sealed class SqlConnectionStringBuilder
                {
                    public string DataSource { get; set; } = "";
                    public string Password { get; set; } = "";
                    public string ConnectionString => DataSource;
                }
            }
            """, """
            using System;
            using System.Data.SqlClient;
            using System.Net;
            using System.Security.Cryptography;
            using System.Text;

            internal sealed class Juliet
            {
                private string dataBad = "";

                public NetworkCredential Branches(bool flag)
                {
                    string data;
                    if (flag)
                    {
                        data = {|SS0001:"7e5tc4s3"|};
                    }
                    else
                    {
                        data = null!;
                    }

                    return new NetworkCredential("user", data, "domain");
                }

                public void Flows()
                {
                    Sink({|SS0001:"s3cr3t"|});
                    var passwords = new string[5];
                    passwords[2] = {|SS0001:"hunter22"|};
                    ArraySink(passwords);
                    dataBad = {|SS0001:"pa55word"|};
                    FieldSink();
                }

                private static NetworkCredential Sink(string data) => new NetworkCredential("user", data);

                private static NetworkCredential ArraySink(string[] data) => new NetworkCredential("user", data[2]);

                private NetworkCredential FieldSink() => new NetworkCredential { UserName = "user", Password = dataBad };

                public string Builder() => new SqlConnectionStringBuilder { DataSource = "db", Password = Source() }.ConnectionString;

                private static string Source()
                {
                    var data = {|SS0001:"letmein1"|};
                    return data;
                }

                // A public field and a call through a base method: some of the values they carry are constants.
                public sealed class Container
                {
                    public string? containerOne;
                }

                public NetworkCredential Through(Base sink)
                {
                    var container = new Container { containerOne = {|SS0001:"0p3nSesame"|} };
                    sink.Action({|SS0001:"tr0ub4dor"|});
                    return new NetworkCredential("user", container.containerOne);
                }

                internal abstract class Base
                {
                    public abstract NetworkCredential Action(string data);
                }

                internal sealed class Bad : Base
                {
                    public override NetworkCredential Action(string data) => new NetworkCredential("user", data);
                }

                public string Connection(bool flag)
                {
                    var data = flag ? {|SS0001:"Rep0rts"|} : "";
                    return $"Server=db;User ID=sa;Password={data}";
                }

                public byte[] Encrypt(bool flag)
                {
                    string data = "";
                    if (flag)
                    {
                        data = {|SS0001:"23 ~j;asn!@#/>as"|};
                    }

                    using var aes = Aes.Create();
                    aes.Key = {|SS0001:new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }|};
                    using var encryptor = aes.CreateEncryptor(Encoding.UTF8.GetBytes(data), aes.IV);
                    return aes.IV;
                }
            }
            """]);

    [Fact]
    public Task A_password_or_key_read_at_run_time_empty_or_a_placeholder_is_not_reported() =>
        Verify<HardcodedSecretAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net;
            using System.Security.Cryptography;
            using System.Text;

            internal sealed class Juliet
            {
                public NetworkCredential GoodG2B()
                {
                    string data = "";
                    try
                    {
                        data = Console.ReadLine()!;
                    }
                    catch (System.IO.IOException)
                    {
                    }

                    return Sink(data);
                }

                public NetworkCredential Placeholder() => Sink("changeme");

                public NetworkCredential Empty() => new NetworkCredential("user", string.Empty);

                private static NetworkCredential Sink(string password) => new NetworkCredential("user", password);

                // Public: the argument comes from callers outside the assembly.
                public static NetworkCredential Open(string password) => new NetworkCredential("user", password);

                public byte[] Encrypt()
                {
                    var key = Environment.GetEnvironmentVariable("KEY") ?? "";
                    using var aes = Aes.Create();
                    aes.Key = Encoding.UTF8.GetBytes(key);
                    return aes.IV;
                }

                // Not a password: a hint about one, a length.
                public static int Check(string passwordHint, int passwordLength) => passwordHint.Length + passwordLength;

                public int Use() => Check("first pet", 8);
            }
            """);
}
