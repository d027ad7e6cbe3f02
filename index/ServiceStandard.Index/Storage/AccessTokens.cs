using System.Security.Cryptography;
using System.Text;

namespace ServiceStandard.Index.Storage;

/// <summary>
/// Upload tokens: 256 random bits, shown once, kept only as their SHA-256. The token text is
/// <c>ssi_&lt;id&gt;_&lt;secret&gt;</c>; the id (public, printed with it) is how it is revoked.
/// </summary>
public static class AccessTokens
{
    public const string Prefix = "ssi_";

    public sealed record Issued(string Token, AccessTokenRecord Record);

    public static Issued Issue(string institutionId, DateTimeOffset now)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = $"{Prefix}{id}_{secret}";
        return new Issued(token, new AccessTokenRecord(id, institutionId, Hash(token), now, null));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
