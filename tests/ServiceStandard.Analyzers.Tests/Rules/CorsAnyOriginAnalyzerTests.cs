using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

public sealed class CorsAnyOriginAnalyzerTests
{
    [Fact]
    public Task Any_origin_with_credentials_is_reported() =>
        Verify<CorsAnyOriginAnalyzer>.AnalyzerAsync("""
            using Microsoft.Extensions.DependencyInjection;

            public static class CorsSetup
            {
                public static void Configure(IServiceCollection services) =>
                    services.AddCors(options =>
                    {
                        options.AddPolicy("reflect", policy => policy.SetIsOriginAllowed(origin => true).{|SS0007:AllowCredentials()|});
                        options.AddPolicy("star", policy => policy.WithOrigins("*").AllowAnyHeader().{|SS0007:AllowCredentials()|});
                        options.AddPolicy("split", policy =>
                        {
                            policy.AllowAnyOrigin();
                            policy.AllowAnyMethod();
                            policy.{|SS0007:AllowCredentials()|};
                        });
                    });
            }
            """);

    [Fact]
    public Task Listed_origins_and_anonymous_any_origin_are_not_reported() =>
        Verify<CorsAnyOriginAnalyzer>.AnalyzerAsync("""
            using Microsoft.Extensions.DependencyInjection;

            public static class CorsSetup
            {
                public static void Configure(IServiceCollection services) =>
                    services.AddCors(options =>
                    {
                        options.AddPolicy("partners", policy => policy.WithOrigins("https://partner.example.gov").AllowCredentials());
                        options.AddPolicy("checked", policy => policy.SetIsOriginAllowed(origin => origin.EndsWith(".example.gov")).AllowCredentials());
                        options.AddPolicy("public", policy => policy.AllowAnyOrigin().AllowAnyMethod());
                        options.AddPolicy("other", policy => policy.WithOrigins("https://a.example.gov").AllowCredentials());
                        options.AddPolicy("open", policy => policy.AllowAnyOrigin());
                    });
            }
            """);
}
