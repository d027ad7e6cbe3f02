using System.Globalization;

namespace SampleService.Infrastructure;

/// <summary>
/// Where the service listens: the ports from <c>--urls</c>, <c>--port</c> or ASPNETCORE_URLS, always
/// on 127.0.0.1 over plain HTTP, so the sample is never reachable from another machine.
/// </summary>
public sealed record ListenAddresses(IReadOnlyList<string> Urls, string[] RemainingArgs)
{
    public const int DefaultPort = 5000;

    public static ListenAddresses Parse(string[] args, string? environmentUrls)
    {
        ArgumentNullException.ThrowIfNull(args);
        var ports = new List<int>();
        var remaining = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (TryOption(args, ref i, arg, "--port", out var portText))
            {
                ports.Add(ParsePort(portText, "--port"));
            }
            else if (TryOption(args, ref i, arg, "--urls", out var urlsText))
            {
                ports.AddRange(PortsOf(urlsText));
            }
            else
            {
                remaining.Add(arg);
            }
        }

        if (ports.Count == 0 && !string.IsNullOrWhiteSpace(environmentUrls))
        {
            ports.AddRange(PortsOf(environmentUrls));
        }

        if (ports.Count == 0)
        {
            ports.Add(DefaultPort);
        }

        var urls = ports.Distinct().Select(p => $"http://127.0.0.1:{p.ToString(CultureInfo.InvariantCulture)}").ToList();
        return new ListenAddresses(urls, [.. remaining]);
    }

    private static bool TryOption(string[] args, ref int index, string arg, string name, out string value)
    {
        if (string.Equals(arg, name, StringComparison.Ordinal))
        {
            if (index + 1 >= args.Length)
            {
                throw new ArgumentException($"{name} needs a value.");
            }

            value = args[++index];
            return true;
        }

        if (arg.StartsWith(name + "=", StringComparison.Ordinal))
        {
            value = arg[(name.Length + 1)..];
            return true;
        }

        value = string.Empty;
        return false;
    }

    /// <summary>Takes the port of each URL (http://host:port, http://*:port, http://[::1]:port); the host is ignored.</summary>
    private static IEnumerable<int> PortsOf(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var rest = url;
            var scheme = rest.IndexOf("://", StringComparison.Ordinal);
            if (scheme >= 0)
            {
                rest = rest[(scheme + 3)..];
            }

            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                rest = rest[..slash];
            }

            var colon = rest.LastIndexOf(':');
            var closingBracket = rest.LastIndexOf(']');
            yield return colon > closingBracket
                ? ParsePort(rest[(colon + 1)..], "--urls")
                : DefaultPort;
        }
    }

    private static int ParsePort(string text, string option) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535
            ? port
            : throw new ArgumentException($"{option}: '{text}' is not a port number (0-65535).");
}
