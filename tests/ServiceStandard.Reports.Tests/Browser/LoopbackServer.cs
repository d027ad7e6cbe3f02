using System.Text;
using ServiceStandard.Testing;

namespace ServiceStandard.Reports.Tests.Browser;

/// <summary>
/// Serves fixed pages on a free 127.0.0.1 port, as a web server would serve a report, so the real
/// browser and our own gatherer can open them over http.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly Dictionary<string, string> _pages = new(StringComparer.Ordinal);
    private readonly LoopbackHttpServer _server;

    public LoopbackServer() => _server = new LoopbackHttpServer("/", Answer);

    public Uri BaseUrl => _server.BaseUrl;

    /// <summary>Serves <paramref name="html"/> at <paramref name="path"/> and returns its URL.</summary>
    public Uri Add(string path, string html)
    {
        lock (_pages)
        {
            _pages[path] = html;
        }

        return new Uri(BaseUrl, path);
    }

    private Task<LoopbackAnswer> Answer(string path)
    {
        string? html;
        lock (_pages)
        {
            _pages.TryGetValue(path, out html);
        }

        return Task.FromResult(html is null ? LoopbackAnswer.NotFound : new LoopbackAnswer(200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html)));
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
