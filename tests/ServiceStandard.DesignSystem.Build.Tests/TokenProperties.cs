using CsCheck;
using ServiceStandard.DesignSystem.Build.Tokens;
using ServiceStandard.Testing.Properties;

namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>
/// DTCG token files (issue 14): whatever one file says, next to the others as shipped, the loader
/// gives tokens or located diagnostics; nothing throws, nothing hangs.
/// </summary>
public sealed class TokenProperties
{
    private static readonly TokenSource[] Shipped = [.. Directory.GetFiles(DesignSystemPaths.Tokens, "*.tokens.json")
        .Order(StringComparer.Ordinal)
        .Select(path => new TokenSource("tokens/" + Path.GetFileName(path), File.ReadAllText(path)))];

    [Fact(Timeout = 300_000)]
    public Task Any_token_file_gives_tokens_or_located_diagnostics() => Task.Run(() =>
    {
        // One file mutated, the others as shipped: aliases into and out of the broken file are resolved too.
        var gen = Gen.Select(Gen.Int[0, Shipped.Length - 1], InputMutations.NearValid([.. Shipped.Select(s => s.Text)]));
        PropertyRun.Holds(gen, (index, text) =>
        {
            var sources = Shipped.Select((s, i) => i == index ? s with { Text = text } : s).ToList();

            var result = TokenLoader.Load(sources);

            Assert.True(result.Tokens is not null || result.Diagnostics.Count > 0, "neither tokens nor a diagnostic");
            foreach (var diagnostic in result.Diagnostics)
            {
                var source = Assert.Single(sources, s => s.File == diagnostic.Location.File);
                Assert.InRange(diagnostic.Location.Line, 1, source.Text.Count(c => c == '\n') + 1);
                Assert.True(diagnostic.Location.Column >= 1, diagnostic.ToString());
            }
        }, count: 200);
    });
}
