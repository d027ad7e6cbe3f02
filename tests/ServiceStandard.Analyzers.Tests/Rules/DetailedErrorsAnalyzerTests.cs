using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

public sealed class DetailedErrorsAnalyzerTests
{
    [Fact]
    public Task Error_details_for_everyone_are_reported() =>
        Verify<DetailedErrorsAnalyzer>.AnalyzerAsync("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.DependencyInjection;

            public static class Pipeline
            {
                public static void Configure(WebApplicationBuilder builder)
                {
                    builder.WebHost.{|SS0012:UseSetting("detailedErrors", "true")|};
                    builder.Services.AddSignalR(options => {|SS0012:options.EnableDetailedErrors = true|});
                    var app = builder.Build();
                    app.{|SS0012:UseDeveloperExceptionPage()|};
                }
            }
            """);

    [Fact]
    public Task Error_details_in_Development_only_are_not_reported() =>
        Verify<DetailedErrorsAnalyzer>.AnalyzerAsync("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            public static class Pipeline
            {
                public static void Configure(WebApplicationBuilder builder)
                {
                    builder.Services.AddSignalR(options => options.EnableDetailedErrors = builder.Environment.IsDevelopment());
                    var app = builder.Build();
                    if (app.Environment.IsDevelopment())
                    {
                        app.UseDeveloperExceptionPage();
                    }
                    else
                    {
                        app.UseExceptionHandler("/error");
                    }
                }

                public static void Early(WebApplication app)
                {
                    if (!app.Environment.IsDevelopment())
                    {
                        return;
                    }

                    app.UseDeveloperExceptionPage();
                }
            }
            """);
}
