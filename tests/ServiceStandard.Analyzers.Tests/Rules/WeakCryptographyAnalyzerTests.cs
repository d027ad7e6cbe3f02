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
    public Task ETags_checksums_and_strong_algorithms_are_not_violations() =>
        Verify<WeakCryptographyAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Security.Cryptography;

            public static class Content
            {
                // MD5 as an ETag is not a security use; a checksum may guard against tampering, so a person looks.
                public static string ETag(byte[] content) => Convert.ToHexString(MD5.HashData(content));

                public static string Checksum(byte[] file)
                {
                    using var sha = {|SS0025:SHA1.Create()|};
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

    [Fact]
    public Task An_algorithm_object_is_judged_by_what_it_hashes() =>
        Verify<WeakCryptographyAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            public sealed record Account(string Password, string Secret, string Pin, string Body);

            public static class Accounts
            {
                public static string Hash(Account account)
                {
                    var passwordBytes = Encoding.UTF8.GetBytes(account.Password);
                    using var md5 = {|SS0004:MD5.Create()|};
                    return Convert.ToBase64String(md5.ComputeHash(passwordBytes));
                }

                public static byte[] Digest(Account account)
                {
                    var bytes = Encoding.UTF8.GetBytes(account.Secret);
                    using var sha = {|SS0004:SHA1.Create()|};
                    return sha.ComputeHash(bytes);
                }

            #pragma warning disable SYSLIB0021, SYSLIB0045 // the obsolete shapes are the ones old code has
                public static byte[] Legacy(Account account)
                {
                    using var md5 = {|SS0004:new MD5CryptoServiceProvider()|};
                    return md5.ComputeHash(Encoding.UTF8.GetBytes(account.Pin));
                }

                public static byte[] ByName(Account account)
                {
                    using var algorithm = {|SS0004:HashAlgorithm.Create("MD5")|}!;
                    var input = Encoding.UTF8.GetBytes(account.Password);
                    var output = new byte[16];
                    return algorithm.TryComputeHash(input, output, out _) ? output : [];
                }
            #pragma warning restore SYSLIB0021, SYSLIB0045

                // ETags and cache keys made the same way are not a security use.
                public static string ETag(Account account)
                {
                    var content = Encoding.UTF8.GetBytes(account.Body);
                    using var md5 = MD5.Create();
                    return Convert.ToHexString(md5.ComputeHash(content));
                }

                public static string CacheKey(string query)
                {
                    using var sha = SHA1.Create();
                    return Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(query)));
                }
            }
            """);

    [Fact]
    public Task Other_md5_and_sha1_hashes_are_for_review_with_what_is_hashed_and_where_it_goes() =>
        Verify<WeakCryptographyAnalyzer>.AnalyzerAsync(["""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            internal static class Juliet
            {
            #pragma warning disable SYSLIB0021 // the obsolete shape is the one old code has
                public static string Bad(string data)
                {
                    var md5 = {|#0:new MD5CryptoServiceProvider()|};
                    byte[] hashed = md5.ComputeHash(Encoding.UTF8.GetBytes(data));
                    return Convert.ToBase64String(hashed);
                }
            #pragma warning restore SYSLIB0021

                public static byte[] Chained(byte[] body) => {|#1:SHA1.Create()|}.ComputeHash(body);

                public static byte[] Direct(byte[] body) => {|#2:MD5.HashData(body)|};

                private static readonly MD5 Shared = {|#3:MD5.Create()|};

                public static byte[] Elsewhere(byte[] body) => Shared.ComputeHash(body);

                // A name-based Guid (RFC 4122 version 3) is MD5 by definition.
                public static Guid NameBased(string name) => new Guid(MD5.HashData(Encoding.UTF8.GetBytes(name)));

                // Good: SHA-512.
                public static byte[] Good(string data) => SHA512.HashData(Encoding.UTF8.GetBytes(data));
            }
            """], test =>
        {
            const string Check = ": check the digest protects nothing (a password, a token, a signature, integrity against tampering); if it does, use SHA-256 or better";
            test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("SS0025", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("MD5 hashes 'Encoding.UTF8.GetBytes(data)' into variable 'hashed'" + Check));
            test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("SS0025", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1)
                .WithArguments("SHA-1 hashes 'body' into return value 'Chained'" + Check));
            test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("SS0025", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(2)
                .WithArguments("MD5 hashes 'body' into return value 'Direct'" + Check));
            test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("SS0025", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(3)
                .WithArguments("MD5 is created here and used to hash elsewhere" + Check));
        });
}
