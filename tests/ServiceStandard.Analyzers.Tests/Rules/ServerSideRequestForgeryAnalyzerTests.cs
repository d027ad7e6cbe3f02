using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

public sealed class ServerSideRequestForgeryAnalyzerTests
{
    [Fact]
    public Task Urls_whose_host_the_request_chooses_are_reported() =>
        Verify<ServerSideRequestForgeryAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;

            public sealed class PreviewController(HttpClient client) : Controller
            {
                public async Task<IActionResult> Fetch(string url) => Content(await client.GetStringAsync({|SS0023:url|}));

                public async Task<IActionResult> Image([FromQuery] string host, [FromQuery] string path)
                {
                    var target = new Uri($"https://{host}/{path}");
                    using var response = await client.GetAsync({|SS0023:target|});
                    return Ok(response.StatusCode);
                }

                public async Task<IActionResult> Relative(string next)
                {
                    var uri = new Uri(new Uri("https://api.example.gov/"), next);
                    using var message = new HttpRequestMessage(HttpMethod.Get, {|SS0023:uri|});
                    using var response = await client.SendAsync(message);
                    return Ok(response.StatusCode);
                }

                public IActionResult Legacy(string feed)
                {
                    var request = WebRequest.Create({|SS0023:"" + feed|});
                    client.BaseAddress = {|SS0023:new Uri(feed)|};
                    return Ok(request.RequestUri);
                }
            }

            public static class Endpoints
            {
                public static void Map(WebApplication app, HttpClient client) =>
                    app.MapGet("/proxy", async (string to) => await client.GetFromJsonAsync<object>({|SS0023:to|}));
            }
            """);

    [Fact]
    public Task Fixed_hosts_relative_paths_checked_hosts_and_trusted_urls_are_not_reported() =>
        Verify<ServerSideRequestForgeryAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc;

            public sealed class PermitsController(HttpClient client) : Controller
            {
                private static readonly string[] Allowed = ["feeds.example.gov"];

                public async Task<IActionResult> Permit(string id) => Content(await client.GetStringAsync($"https://register.example.gov/permits/{id}"));

                public async Task<IActionResult> Relative(string id) => Content(await client.GetStringAsync("permits/" + Uri.EscapeDataString(id)));

                public async Task<IActionResult> Rooted(string id, string q)
                {
                    var url = $"/permits/{id}?q={q}";
                    return Content(await client.GetStringAsync(url));
                }

                public async Task<IActionResult> Relative2(string id)
                {
                    var uri = new Uri(new Uri("https://api.example.gov/"), "permits/" + id);
                    return Content(await client.GetStringAsync(uri));
                }

                public async Task<IActionResult> Feed(string url)
                {
                    var uri = new Uri(url);
                    if (Array.IndexOf(Allowed, uri.Host) < 0)
                    {
                        return BadRequest();
                    }

                    return Content(await client.GetStringAsync(uri));
                }

                public async Task<IActionResult> Status(int year) => Content(await client.GetStringAsync("https://status.example.gov/" + year));
            }
            """);

    [Fact]
    public Task An_allow_list_checked_in_a_lambda_is_a_host_check() =>
        Verify<ServerSideRequestForgeryAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc;

            public sealed record FileClient(Uri Uri);

            public sealed class FilesController(HttpClient httpClient, IReadOnlyList<FileClient> clients, ISet<string> allowed) : Controller
            {
                public async Task<IActionResult> Download(string fileUrl)
                {
                    if (!clients.Any(c => fileUrl.StartsWith(c.Uri.AbsoluteUri)))
                    {
                        return BadRequest();
                    }

                    return File(await httpClient.GetByteArrayAsync(fileUrl), "application/pdf");
                }

                public async Task<IActionResult> Fetch(string fileUrl)
                {
                    var uri = new Uri(fileUrl);
                    if (!clients.Any(c => allowed.Contains(uri.Host)))
                    {
                        return BadRequest();
                    }

                    return Content(await httpClient.GetStringAsync(uri));
                }

                public async Task<IActionResult> Constant(string fileUrl)
                {
                    if (!fileUrl.StartsWith("https://files.example.gov/"))
                    {
                        return BadRequest();
                    }

                    return Content(await httpClient.GetStringAsync(fileUrl));
                }

                // Still reported: a prefix with no '/' after the host lets "https://files.example.gov.evil.test" through.
                public async Task<IActionResult> Open(string fileUrl)
                {
                    if (!clients.Any(c => fileUrl.StartsWith(c.Uri.GetLeftPart(UriPartial.Authority))) || !fileUrl.StartsWith("https://files.example.gov"))
                    {
                        return BadRequest();
                    }

                    return Content(await httpClient.GetStringAsync({|SS0023:fileUrl|}));
                }
            }
            """);
}
