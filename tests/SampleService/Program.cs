using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.WebEncoders;
using SampleService.Infrastructure;
using ServiceStandard.DesignSystem.AspNetCore;

// The sample service: "Apply for a fishing permit", twice (/good and /bad), in English and Spanish.
// Binds to 127.0.0.1 only, logs at Warning, and makes no outbound requests.
var listen = ListenAddresses.Parse(args, Environment.GetEnvironmentVariable("ASPNETCORE_URLS"));

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = listen.RemainingArgs,
    // Serve wwwroot from beside the dll, whatever the working directory is.
    ContentRootPath = AppContext.BaseDirectory,
});

builder.WebHost.UseUrls([.. listen.Urls]);

builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(options => options.SingleLine = true);
builder.Logging.SetMinimumLevel(LogLevel.Warning);

builder.Services.AddRazorPages();
// The date input's binder: /good's date of birth is bound from Dob-day, Dob-month, Dob-year.
builder.Services.AddDesignSystem();
builder.Services.Configure<RouteOptions>(options => options.ConstraintMap["variant"] = typeof(VariantRouteConstraint));
// Write é, ñ, ¿ as themselves rather than as numeric character references.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddDistributedMemoryCache();
builder.Services.AddSession(options =>
{
    options.Cookie.Name = ".SampleService.Session";
    options.Cookie.HttpOnly = true;
    options.Cookie.IsEssential = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.IdleTimeout = TimeSpan.FromMinutes(30);
});
builder.Services.AddAntiforgery(options => options.Cookie.Name = ".SampleService.Antiforgery");
// Keys in memory: nothing written to disk, and no warnings about unpersisted key rings.
builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();

var app = builder.Build();

app.UseExceptionHandler("/error/500");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.Use(async (context, next) =>
{
    context.Response.Headers.XContentTypeOptions = "nosniff";
    context.Response.Headers["Referrer-Policy"] = "same-origin";
    context.Response.Headers.XFrameOptions = "DENY";
    await next(context);
});
app.UseStaticFiles();
// The design system's stylesheet, copied next to the dll at build from the repository's designsystem/dist.
app.UseStaticFiles(new StaticFileOptions
{
    FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "ds")),
    RequestPath = "/ds",
});
app.UseSession();
app.UseMiddleware<LanguageMiddleware>();

app.MapGet("/health", () => Results.Text("ok", "text/plain"));
app.MapGet("/{variant:variant}", (string variant) => Results.Redirect($"/{variant}/start"));
app.MapFaultEndpoints();
app.MapHostileEndpoints();
app.MapAccountEndpoints();
app.MapRazorPages();

await app.StartAsync();
// One line, so a test that asked for port 0 can read the port it got.
Console.WriteLine($"SampleService listening on {string.Join(' ', app.Urls)}");
await app.WaitForShutdownAsync();
