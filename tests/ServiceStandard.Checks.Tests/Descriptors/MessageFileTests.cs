using System.Text.RegularExpressions;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Testing;
using ServiceStandard.Kernel.Messages;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Assessing;

namespace ServiceStandard.Checks.Tests.Descriptors;

/// <summary>
/// The shipped message files (web-errors.yml, criterion-reasons.yml): every message in both
/// languages, and the code and the file agree on the keys.
/// </summary>
public sealed partial class MessageFileTests
{
    public static TheoryData<string, string> Files { get; } = new()
    {
        { "gathering/ServiceStandard.Gathering.Web/web-errors.yml", "gathering/ServiceStandard.Gathering.Web" },
        { "assessment/ServiceStandard.Assessing/criterion-reasons.yml", "assessment/ServiceStandard.Assessing" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Shipped_messages_load_without_errors_or_warnings_and_every_one_is_in_english_and_spanish(string file, string _)
    {
        var result = MessageFile.Parse(File.ReadAllText(RepositoryPaths.Combine(file.Split('/'))), Path.GetFileName(file), "the messages");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.All(result.Value!.Messages, m => Assert.Equal(["en", "es"], m.Value.Values.Keys.Order(StringComparer.Ordinal)));
        Assert.All(result.Value.Messages, m => Assert.NotEqual(m.Value.Get("en"), m.Value.Get("es")));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_key_the_code_uses_is_in_the_file_and_every_key_in_the_file_is_used(string file, string folder)
    {
        var source = string.Join(
            Environment.NewLine,
            Directory.EnumerateFiles(RepositoryPaths.Combine(folder.Split('/')), "*.cs").Select(File.ReadAllText));
        var used = UsedKey().Matches(source).Select(m => m.Groups["key"].Value).ToHashSet(StringComparer.Ordinal);
        var shipped = (file.Contains("web-errors", StringComparison.Ordinal) ? WebErrors.Messages : CriterionReasons.Messages)
            .Messages.Keys.ToHashSet(StringComparer.Ordinal);

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

        var result = MessageFile.Parse(yaml, "web-errors.yml", "the web error messages");

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
        Assert.Equal("the server answered HTTP 503", WebErrors.Messages.Format("en", "http-error", ("status", 503)));
        Assert.Equal("el servidor respondió con HTTP 503", WebErrors.Messages.Format("es", "http-error", ("status", 503)));
        Assert.Equal("2 infracción(es) de gravedad bloqueante o superior", CriterionReasons.Messages.Format("es", "blocking-violations", ("blocking", 2)));
    }

    // request.Message("key", …) in the gatherer, Say("key", …) where a remote browser's failure is put in words,
    // messages.Format(language, "key", …) in the locator and the criterion evaluator.
    [GeneratedRegex("""(?:Message|Say|Format\(language,)\s*\(?\s*"(?<key>[a-z]+(?:-[a-z]+)*)"\s*[,)]""")]
    private static partial Regex UsedKey();
}
