namespace ServiceStandard.Testing;

/// <summary>Serves a folder on a free 127.0.0.1 port, as any static web host would serve the docs site.</summary>
public sealed class StaticFileServer : IAsyncDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
    };

    private readonly string _root;
    private readonly LoopbackHttpServer _server;

    public StaticFileServer(string root, string basePath = "/")
    {
        _root = Path.GetFullPath(root);
        _server = new LoopbackHttpServer(basePath, AnswerAsync);
    }

    public Uri BaseUrl => _server.BaseUrl;

    private async Task<LoopbackAnswer> AnswerAsync(string path)
    {
        var relative = Uri.UnescapeDataString(path[BaseUrl.AbsolutePath.Length..]);
        var file = Path.GetFullPath(Path.Combine(_root, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative));
        if (!file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
        {
            return LoopbackAnswer.NotFound;
        }

        var type = ContentTypes.TryGetValue(Path.GetExtension(file), out var known) ? known : "text/plain; charset=utf-8";
        return new LoopbackAnswer(200, type, await File.ReadAllBytesAsync(file));
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
