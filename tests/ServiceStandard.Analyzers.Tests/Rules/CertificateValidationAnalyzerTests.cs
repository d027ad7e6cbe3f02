using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

public sealed class CertificateValidationAnalyzerTests
{
    [Fact]
    public Task Callbacks_that_accept_everything_are_reported() =>
        Verify<CertificateValidationAnalyzer>.AnalyzerAsync("""
            using System.IO;
            using System.Net.Http;
            using System.Net.Security;
            using System.Security.Cryptography.X509Certificates;

            public static class Clients
            {
                public static HttpClient Lambda() => new(new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = {|SS0003:(message, certificate, chain, errors) => true|},
                });

                public static HttpClient Dangerous() => new(new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = {|SS0003:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|},
                });

                public static SslStream Stream(Stream inner) => new(inner, false, {|SS0003:AcceptAll|});

                public static SocketsHttpHandler Sockets()
                {
                    var handler = new SocketsHttpHandler();
                    handler.SslOptions.RemoteCertificateValidationCallback = {|SS0003:delegate { return true; }|};
                    return handler;
                }

                private static bool AcceptAll(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
                {
                    return true;
                }
            }
            """);

    [Fact]
    public Task Callbacks_that_check_and_development_only_shortcuts_are_not_reported() =>
        Verify<CertificateValidationAnalyzer>.AnalyzerAsync("""
            using System.Net.Http;
            using System.Net.Security;
            using Microsoft.Extensions.Hosting;

            public static class Clients
            {
                private const string PinnedThumbprint = "A1B2C3";

                public static HttpClient Checked() => new(new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => errors == SslPolicyErrors.None,
                });

                public static HttpClient Pinned() => new(new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) =>
                    {
                        if (errors == SslPolicyErrors.None)
                        {
                            return true;
                        }

                        return certificate?.Thumbprint == PinnedThumbprint;
                    },
                });

                public static HttpClient LocalDevelopment(IHostEnvironment environment)
                {
                    var handler = new HttpClientHandler();
                    if (environment.IsDevelopment())
                    {
                        handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
                    }

                    return new HttpClient(handler);
                }
            }
            """);
}
