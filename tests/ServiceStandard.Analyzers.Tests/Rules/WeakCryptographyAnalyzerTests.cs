using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

public sealed class WeakCryptographyAnalyzerTests
{
    [Fact]
    public Task Broken_algorithms_used_for_security_are_reported() =>
        Verify<WeakCryptographyAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            public static class Crypto
            {
                public static string HashPassword(string password) =>
                    Convert.ToHexString({|SS0004:MD5.HashData(Encoding.UTF8.GetBytes(password))|});

                public static byte[] SignToken(byte[] token)
                {
                    using var sha = {|SS0004:SHA1.Create()|};
                    return sha.ComputeHash(token);
                }

                public static byte[] Encrypt(byte[] data, byte[] key)
                {
                    using var des = {|SS0004:TripleDES.Create()|};
                    using var aes = Aes.Create();
                    {|SS0004:aes.Mode = CipherMode.ECB|};
                    return {|SS0004:aes.EncryptEcb(data, PaddingMode.PKCS7)|};
                }

                public static RSA ShortKey() => {|SS0004:RSA.Create(1024)|};

                public static HMAC Mac(byte[] key) => {|SS0004:new HMACMD5(key)|};
            }
            """);

    [Fact]
    public Task Checksums_and_strong_algorithms_are_not_reported() =>
        Verify<WeakCryptographyAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Security.Cryptography;

            public static class Content
            {
                // MD5 as a checksum or an ETag is not a security use.
                public static string ETag(byte[] content) => Convert.ToHexString(MD5.HashData(content));

                public static string Checksum(byte[] file)
                {
                    using var sha = SHA1.Create();
                    return Convert.ToBase64String(sha.ComputeHash(file));
                }

                public static string HashPassword(byte[] password) => Convert.ToHexString(SHA256.HashData(password));

                public static byte[] Encrypt(byte[] data, byte[] key, byte[] nonce, byte[] tag)
                {
                    using var aes = new AesGcm(key, 16);
                    var cipher = new byte[data.Length];
                    aes.Encrypt(nonce, data, cipher, tag);
                    return cipher;
                }

                public static RSA LongKey() => RSA.Create(3072);
            }
            """);
}
