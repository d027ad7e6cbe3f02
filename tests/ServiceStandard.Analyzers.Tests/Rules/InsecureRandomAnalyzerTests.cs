using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

public sealed class InsecureRandomAnalyzerTests
{
    [Fact]
    public Task Random_making_secrets_and_ids_is_reported() =>
        Verify<InsecureRandomAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Text;

            public sealed class Tokens
            {
                private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
                private readonly Random _random = new();

                public string CreateResetToken()
                {
                    var builder = new StringBuilder();
                    for (var i = 0; i < 32; i++)
                    {
                        builder.Append(Alphabet[{|SS0005:_random.Next(Alphabet.Length)|}]);
                    }

                    return builder.ToString();
                }

                public byte[] Salt()
                {
                    var salt = new byte[16];
                    {|SS0005:Random.Shared.NextBytes(salt)|};
                    return salt;
                }

                public int NewApplication()
                {
                    var applicationId = {|SS0005:_random.Next()|};
                    return applicationId;
                }

                public string OneTimeCode() => {|SS0005:Random.Shared.Next(0, 999999)|}.ToString("D6");
            }
            """);

    [Fact]
    public Task Random_for_games_jitter_and_sampling_is_not_reported() =>
        Verify<InsecureRandomAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Security.Cryptography;

            public sealed class Everyday(Guid gameId)
            {
                private readonly Random _random = new();

                public int RollDice() => _random.Next(1, 7);

                public TimeSpan RetryDelay(int attempt) => TimeSpan.FromMilliseconds(100 * attempt + _random.Next(0, 50));

                public bool Sample() => Random.Shared.NextDouble() < 0.1;

                public Guid Game => gameId;

                public string Token() => Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
            }
            """);
}
