using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
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

    /// <summary>.NET Aspire's ServiceDefaults project, as its template writes MapDefaultEndpoints.</summary>
    private const string ServiceDefaults = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Diagnostics.HealthChecks;
        using Microsoft.Extensions.Hosting;

        namespace Microsoft.Extensions.Hosting
        {
            public static class Extensions
            {
                public static WebApplication MapDefaultEndpoints(this WebApplication app)
                {
                    if (app.Environment.IsDevelopment())
                    {
                        app.MapHealthChecks("/health");
                        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") });
                    }

                    return app;
                }
            }
        }
        """;

    /// <summary>A service defaults project whose MapDefaultEndpoints maps nothing.</summary>
    private const string EmptyServiceDefaults = """
        using Microsoft.AspNetCore.Builder;

        namespace Microsoft.Extensions.Hosting
        {
            public static class Extensions
            {
                public static WebApplication MapDefaultEndpoints(this WebApplication app) => app;
            }
        }
        """;

    /// <summary>The Aspire web project: its pipeline is set up in Program and in ServiceDefaults, the exception handler in a branch.</summary>
    private const string AspireWebProject = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.Hosting;

        public static class Program
        {
            public static void Main(string[] args)
            {
                var builder = WebApplication.CreateBuilder(args);
                var app = {|#0:builder.Build()|};
                app.UseWhen(
                    context => !context.Request.Path.StartsWithSegments("/api"),
                    branch => branch.UseExceptionHandler("/error").UseHsts());
                app.MapWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler("/api/error"));
                app.UseHttpsRedirection();
                app.MapDefaultEndpoints();
                app.Run();
            }
        }
        """;

    private static void WithServiceDefaultsProject<T>(T test, string source)
        where T : AnalyzerTest<DefaultVerifier>
    {
        var project = new ProjectState("ServiceDefaults", LanguageNames.CSharp, "/ServiceDefaults/Test", "cs");
        test.TestState.AdditionalProjects.Add("ServiceDefaults", project);
        project.Sources.Add(source);
        project.AdditionalReferences.AddRange(SdkReferences.All);
        test.TestState.AdditionalProjectReferences.Add("ServiceDefaults");
    }

    /// <summary>ServiceDefaults compiled, as a user's own build references another project: no source to read.</summary>
    private static MetadataReference Compiled(string source, string assemblyName = "ServiceDefaults")
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source)],
            SdkReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    [Fact]
    public async Task Pipeline_setup_in_branches_and_in_another_projects_extension_method_counts()
    {
        await Verify<MissingHealthCheckAnalyzer>.AnalyzerAsync([AspireWebProject], t => WithServiceDefaultsProject(t, ServiceDefaults.Replace("if (app.Environment.IsDevelopment())", "")));
        await Verify<MissingExceptionHandlerAnalyzer>.AnalyzerAsync([AspireWebProject], t => WithServiceDefaultsProject(t, ServiceDefaults));
        await Verify<MissingHttpsEnforcementAnalyzer>.AnalyzerAsync([AspireWebProject], t => WithServiceDefaultsProject(t, ServiceDefaults));
    }

    [Fact]
    public Task Health_checks_mapped_only_in_development_are_reported_as_such() =>
        Verify<MissingHealthCheckAnalyzer>.AnalyzerAsync(
            [AspireWebProject],
            t =>
            {
                WithServiceDefaultsProject(t, ServiceDefaults);
                t.ExpectedDiagnostics.Add(new DiagnosticResult("SS0014", DiagnosticSeverity.Warning).WithLocation(0)
                    .WithArguments("maps its health-check endpoint only in the Development environment, so production has none"));
            });

    /// <summary>teaching-record-system's shared MapDefaultEndpoints: HSTS in Production, the health-check middleware on /status.</summary>
    private const string MiddlewareHealthChecks = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;

        public static class Program
        {
            public static void Main(string[] args)
            {
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddHealthChecks();
                var app = {|#0:builder.Build()|};
                app.MapDefaultEndpoints();
                app.Run();
            }
        }

        public static class Extensions
        {
            public static WebApplication MapDefaultEndpoints(this WebApplication app)
            {
                if (app.Environment.IsProduction())
                {
                    app.UseHsts();
                }

                app.UseHealthChecks("/status");
                return app;
            }
        }
        """;

    [Fact]
    public async Task The_health_check_middleware_counts_unless_only_development_runs_it()
    {
        await Verify<MissingHealthCheckAnalyzer>.AnalyzerAsync(MiddlewareHealthChecks);
        await Verify<MissingHealthCheckAnalyzer>.AnalyzerAsync(
            [MiddlewareHealthChecks.Replace("app.UseHealthChecks(\"/status\");", "if (!app.Environment.IsDevelopment()) return app; app.UseHealthChecks(\"/status\");")],
            t => t.ExpectedDiagnostics.Add(new DiagnosticResult("SS0014", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("maps its health-check endpoint only in the Development environment, so production has none")));
    }

    /// <summary>A web project whose pipeline's defaults are set in a shared project's extension method.</summary>
    private const string WebProjectWithSharedDefaults = """
        using Microsoft.AspNetCore.Builder;
        using Shared.Web;

        public static class Program
        {
            public static void Main(string[] args)
            {
                var builder = WebApplication.CreateBuilder(args);
                var app = {|#0:builder.Build()|};
                app.UseExceptionHandler("/error");
                app.UseHttpsRedirection();
                app.UseSharedDefaults();
                app.Run();
            }
        }
        """;

    /// <summary>The shared project: HSTS outside Development and the health-check middleware, with a log line from a package.</summary>
    private const string SharedDefaults = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.Hosting;

        namespace Shared.Web
        {
            public static class PipelineExtensions
            {
                public static WebApplication UseSharedDefaults(this WebApplication app)
                {
                    if (app.Environment.IsProduction())
                    {
                        app.UseHsts();
                    }

                    app.UseHealthChecks("/status");
                    Logging.Log.Write("pipeline ready");
                    return app;
                }
            }
        }
        """;

    private const string LoggingPackage = """
        [assembly: System.Reflection.AssemblyVersion("{0}")]

        namespace Logging
        {
            public static class Log
            {
                public static void Write(string message) { }
            }
        }
        """;

    [Fact]
    public async Task Another_projects_method_counts_when_that_project_references_another_version_of_a_package()
    {
        // The shared project is built against a newer version of a package than the web project
        // (CS1705's shape): the compiler then sees the shared project's symbols through a
        // retargeting copy, whose parameters are not those the shared project's own model binds.
        await Verify<MissingHttpsEnforcementAnalyzer>.AnalyzerAsync([WebProjectWithSharedDefaults], t => AddSharedProject(t));
        await Verify<MissingHealthCheckAnalyzer>.AnalyzerAsync([WebProjectWithSharedDefaults], t => AddSharedProject(t));

        static void AddSharedProject<T>(T test)
            where T : AnalyzerTest<DefaultVerifier>
        {
            var project = new ProjectState("Shared", LanguageNames.CSharp, "/Shared/Test", "cs");
            test.TestState.AdditionalProjects.Add("Shared", project);
            project.Sources.Add(SharedDefaults);
            project.AdditionalReferences.AddRange(SdkReferences.All);
            project.AdditionalReferences.Add(Compiled(LoggingPackage.Replace("{0}", "4.3.0.0"), "Logging"));
            test.TestState.AdditionalProjectReferences.Add("Shared");
            test.TestState.AdditionalReferences.Add(Compiled(LoggingPackage.Replace("{0}", "4.0.0.0"), "Logging"));
        }
    }

    /// <summary>das-recruit's Startup.Configure: HSTS from NWebsec.AspNetCore.Middleware, whose package may not be resolved.</summary>
    private const string NWebsecStartup = """
        using Microsoft.AspNetCore.Builder;

        public sealed class Startup
        {
            public void {|#0:Configure|}(IApplicationBuilder app)
            {
                app.UseExceptionHandler("/error");
                app.UseHsts(hsts => hsts.MaxAge(365));
                app.UseHttpsRedirection();
                app.UseHealthChecks("/ping");
            }
        }
        """;

    /// <summary>The part of NWebsec.AspNetCore.Middleware's API the startup uses.</summary>
    private const string NWebsecPackage = """
        using System;
        using Microsoft.AspNetCore.Builder;

        namespace NWebsec.Core.Common.Middleware.Options
        {
            public interface IFluentHstsOptions
            {
                IFluentHstsOptions MaxAge(int days = 0, int hours = 0, int minutes = 0, int seconds = 0);
            }
        }

        namespace Microsoft.AspNetCore.Builder
        {
            public static class ApplicationBuilderExtensions
            {
                public static IApplicationBuilder UseHsts(this IApplicationBuilder app, Action<NWebsec.Core.Common.Middleware.Options.IFluentHstsOptions> configurer) => app;
            }
        }
        """;

    [Fact]
    public async Task NWebsecs_hsts_counts_whether_or_not_its_package_resolves()
    {
        await Verify<MissingHttpsEnforcementAnalyzer>.AnalyzerAsync([NWebsecStartup], t => t.CompilerDiagnostics = CompilerDiagnostics.None);
        await Verify<MissingHttpsEnforcementAnalyzer>.AnalyzerAsync([NWebsecStartup], t => t.TestState.AdditionalReferences.Add(Compiled(NWebsecPackage, "NWebsec.AspNetCore.Middleware")));

        // Another unresolved call on the application is not HSTS.
        await Verify<MissingHttpsEnforcementAnalyzer>.AnalyzerAsync(
            [NWebsecStartup.Replace("app.UseHsts(", "app.UseHpkp(")],
            t =>
            {
                t.CompilerDiagnostics = CompilerDiagnostics.None;
                t.ExpectedDiagnostics.Add(new DiagnosticResult("SS0013", DiagnosticSeverity.Warning).WithLocation(0)
                    .WithArguments("sends no HSTS header: UseHsts() is never called (UseHttpsRedirection() is)"));
            });
    }

    private const string ApiWithFilters = """
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.Filters;
        using Microsoft.Extensions.DependencyInjection;

        public static class Program
        {
            public static void Main(string[] args)
            {
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddControllers(options =>
                {
                    options.Filters.Add(new NoCachePageFilter());
                    /*filters*/
                });
                var app = {|#0:builder.Build()|};
                app.MapControllers();
                app.Run();
            }
        }

        public sealed class GlobalExceptionFilter : IExceptionFilter
        {
            public void OnException(ExceptionContext context) => context.Result = new ObjectResult("error") { StatusCode = 500 };
        }

        public sealed class DefaultErrorExceptionFilter : ExceptionFilterAttribute
        {
            public override Task OnExceptionAsync(ExceptionContext context) => Task.CompletedTask;
        }

        public sealed class NoCachePageFilter : IResultFilter
        {
            public void OnResultExecuting(ResultExecutingContext context) { }
            public void OnResultExecuted(ResultExecutedContext context) { }
        }
        """;

    [Theory]
    [InlineData("options.Filters.Add<GlobalExceptionFilter>();")]
    [InlineData("options.Filters.Add(new DefaultErrorExceptionFilter());")]
    [InlineData("options.Filters.Add(typeof(GlobalExceptionFilter));")]
    [InlineData("options.Filters.AddService<GlobalExceptionFilter>();")]
    public Task A_global_mvc_exception_filter_is_a_global_exception_handler(string registration) =>
        Verify<MissingExceptionHandlerAnalyzer>.AnalyzerAsync(ApiWithFilters.Replace("/*filters*/", registration));

    [Fact]
    public Task A_global_filter_that_handles_no_exceptions_is_not() =>
        Verify<MissingExceptionHandlerAnalyzer>.AnalyzerAsync(
            [ApiWithFilters],
            t => t.ExpectedDiagnostics.Add(new DiagnosticResult("SS0015", DiagnosticSeverity.Warning).WithLocation(0)));

    private const string ExceptionHandlerService = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Diagnostics;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.DependencyInjection;

        public static class Program
        {
            public static void Main(string[] args)
            {
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
                builder.Services.AddProblemDetails();
                var app = {|#0:builder.Build()|};
                app.UseExceptionHandler();
                app.Run();
            }
        }

        public sealed class ProblemExceptionHandler : IExceptionHandler
        {
            public ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken) => ValueTask.FromResult(false);
        }
        """;

    [Fact]
    public async Task An_exception_handler_service_counts_once_the_pipeline_uses_it()
    {
        await Verify<MissingExceptionHandlerAnalyzer>.AnalyzerAsync(ExceptionHandlerService);

        // Registered but never put in the pipeline, the handler is never called.
        await Verify<MissingExceptionHandlerAnalyzer>.AnalyzerAsync(
            [ExceptionHandlerService.Replace("app.UseExceptionHandler();", "")],
            t => t.ExpectedDiagnostics.Add(new DiagnosticResult("SS0015", DiagnosticSeverity.Warning).WithLocation(0)));
    }

    [Fact]
    public Task Another_projects_extension_method_that_maps_nothing_is_read_and_reported() =>
        Verify<MissingHealthCheckAnalyzer>.AnalyzerAsync(
            [AspireWebProject],
            t =>
            {
                WithServiceDefaultsProject(t, EmptyServiceDefaults);
                t.ExpectedDiagnostics.Add(new DiagnosticResult("SS0014", DiagnosticSeverity.Warning).WithLocation(0));
            });

    [Fact]
    public Task A_compiled_project_reference_is_not_claimed_to_lack_anything() =>
        Verify<MissingHealthCheckAnalyzer>.AnalyzerAsync([AspireWebProject], t => t.TestState.AdditionalReferences.Add(Compiled(EmptyServiceDefaults)));

    [Theory]
    [InlineData("app.UseHsts();", "has no HTTPS redirection: UseHttpsRedirection() is never called (UseHsts() is)")]
    [InlineData("app.UseHttpsRedirection();", "sends no HSTS header: UseHsts() is never called (UseHttpsRedirection() is)")]
    [InlineData("", "has neither HTTPS redirection nor HSTS: UseHttpsRedirection() and UseHsts() are never called")]
    public Task The_https_message_names_exactly_what_is_missing(string call, string missing) =>
        Verify<MissingHttpsEnforcementAnalyzer>.AnalyzerAsync(
            [BareApplication.Replace("app.Run();", call + " app.Run();")],
            t => t.ExpectedDiagnostics.Add(new DiagnosticResult("SS0013", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(missing)));
}
