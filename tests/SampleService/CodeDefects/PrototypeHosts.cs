namespace SampleService.CodeDefects;

/// <summary>
/// Three prototype hosts, each missing one operational piece. Never called: the service's own
/// host is built in Program.cs.
/// </summary>
internal static class PrototypeHosts
{
    internal static WebApplication WithoutHttps()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddHealthChecks();
        // PLANTED DEFECT SS0013 (expected-findings.yml): this host never redirects to HTTPS or sends HSTS.
        var app = builder.Build();
        app.UseExceptionHandler("/error");
        app.MapHealthChecks("/health");
        return app;
    }

    internal static WebApplication WithoutHealthCheck()
    {
        var builder = WebApplication.CreateBuilder();
        // PLANTED DEFECT SS0014 (expected-findings.yml): this host maps no health-check endpoint.
        var app = builder.Build();
        app.UseExceptionHandler("/error");
        app.UseHsts();
        app.UseHttpsRedirection();
        return app;
    }

    internal static WebApplication WithoutExceptionHandler()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddHealthChecks();
        // PLANTED DEFECT SS0015 (expected-findings.yml): this host has no global exception handler.
        var app = builder.Build();
        app.UseHsts();
        app.UseHttpsRedirection();
        app.MapHealthChecks("/health");
        return app;
    }
}
