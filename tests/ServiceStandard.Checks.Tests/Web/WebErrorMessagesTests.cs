using System.Text.RegularExpressions;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Testing;

namespace ServiceStandard.Checks.Tests.Web;

/// <summary>web-errors.yml: every message in both languages, and the code and the file agree on the keys.</summary>
public sealed partial class WebErrorMessagesTests
{
    private static readonly string FilePath = RepositoryPaths.Combine("checks", "ServiceStandard.Checks", "Descriptors", "web-errors.yml");

    [Fact]
    public void Shipped_messages_load_without_errors_or_warnings_and_every_one_is_in_english_and_spanish()
    {
        var result = WebErrorMessages.Parse(File.ReadAllText(FilePath), "web-errors.yml");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.All(result.Value!.Messages, m => Assert.Equal(["en", "es"], m.Value.Values.Keys.Order(StringComparer.Ordinal)));
        Assert.All(result.Value.Messages, m => Assert.NotEqual(m.Value.Get("en"), m.Value.Get("es")));
    }

    [Fact]
    public void Every_key_the_gatherer_uses_is_in_the_file_and_every_key_in_the_file_is_used()
    {
        var source = string.Join(
            Environment.NewLine,
            Directory.EnumerateFiles(RepositoryPaths.Combine("checks", "ServiceStandard.Checks", "Web"), "*.cs").Select(File.ReadAllText));
        var used = UsedKey().Matches(source).Select(m => m.Groups["key"].Value).ToHashSet(StringComparer.Ordinal);
        var shipped = WebErrorMessages.Shipped.Messages.Keys.ToHashSet(StringComparer.Ordinal);

        Assert.Empty(used.Except(shipped));
        Assert.Empty(shipped.Except(used));
    }

    [Fact]
    public void Placeholder_mismatches_and_unknown_keys_are_reported_with_positions()
    {
        var yaml = """
            schemaVersion: 1
            colour: red
            messages:
              timeout: { en: "the page {url} did not load", es: "la página {enlace} no cargó" }
            """;

        var result = WebErrorMessages.Parse(yaml, "web-errors.yml");

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "web-errors.yml:2:1: error: unknown key 'colour' in the web error messages; expected one of: schemaVersion, messages",
                "web-errors.yml:4:12: error: the 'es' text of the message 'timeout' of the web error messages must use the same placeholders as the 'en' text ({url})",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Messages_are_filled_in_the_requested_language()
    {
        Assert.Equal("the server answered HTTP 503", WebErrorMessages.Shipped.Format("en", "http-error", ("status", 503)));
        Assert.Equal("el servidor respondió con HTTP 503", WebErrorMessages.Shipped.Format("es", "http-error", ("status", 503)));
    }

    // request.Message("key", …) in the gatherer, messages.Format(language, "key", …) in the locator.
    [GeneratedRegex("""(?:Message|Format\(language,)\s*\(?\s*"(?<key>[a-z]+(?:-[a-z]+)*)"\s*[,)]""")]
    private static partial Regex UsedKey();
}
