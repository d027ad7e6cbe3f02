using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ServiceStandard.Testing;

/// <summary>
/// A listener on another loopback origin that records every request sent to it: the place a
/// hostile page tries to take the browser. Chromium opens a connection as a navigation starts,
/// before any interception can see it (its loading predictor), so what counts is whether a
/// request was sent on it, not whether a connection was opened.
/// </summary>
public sealed class OtherOrigin : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly StringBuilder _received = new();

    public OtherOrigin()
    {
        _listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/landing";
        _ = AcceptAsync();
    }

    /// <summary>A URL on the other origin.</summary>
    public string Url { get; }

    /// <summary>What was sent to the origin so far (request lines and headers), empty when nothing.</summary>
    public string Received
    {
        get
        {
            lock (_received)
            {
                return _received.ToString();
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = ReadAsync(client);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped.
        }
    }

    private async Task ReadAsync(TcpClient client)
    {
        using (client)
        {
            var buffer = new byte[4096];
            try
            {
                var stream = client.GetStream();
                int read;
                while ((read = await stream.ReadAsync(buffer, _stop.Token)) > 0)
                {
                    lock (_received)
                    {
                        _received.Append(Encoding.Latin1.GetString(buffer, 0, read));
                    }
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException)
            {
                // The browser closed its speculative connection, or the test ended.
            }
        }
    }
}
