using System.Net;
using ServiceStandard.Testing;

namespace ServiceStandard.DesignSystem.Docs.Tests;

/// <summary>Serves a folder on a free 127.0.0.1 port, as any static web host would serve the docs site; nothing else listens.</summary>
public sealed class StaticFileServer : IAsyncDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".svg"] = "image/svg+xml",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _loop;

    public StaticFileServer(string root, string basePath = "/")
    {
        _root = Path.GetFullPath(root);
        BaseUrl = new Uri($"http://127.0.0.1:{SampleServiceHost.FreePort()}{basePath}");
        _listener.Prefixes.Add(BaseUrl.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

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

            var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath[BaseUrl.AbsolutePath.Length..]);
            var file = Path.GetFullPath(Path.Combine(_root, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative));
            var found = file.StartsWith(_root, StringComparison.Ordinal) && File.Exists(file);
            var body = found ? await File.ReadAllBytesAsync(file) : "not found"u8.ToArray();
            context.Response.StatusCode = found ? 200 : 404;
            context.Response.ContentType = found && ContentTypes.TryGetValue(Path.GetExtension(file), out var type) ? type : "text/plain; charset=utf-8";
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
