using System.Net;
using System.Text;
using ServiceStandard.Testing;

namespace ServiceStandard.Reports.Tests.Browser;

/// <summary>
/// Serves fixed pages on a free 127.0.0.1 port, as a web server would serve a report, so the real
/// browser and our own gatherer can open them over http. Every request gets an answer; nothing else listens.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, string> _pages = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public LoopbackServer()
    {
        BaseUrl = new Uri($"http://127.0.0.1:{SampleServiceHost.FreePort()}/");
        _listener.Prefixes.Add(BaseUrl.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    /// <summary>Serves <paramref name="html"/> at <paramref name="path"/> and returns its URL.</summary>
    public Uri Add(string path, string html)
    {
        lock (_pages)
        {
            _pages[path] = html;
        }

        return new Uri(BaseUrl, path);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            string? html;
            lock (_pages)
            {
                _pages.TryGetValue(context.Request.Url!.AbsolutePath, out html);
            }

            var body = Encoding.UTF8.GetBytes(html ?? "not found");
            context.Response.StatusCode = html is null ? 404 : 200;
            context.Response.ContentType = html is null ? "text/plain; charset=utf-8" : "text/html; charset=utf-8";
            context.Response.ContentLength64 = body.Length;
            try
            {
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
            catch (HttpListenerException)
            {
                // The browser went away mid-answer.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
