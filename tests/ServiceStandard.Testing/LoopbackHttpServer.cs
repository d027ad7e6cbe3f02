using System.Net;

namespace ServiceStandard.Testing;

/// <summary>What a <see cref="LoopbackHttpServer"/> answers to one request path.</summary>
public sealed record LoopbackAnswer(int Status, string ContentType, byte[] Body)
{
    public static LoopbackAnswer NotFound { get; } = new(404, "text/plain; charset=utf-8", "not found"u8.ToArray());

    /// <summary>Where a redirect answer points, sent as its Location header.</summary>
    public string? Location { get; init; }

    public static LoopbackAnswer Redirect(string location) => new(302, "text/plain; charset=utf-8", []) { Location = location };
}

/// <summary>
/// An HTTP server on a free 127.0.0.1 port for tests that need a real browser to open pages over
/// http; nothing else listens. Each request is answered on its own, and nothing one request does
/// (a browser dropping the connection mid-answer because it navigated on, a path the answerer
/// throws on) can stop the server answering the next: a dead server would make every later page
/// of a run wait for its timeout.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<string, Task<LoopbackAnswer>> _answer;
    private readonly Task _loop;

    /// <param name="basePath">The path the server answers under, ending with a slash.</param>
    /// <param name="answer">Gives the answer for a request's absolute path (always under <paramref name="basePath"/>).</param>
    public LoopbackHttpServer(string basePath, Func<string, Task<LoopbackAnswer>> answer)
    {
        _answer = answer;
        BaseUrl = new Uri($"http://127.0.0.1:{SampleServiceHost.FreePort()}{basePath}");
        _listener.Prefixes.Add(BaseUrl.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    /// <summary>Called with each request as it arrives, before it is answered (to count them, or read their headers).</summary>
    public Action<HttpListenerRequest>? OnRequest { get; init; }

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

            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        try
        {
            OnRequest?.Invoke(context.Request);
            var path = context.Request.Url!.AbsolutePath;
            LoopbackAnswer answer;
            try
            {
                answer = path.StartsWith(BaseUrl.AbsolutePath, StringComparison.Ordinal) ? await _answer(path) : LoopbackAnswer.NotFound;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                answer = LoopbackAnswer.NotFound;
            }

            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = answer.ContentType;
            if (answer.Location is not null)
            {
                context.Response.RedirectLocation = answer.Location;
            }

            context.Response.ContentLength64 = answer.Body.Length;
            await context.Response.OutputStream.WriteAsync(answer.Body);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The browser went away mid-answer, or the server is stopping.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
