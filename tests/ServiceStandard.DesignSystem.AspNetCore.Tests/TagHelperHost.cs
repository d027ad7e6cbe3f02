using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ServiceStandard.DesignSystem.AspNetCore;

namespace ServiceStandard.DesignSystem.AspNetCore.Tests;

/// <summary>
/// An in-memory ASP.NET Core app serving this assembly's Razor pages, set up as a team's
/// <c>dotnet new webapp</c> would be: Razor Pages, <c>AddDesignSystem()</c>, request localization in
/// en and es (<c>?culture=es</c> picks Spanish).
/// </summary>
public sealed class TagHelperHost : IAsyncLifetime
{
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(TagHelperHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Development",
        });
        builder.WebHost.UseTestServer();
        builder.Services.AddRazorPages().AddApplicationPart(typeof(TagHelperHost).Assembly);
        builder.Services.AddDesignSystem();
        _app = builder.Build();
        var cultures = new[] { new CultureInfo("en"), new CultureInfo("es") };
        _app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("en"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        });
        _app.MapRazorPages();
        await _app.StartAsync();
        Client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    public async Task<string> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}\n{body}");
        return body;
    }

    public async Task<string> PostAsync(string path, params (string Name, string Value)[] form)
    {
        using var content = new FormUrlEncodedContent(form.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var response = await Client.PostAsync(new Uri(path, UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode}\n{body}");
        return body;
    }
}

[CollectionDefinition(Name)]
public sealed class TagHelperHostCollection : ICollectionFixture<TagHelperHost>
{
    public const string Name = "tag helper host";
}
