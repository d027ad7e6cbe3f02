using System.Security.Cryptography;
using System.Text;

namespace ServiceStandard.Checks.Findings;

/// <summary>
/// Stable identities for findings. Page fingerprints use the URL's path and query without
/// scheme, host or port, so a service assessed on another port or host keeps its baseline.
/// </summary>
public static class Fingerprints
{
    public static string ForPage(string checkId, string ruleId, string url, string? selector, string? discriminator = null) =>
        Hash(checkId, ruleId, StableUrl(url), selector ?? string.Empty, discriminator ?? string.Empty);

    public static string Hash(params string[] parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return Convert.ToHexStringLower(bytes)[..32];
    }

    public static string StableUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : url;
}
