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

    [Fact]
    public Task A_helper_every_call_of_which_is_guarded_is_not_reported() =>
        Verify<DetailedErrorsAnalyzer>.AnalyzerAsync("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.Hosting;

            public static class Program
            {
                public static void Main(string[] args)
                {
                    var app = WebApplication.CreateBuilder(args).Build();
                    if (app.Environment.IsDevelopment())
                    {
                        UseDevelopmentTools(app);
                        DevelopmentPipeline.Apply(app);
                    }
                    else
                    {
                        app.UseExceptionHandler("/error");
                    }

                    app.Run();
                }

                private static void UseDevelopmentTools(WebApplication app) => app.UseDeveloperExceptionPage();
            }

            public static class DevelopmentPipeline
            {
                // Two calls deep: Apply is only called in Development, and only Apply calls Tools.
                public static void Apply(IApplicationBuilder app) => Tools(app);

                private static void Tools(IApplicationBuilder app) => app.UseDeveloperExceptionPage();
            }
            """);

    [Fact]
    public Task A_helper_called_once_without_the_guard_is_reported() =>
        Verify<DetailedErrorsAnalyzer>.AnalyzerAsync("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.Hosting;

            public static class Program
            {
                public static void Main(string[] args)
                {
                    var app = WebApplication.CreateBuilder(args).Build();
                    if (app.Environment.IsDevelopment())
                    {
                        UseDevelopmentTools(app);
                    }

                    UseDevelopmentTools(app);
                    System.Action<WebApplication> later = Handed;
                    app.Run();
                }

                private static void UseDevelopmentTools(WebApplication app) => app.{|SS0012:UseDeveloperExceptionPage()|};

                // Handed on as a method group: it may be called anywhere.
                private static void Handed(WebApplication app) => app.{|SS0012:UseDeveloperExceptionPage()|};

                // Never called here: the host or another project may call it.
                public static void Unused(WebApplication app) => app.{|SS0012:UseDeveloperExceptionPage()|};
            }
            """);
}
