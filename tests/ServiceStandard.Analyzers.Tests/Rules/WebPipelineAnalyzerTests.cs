using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

/// <summary>SS0013, SS0014 and SS0015 look at the same pipeline model, so their cases live together.</summary>
public sealed class WebPipelineAnalyzerTests
{
    private const string BareApplication = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;

        public static class Program
        {
            public static void Main(string[] args)
            {
                var builder = WebApplication.CreateBuilder(args);
                var app = {|#0:builder.Build()|};
                app.MapGet("/", () => "hello");
                app.Run();
            }
        }
        """;

    private const string CompleteApplication = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Routing;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;

        public static class Program
        {
            public static void Main(string[] args)
            {
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddHealthChecks();
                var app = builder.Build();
                if (!app.Environment.IsDevelopment())
                {
                    app.UseExceptionHandler("/error").UseHsts();
                }

                app.UseHttpsRedirection();
                app.MapOperationalEndpoints();
                app.Run();
            }
        }

        public static class OperationalEndpoints
        {
            public static IEndpointRouteBuilder MapOperationalEndpoints(this IEndpointRouteBuilder endpoints)
            {
                var ops = endpoints.MapGroup("/ops");
                ops.MapHealthChecks("/health");
                return endpoints;
            }
        }
        """;

    [Fact]
    public Task A_bare_application_misses_https() =>
        Verify<MissingHttpsEnforcementAnalyzer>.AnalyzerAsync(BareApplication.Replace("{|#0:builder.Build()|}", "{|SS0013:builder.Build()|}"));

    [Fact]
    public Task A_bare_application_misses_health_checks() =>
        Verify<MissingHealthCheckAnalyzer>.AnalyzerAsync(BareApplication.Replace("{|#0:builder.Build()|}", "{|SS0014:builder.Build()|}"));

    [Fact]
    public Task A_bare_application_misses_an_exception_handler() =>
        Verify<MissingExceptionHandlerAnalyzer>.AnalyzerAsync(BareApplication.Replace("{|#0:builder.Build()|}", "{|SS0015:builder.Build()|}"));

    [Fact]
    public async Task A_complete_application_is_clean_even_when_set_up_in_its_own_extension_methods()
    {
        await Verify<MissingHttpsEnforcementAnalyzer>.AnalyzerAsync(CompleteApplication);
        await Verify<MissingHealthCheckAnalyzer>.AnalyzerAsync(CompleteApplication);
        await Verify<MissingExceptionHandlerAnalyzer>.AnalyzerAsync(CompleteApplication);
    }

    [Fact]
    public Task Health_routes_and_catching_middleware_count() =>
        Verify<MissingHealthCheckAnalyzer>.AnalyzerAsync("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;

            public static class Program
            {
                public static void Main(string[] args)
                {
                    var app = WebApplication.CreateBuilder(args).Build();
                    app.Use(async (context, next) =>
                    {
                        try
                        {
                            await next(context);
                        }
                        catch (System.Exception)
                        {
                            context.Response.StatusCode = 500;
                        }
                    });
                    app.MapGet("/healthz", () => Results.Ok());
                    app.Run();
                }
            }
            """);

    [Fact]
    public Task A_startup_class_is_a_pipeline_too() =>
        Verify<MissingExceptionHandlerAnalyzer>.AnalyzerAsync("""
            using Microsoft.AspNetCore.Builder;

            public sealed class Startup
            {
                public void {|SS0015:Configure|}(IApplicationBuilder app)
                {
                    app.UseHttpsRedirection();
                    app.UseRouting();
                }
            }
            """);
}
