using System.Security.Cryptography;
using System.Text;

namespace ServiceStandard.Model.Findings;

/// <summary>
/// Stable identities for findings. Page fingerprints use the URL's path and query without
/// scheme, host or port, so a service assessed on another port or host keeps its baseline.
/// </summary>
public static class Fingerprints
{
    public static string ForPage(string checkId, string ruleId, string url, string? selector, string? discriminator = null) =>
        Hash(checkId, ruleId, StableUrl(url), selector ?? string.Empty, discriminator ?? string.Empty);

    /// <summary>
    /// A source finding's identity: the rule, the repository-relative path, the flagged line(s) with
    /// whitespace collapsed, and which occurrence of that same text it is in the file (0 for the
    /// first). Lines added or moved elsewhere in the file do not change it; editing the flagged line does.
    /// </summary>
    public static string ForSource(string checkId, string ruleId, string path, string flaggedText, int occurrence) =>
        Hash(checkId, ruleId, path.Replace('\\', '/'), string.Join(' ', flaggedText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string Hash(params string[] parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return Convert.ToHexStringLower(bytes)[..32];
    }

    public static string StableUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : url;
}
